import { loaderById, loaderOfLists, RowLoader } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { queryAll, reader } from '../db/reader.js';
import { people, personAliases, type RoleRow, roles } from '../db/schema/index.js';

export function createPersonLoaders(db: Db) {
  return {
    personById: loaderById(db, people),
    aliasesByPersonId: loaderOfLists(db, personAliases, personAliases.personId, [personAliases.alias]),
    roleById: loaderById(db, roles),
    distinctRolesByPersonId: distinctRolesLoader(db),
    rolesByArticleId: loaderOfLists(db, roles, roles.articleId, [roles.evidenceStart, roles.id]),
  };
}

/**
 * A person's roles, one per distinct title, qualifier, organization and
 * country: the earliest fact stating it, as the person_titles rollup keeps
 * it. A head of state is called "President" in thousands of articles; a
 * client wants the title once.
 */
function distinctRolesLoader(db: Db) {
  const sql = `SELECT ${reader(roles).selectList('t')} FROM roles t WHERE t.id IN (
                 SELECT first_role_id FROM person_titles WHERE person_id IN (SELECT value FROM json_each(?)))
               ORDER BY t.id`;
  return new RowLoader<RoleRow[]>(async (personIds) => {
    const byPerson = new Map<number, RoleRow[]>(personIds.map((id) => [id, []]));
    for (const row of queryAll<RoleRow>(db, sql, [JSON.stringify(personIds)])) byPerson.get(row.personId)?.push(row);
    return personIds.map((id) => byPerson.get(id) ?? []);
  });
}
