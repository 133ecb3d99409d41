import { type LoaderOptions, loaderById, loaderOfLists } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { places } from '../db/schema/index.js';

export function createPlaceLoaders(db: Db, options: LoaderOptions = {}) {
  return {
    placeById: loaderById(db, places, options),
    placesByParentId: loaderOfLists(db, places, places.parentId, [places.name, places.id], options),
  };
}
