import { loaderById } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { casualtyReports } from '../db/schema/index.js';

export function createCasualtyReportLoaders(db: Db) {
  return { casualtyReportById: loaderById(db, casualtyReports) };
}
