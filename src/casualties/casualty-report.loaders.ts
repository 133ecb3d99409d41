import { type LoaderOptions, loaderById } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { casualtyReports } from '../db/schema/index.js';

export function createCasualtyReportLoaders(db: Db, options: LoaderOptions = {}) {
  return { casualtyReportById: loaderById(db, casualtyReports, options) };
}
