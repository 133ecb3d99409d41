import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { editableColumns, oneOf } from './columns.js';

export const placeKinds = ['COUNTRY', 'REGION', 'CITY', 'MILITARY_BASE', 'BUILDING', 'OTHER'] as const;

export const places = sqliteTable(
  'places',
  {
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: placeKinds }).notNull(),
    /** ISO 3166-1 alpha-2 code of the country the place is, or lies in. */
    countryCode: text('country_code'),
    parentId: integer('parent_id').references((): AnySQLiteColumn => places.id),
    /** Population as an article states it; not a census figure. */
    population: integer('population'),
    /** How many articles are about the place (article_subjects). Kept by triggers (drizzle/0006_list_orderings_triggers.sql and, for retractions, 0010); orders lists by it. */
    articleCount: integer('article_count').notNull().default(0),
    ...editableColumns(),
  },
  (t) => [
    index('places_parent_id_idx').on(t.parentId),
    index('places_name_idx').on(t.name),
    index('places_most_articles_idx').on(t.articleCount, t.id),
    // Finds the country of any place by its code (casualty statistics by country).
    index('places_kind_country_code_idx').on(t.kind, t.countryCode),
    check('places_kind_check', oneOf(t.kind, placeKinds)),
    check('places_country_code_check', sql`${t.countryCode} IS NULL OR ${t.countryCode} GLOB '[A-Z][A-Z]'`),
    check('places_population_check', sql`${t.population} IS NULL OR ${t.population} >= 0`),
    check('places_parent_check', sql`${t.parentId} IS NULL OR ${t.parentId} <> ${t.id}`),
  ],
);

/** Other names a place goes by; a merged duplicate's name lands here. */
export const placeAliases = sqliteTable(
  'place_aliases',
  {
    placeId: integer('place_id')
      .notNull()
      .references(() => places.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
  },
  (t) => [primaryKey({ columns: [t.placeId, t.alias] }), index('place_aliases_alias_idx').on(t.alias)],
);

export type PlaceRow = typeof places.$inferSelect;
