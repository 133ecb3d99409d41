import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { countQualifiers, isoDate, oneOf } from './columns.js';
import { events } from './events.js';
import { articleDayColumn, factColumns, factConstraints, factDayIndex, factsByParentIndex } from './facts.js';
import { people } from './people.js';
import { places } from './places.js';

export const deploymentStatuses = [
  'ORDERED',
  'ANNOUNCED',
  'ARRIVED',
  'STATIONED',
  'LEASED',
  'WITHDRAWN',
  'PROPOSED',
] as const;

/** Foreign military presence: one country's forces in another's territory. */
export const militaryDeployments = sqliteTable(
  'military_deployments',
  {
    id: integer('id').primaryKey(),
    deployingCountryId: integer('deploying_country_id')
      .notNull()
      .references(() => places.id),
    hostCountryId: integer('host_country_id')
      .notNull()
      .references(() => places.id),
    locationId: integer('location_id').references(() => places.id),
    forceType: text('force_type'),
    /** Unit size as printed ("two companies"). */
    unitSize: text('unit_size'),
    personnel: integer('personnel'),
    personnelQualifier: text('personnel_qualifier', { enum: countQualifiers }),
    status: text('status', { enum: deploymentStatuses }).notNull(),
    purpose: text('purpose'),
    orderedById: integer('ordered_by_id').references(() => people.id),
    eventId: integer('event_id').references(() => events.id),
    occurredOn: text('occurred_on'),
    ...factColumns(),
    ...articleDayColumn(),
  },
  (t) => [
    ...factConstraints('military_deployments', t),
    factDayIndex('military_deployments_day_idx', t.occurredOn, t),
    factsByParentIndex('military_deployments_deploying_country_id_idx', t.deployingCountryId, t),
    factsByParentIndex('military_deployments_host_country_id_idx', t.hostCountryId, t),
    factsByParentIndex('military_deployments_location_id_idx', t.locationId, t),
    index('military_deployments_ordered_by_id_idx').on(t.orderedById),
    // deploymentStats reads this index alone.
    index('military_deployments_stats_idx').on(
      t.deployingCountryId,
      t.hostCountryId,
      t.status,
      t.reviewStatus,
      t.personnel,
      t.articleId,
    ),
    index('military_deployments_latest_idx').on(sql`coalesce(${t.occurredOn}, '')`, t.id),
    index('military_deployments_largest_idx').on(sql`coalesce(${t.personnel}, 0)`, t.id),
    factsByParentIndex('military_deployments_event_id_idx', t.eventId, t),
    check('military_deployments_status_check', oneOf(t.status, deploymentStatuses)),
    check(
      'military_deployments_personnel_qualifier_check',
      sql`${t.personnelQualifier} IS NULL OR ${oneOf(t.personnelQualifier, countQualifiers)}`,
    ),
    check('military_deployments_personnel_check', sql`${t.personnel} IS NULL OR ${t.personnel} >= 0`),
    check('military_deployments_countries_check', sql`${t.deployingCountryId} <> ${t.hostCountryId}`),
    check('military_deployments_occurred_on_check', isoDate(t.occurredOn)),
  ],
);

export type MilitaryDeploymentRow = typeof militaryDeployments.$inferSelect;
