import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable } from 'drizzle-orm/sqlite-core';
import { events } from './events.js';
import { factColumns, factConstraints } from './facts.js';
import { organizations } from './organizations.js';
import { people } from './people.js';
import { places } from './places.js';

/** Where an article names a person, organization, place or event; exactly one target per row. */
export const mentions = sqliteTable(
  'mentions',
  {
    id: integer('id').primaryKey(),
    personId: integer('person_id').references(() => people.id),
    organizationId: integer('organization_id').references(() => organizations.id),
    placeId: integer('place_id').references(() => places.id),
    eventId: integer('event_id').references(() => events.id),
    ...factColumns(),
  },
  (t) => [
    ...factConstraints('mentions', t),
    index('mentions_person_id_idx').on(t.personId, t.articleId),
    index('mentions_organization_id_idx').on(t.organizationId, t.articleId),
    index('mentions_place_id_idx').on(t.placeId, t.articleId),
    index('mentions_event_id_idx').on(t.eventId, t.articleId),
    check(
      'mentions_one_target_check',
      sql`(${t.personId} IS NOT NULL) + (${t.organizationId} IS NOT NULL) + (${t.placeId} IS NOT NULL) + (${t.eventId} IS NOT NULL) = 1`,
    ),
  ],
);

export type MentionRow = typeof mentions.$inferSelect;
