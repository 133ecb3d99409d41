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
    ...editableColumns(),
  },
  (t) => [
    index('events_place_id_idx').on(t.placeId),
    index('events_starts_on_idx').on(t.startsOn),
    check('events_kind_check', oneOf(t.kind, eventKinds)),
    check('events_starts_on_check', isoDate(t.startsOn)),
    check('events_ends_on_check', isoDate(t.endsOn)),
    check('events_range_check', sql`${t.startsOn} IS NULL OR ${t.endsOn} IS NULL OR ${t.startsOn} <= ${t.endsOn}`),
  ],
);

export type EventRow = typeof events.$inferSelect;
