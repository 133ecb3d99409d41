import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { editableColumns, isoDate, oneOf } from './columns.js';
import { places } from './places.js';

export const eventKinds = ['CLASHES', 'PROTEST', 'OUSTER', 'TRANSFER_OF_POWER', 'DEPLOYMENT', 'OTHER'] as const;

export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey(),
    kind: text('kind', { enum: eventKinds }).notNull(),
    title: text('title').notNull(),
    placeId: integer('place_id').references(() => places.id),
    startsOn: text('starts_on'),
    endsOn: text('ends_on'),
    /** How many articles are about the event (article_subjects). Kept by triggers (drizzle/0006_list_orderings_triggers.sql and, for retractions, 0010); orders lists by it. */
    articleCount: integer('article_count').notNull().default(0),
    ...editableColumns(),
  },
  (t) => [
    index('events_place_id_idx').on(t.placeId),
    index('events_starts_on_idx').on(t.startsOn),
    index('events_latest_idx').on(sql`coalesce(${t.startsOn}, '')`, t.id),
    index('events_most_articles_idx').on(t.articleCount, t.id),
    check('events_kind_check', oneOf(t.kind, eventKinds)),
    check('events_starts_on_check', isoDate(t.startsOn)),
    check('events_ends_on_check', isoDate(t.endsOn)),
    check('events_range_check', sql`${t.startsOn} IS NULL OR ${t.endsOn} IS NULL OR ${t.startsOn} <= ${t.endsOn}`),
  ],
);

export type EventRow = typeof events.$inferSelect;
