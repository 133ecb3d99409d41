import DataLoader from 'dataloader';
import { inArray, sql } from 'drizzle-orm';
import { type LoaderOptions, loaderById, loaderOfLists } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { people, personAliases, type RoleRow, roles } from '../db/schema/index.js';

export function createPersonLoaders(db: Db, options: LoaderOptions = {}) {
  return {
    personById: loaderById(db, people, options),
    aliasesByPersonId: loaderOfLists(db, personAliases, personAliases.personId, [personAliases.alias], options),
    roleById: loaderById(db, roles, options),
    distinctRolesByPersonId: distinctRolesLoader(db, options),
    rolesByArticleId: loaderOfLists(db, roles, roles.articleId, [roles.evidenceStart, roles.id], options),
  };
}

/**
 * A person's roles, one per distinct title, qualifier, organization and
 * country: the earliest fact stating it. A head of state is called
 * "President" in thousands of articles; a client wants the title once.
 */
function distinctRolesLoader(db: Db, options: LoaderOptions) {
  return new DataLoader<number, RoleRow[]>(async (personIds) => {
    const earliest = db
      .select({ id: sql<number>`min(${roles.id})` })
      .from(roles)
      .where(inArray(roles.personId, [...personIds]))
      .groupBy(roles.personId, roles.title, roles.qualifier, roles.organizationId, roles.countryId);
    const rows = db.select().from(roles).where(inArray(roles.id, earliest)).orderBy(roles.id).all();
    const byPerson = new Map<number, RoleRow[]>(personIds.map((id) => [id, []]));
    for (const row of rows) byPerson.get(row.personId)?.push(row);
    return personIds.map((id) => byPerson.get(id) ?? []);
  }, options);
}
