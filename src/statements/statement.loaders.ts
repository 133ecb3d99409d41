import { type LoaderOptions, loaderById } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { statements } from '../db/schema/index.js';

export function createStatementLoaders(db: Db, options: LoaderOptions = {}) {
  return { statementById: loaderById(db, statements, options) };
}
