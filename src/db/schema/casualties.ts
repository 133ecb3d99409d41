import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { countQualifiers, isoDate, oneOf } from './columns.js';
import { events } from './events.js';
import { articleDayColumn, factColumns, factConstraints, factDayIndex, factsByParentIndex } from './facts.js';
import { places } from './places.js';

export const casualtyCategories = ['KILLED', 'INJURED', 'MISSING', 'ARRESTED', 'DISPLACED'] as const;

export const casualtyReports = sqliteTable(
  'casualty_reports',
  {
    id: integer('id').primaryKey(),
    category: text('category', { enum: casualtyCategories }).notNull(),
    /** The best single figure; null when the article gives only bounds. */
    count: integer('count'),
    countLow: integer('count_low'),
    countHigh: integer('count_high'),
    qualifier: text('qualifier', { enum: countQualifiers }).notNull(),
    /** The count as printed ("at least 75"). */
    statedCount: text('stated_count').notNull(),
    victims: text('victims'),
    cause: text('cause'),
    placeId: integer('place_id').references(() => places.id),
    eventId: integer('event_id').references(() => events.id),
    occurredOn: text('occurred_on'),
    /** The incident the report counts toward: its event, or the report alone (minus its id) without one. */
    incident: integer('incident').generatedAlwaysAs(sql`coalesce(event_id, -id)`, { mode: 'virtual' }),
    ...factColumns(),
    ...articleDayColumn(),
  },
  (t) => [
    ...factConstraints('casualty_reports', t),
    factDayIndex('casualty_reports_day_idx', t.occurredOn, t),
    factsByParentIndex('casualty_reports_place_id_idx', t.placeId, t),
    factsByParentIndex('casualty_reports_event_id_idx', t.eventId, t),
    index('casualty_reports_occurred_on_idx').on(t.occurredOn),
    index('casualty_reports_latest_idx').on(sql`coalesce(${t.occurredOn}, '')`, t.id),
    // The reports of an incident, and which count and from what articles, for the casualty_incidents rollup.
    index('casualty_reports_incident_idx').on(t.incident, t.category, t.reviewStatus, t.retractedAt, t.articleId),
    index('casualty_reports_largest_idx').on(sql`coalesce(${t.count}, ${t.countLow}, 0)`, t.id),
    check('casualty_reports_category_check', oneOf(t.category, casualtyCategories)),
    check('casualty_reports_qualifier_check', oneOf(t.qualifier, countQualifiers)),
    check(
      'casualty_reports_count_check',
      sql`(${t.count} IS NULL OR ${t.count} >= 0) AND (${t.countLow} IS NULL OR ${t.countLow} >= 0)
        AND (${t.countLow} IS NULL OR ${t.count} IS NULL OR ${t.countLow} <= ${t.count})
        AND (${t.countHigh} IS NULL OR ${t.count} IS NULL OR ${t.count} <= ${t.countHigh})
        AND (${t.countLow} IS NULL OR ${t.countHigh} IS NULL OR ${t.countLow} <= ${t.countHigh})
        AND coalesce(${t.count}, ${t.countLow}, ${t.countHigh}) IS NOT NULL`,
    ),
    check('casualty_reports_occurred_on_check', isoDate(t.occurredOn)),
  ],
);

export type CasualtyReportRow = typeof casualtyReports.$inferSelect;
