import { loaderById, loaderOfLists, loaderPerColumns, RowLoader } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { queryAll, reader } from '../db/reader.js';
import { people, personAliases, type RoleRow, roles } from '../db/schema/index.js';

export function createPersonLoaders(db: Db) {
  return {
    personById: loaderById(db, people),
    aliasesByPersonId: loaderOfLists(db, personAliases, personAliases.personId, [personAliases.alias]),
    roleById: loaderById(db, roles),
    distinctRolesByPersonId: distinctRolesLoaders(db),
    rolesByArticleId: loaderOfLists(db, roles, roles.articleId, [roles.evidenceStart, roles.id]),
  };
}

/**
 * A person's roles, one per distinct title, qualifier, organization and
 * country: the earliest fact stating it, as the person_titles rollup keeps
 * it. A head of state is called "President" in thousands of articles; a
 * client wants the title once. One loader per set of columns read
 * (`columnsRead`): rows read without some columns are not shared with a
 * field that needs them.
 */
function distinctRolesLoaders(db: Db) {
  const { selectList, partialRow } = reader(roles);
  return loaderPerColumns((keys) => {
    const only = keys && new Set([...keys, 'personId']);
    const sql = `SELECT ${selectList('t', only)} FROM roles t WHERE t.id IN (
                   SELECT first_role_id FROM person_titles WHERE person_id IN (SELECT value FROM json_each(?)))
                 ORDER BY t.id`;
    const partial = only ? partialRow(only) : undefined;
    return new RowLoader<RoleRow[]>(async (personIds) => {
      const byPerson = new Map<number, RoleRow[]>(personIds.map((id) => [id, []]));
      for (const row of queryAll<RoleRow>(db, sql, [JSON.stringify(personIds)], partial)) {
        byPerson.get(row.personId)?.push(row);
      }
      return personIds.map((id) => byPerson.get(id) ?? []);
    });
  });
}
