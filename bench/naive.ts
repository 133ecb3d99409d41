import { asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { ANONYMOUS } from '../src/auth/token.service.js';
import type { Context, Loaders } from '../src/context.js';
import { type LoaderOptions, ParentBatches, RowLoader } from '../src/db/batch.js';
import type { Db } from '../src/db/client.js';
import {
  articles,
  casualtyReports,
  edits,
  events,
  mentions,
  militaryDeployments,
  organizationAliases,
  organizations,
  people,
  personAliases,
  personTitles,
  photos,
  placeAliases,
  places,
  type RoleRow,
  roles,
  statements,
} from '../src/db/schema/index.js';

/**
 * The usual mistake, as a baseline: the same resolvers, but every row a field
 * asks for is fetched on its own through the ORM, with no batching and no
 * cache (a statement's speaker, an article's body for each evidence span, a
 * person's titles). Connections run their query once per parent instead of
 * once per request.
 */
const unbatched: LoaderOptions = { batch: false, cache: false };

export function createNaiveContext(db: Db): Context {
  const byId = <T extends SQLiteTable & { id: SQLiteColumn }>(table: T) =>
    new RowLoader<T['$inferSelect'] | null>(
      async ([id]) => [
        (db
          .select()
          .from(table as SQLiteTable)
          .where(eq(table.id, id as number))
          .get() as T['$inferSelect']) ?? null,
      ],
      unbatched,
    );
  const listBy = <T extends SQLiteTable>(table: T, column: SQLiteColumn, order: SQLiteColumn[]) =>
    new RowLoader<T['$inferSelect'][]>(
      async ([key]) => [
        db
          .select()
          .from(table as SQLiteTable)
          .where(eq(column, key as number) as SQL)
          .orderBy(...order.map((c) => asc(c)))
          .all() as T['$inferSelect'][],
      ],
      unbatched,
    );
  const loaders: Loaders = {
    articleById: byId(articles),
    articleBodyById: byId(articles),
    photoById: byId(photos),
    photosByArticleId: listBy(photos, photos.articleId, [photos.id]),
    casualtyReportById: byId(casualtyReports),
    militaryDeploymentById: byId(militaryDeployments),
    eventById: byId(events),
    historyEntryById: byId(edits),
    mentionById: byId(mentions),
    mentionsByArticleId: listBy(mentions, mentions.articleId, [mentions.evidenceStart, mentions.id]),
    organizationById: byId(organizations),
    personById: byId(people),
    aliasesByPersonId: listBy(personAliases, personAliases.personId, [personAliases.alias]),
    aliasesByOrganizationId: listBy(organizationAliases, organizationAliases.organizationId, [
      organizationAliases.alias,
    ]),
    aliasesByPlaceId: listBy(placeAliases, placeAliases.placeId, [placeAliases.alias]),
    roleById: byId(roles),
    rolesByArticleId: listBy(roles, roles.articleId, [roles.evidenceStart, roles.id]),
    // The same rollup as newsgraph's, once per person.
    distinctRolesByPersonId: () =>
      new RowLoader<RoleRow[]>(async ([personId]) => {
        const earliest = db
          .select({ id: personTitles.firstRoleId })
          .from(personTitles)
          .where(eq(personTitles.personId, personId as number));
        return [db.select().from(roles).where(inArray(roles.id, earliest)).orderBy(roles.id).all()];
      }, unbatched),
    placeById: byId(places),
    placesByParentId: listBy(places, places.parentId, [places.name, places.id]),
    statementById: byId(statements),
    children: new ParentBatches(unbatched),
  };
  return { db, caller: ANONYMOUS, publicRead: true, loaders };
}
