import { loaderById } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { statements } from '../db/schema/index.js';

export function createStatementLoaders(db: Db) {
  return { statementById: loaderById(db, statements) };
}
