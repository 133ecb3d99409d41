import { loaderById, loaderOfLists } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { people, personAliases, roles } from '../db/schema/index.js';

export function createPersonLoaders(db: Db) {
  return {
    personById: loaderById(db, people),
    aliasesByPersonId: loaderOfLists(db, personAliases, personAliases.personId, [personAliases.alias]),
    roleById: loaderById(db, roles),
    rolesByPersonId: loaderOfLists(db, roles, roles.personId, [roles.id]),
    rolesByArticleId: loaderOfLists(db, roles, roles.articleId, [roles.evidenceStart, roles.id]),
  };
}
