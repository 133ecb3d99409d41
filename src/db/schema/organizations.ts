import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { editableColumns, oneOf } from './columns.js';
import { places } from './places.js';

export const organizationKinds = [
  'GOVERNMENT',
  'MILITARY',
  'NEWS_AGENCY',
  'POLITICAL_GROUP',
  'SECURITY_FORCES',
  'DIPLOMATIC_MISSION',
  'OTHER',
] as const;

export const organizations = sqliteTable(
  'organizations',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: organizationKinds }).notNull(),
    countryId: integer('country_id').references(() => places.id),
    /** How many articles are about the organization (article_subjects). Kept by triggers (drizzle/0006_list_orderings_triggers.sql and, for retractions, 0010); orders lists by it. */
    articleCount: integer('article_count').notNull().default(0),
    ...editableColumns(),
  },
  (t) => [
    index('organizations_country_id_idx').on(t.countryId),
    index('organizations_name_idx').on(t.name),
    index('organizations_kind_idx').on(t.kind, t.name, t.id),
    index('organizations_most_articles_idx').on(t.articleCount, t.id),
    check('organizations_kind_check', oneOf(t.kind, organizationKinds)),
  ],
);

/** Other names an organization goes by; a merged duplicate's name lands here. */
export const organizationAliases = sqliteTable(
  'organization_aliases',
  {
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.alias] }), index('organization_aliases_alias_idx').on(t.alias)],
);

export type OrganizationRow = typeof organizations.$inferSelect;
