import { loaderById } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { events } from '../db/schema/index.js';

export function createEventLoaders(db: Db) {
  return { eventById: loaderById(db, events) };
}
