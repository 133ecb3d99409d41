import { loaderById, loaderOfLists } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { organizationAliases, organizations } from '../db/schema/index.js';

export function createOrganizationLoaders(db: Db) {
  return {
    organizationById: loaderById(db, organizations),
    aliasesByOrganizationId: loaderOfLists(db, organizationAliases, organizationAliases.organizationId, [
      organizationAliases.alias,
    ]),
  };
}
