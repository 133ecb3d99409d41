import { type LoaderOptions, loaderById } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { events } from '../db/schema/index.js';

export function createEventLoaders(db: Db, options: LoaderOptions = {}) {
  return { eventById: loaderById(db, events, options) };
}
