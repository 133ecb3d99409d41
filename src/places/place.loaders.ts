import { loaderById, loaderOfLists } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { places } from '../db/schema/index.js';

export function createPlaceLoaders(db: Db) {
  return {
    placeById: loaderById(db, places),
    placesByParentId: loaderOfLists(db, places, places.parentId, [places.name, places.id]),
  };
}
