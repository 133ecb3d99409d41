import { loaderById, loaderOfLists } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { placeAliases, places } from '../db/schema/index.js';

export function createPlaceLoaders(db: Db) {
  return {
    placeById: loaderById(db, places),
    aliasesByPlaceId: loaderOfLists(db, placeAliases, placeAliases.placeId, [placeAliases.alias]),
    placesByParentId: loaderOfLists(db, places, places.parentId, [places.name, places.id]),
  };
}
