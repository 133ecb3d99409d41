import { loaderById } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { organizations } from '../db/schema/index.js';

export function createOrganizationLoaders(db: Db) {
  return { organizationById: loaderById(db, organizations) };
}
