import { type LoaderOptions, loaderById } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { organizations } from '../db/schema/index.js';

export function createOrganizationLoaders(db: Db, options: LoaderOptions = {}) {
  return { organizationById: loaderById(db, organizations, options) };
}
