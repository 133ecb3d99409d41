import { loaderById } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { edits } from '../db/schema/index.js';

export function createHistoryLoaders(db: Db) {
  return { historyEntryById: loaderById(db, edits) };
}
