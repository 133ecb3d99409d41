import type { Db } from '../db/client.js';
import type { Filter } from '../db/pagination.js';
import { periodStart } from '../db/periods.js';
import { queryAll, readableFrom } from '../db/reader.js';
import { type casualtyCategories, casualtyReports } from '../db/schema/index.js';

export const casualtyGroupKeys = ['COUNTRY', 'PLACE', 'CATEGORY', 'EVENT', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type CasualtyGroupKey = (typeof casualtyGroupKeys)[number];
type Category = (typeof casualtyCategories)[number];

export interface CasualtyBucket {
  countryId: number | null;
  placeId: number | null;
  category: Category | null;
  eventId: number | null;
  period: string | null;
  best: number;
  low: number;
  high: number | null;
  reportCount: number;
  articleCount: number;
}

// What a report's wording implies, when the report does not store its bounds.
const LOW = `coalesce(c.count_low, CASE c.qualifier
  WHEN 'MORE_THAN' THEN c.count + 1 WHEN 'AT_MOST' THEN 0 WHEN 'UP_TO' THEN 0 ELSE c.count END)`;
const HIGH = `coalesce(c.count_high, CASE c.qualifier
  WHEN 'EXACT' THEN c.count WHEN 'APPROXIMATELY' THEN c.count WHEN 'AT_MOST' THEN c.count WHEN 'UP_TO' THEN c.count END)`;

// Each key as SQL over a report `b` carrying its incident's deciding place and day, and that place's country `pc`.
const KEY_SQL: Record<CasualtyGroupKey, { column: keyof CasualtyBucket; sql: string }> = {
  COUNTRY: { column: 'countryId', sql: 'pc.country_id' },
  PLACE: { column: 'placeId', sql: 'b.deciding_place' },
  CATEGORY: { column: 'category', sql: 'b.category' },
  EVENT: { column: 'eventId', sql: 'b.event_id' },
  DAY: { column: 'period', sql: periodStart('DAY', 'b.deciding_day') },
  WEEK: { column: 'period', sql: periodStart('WEEK', 'b.deciding_day') },
  MONTH: { column: 'period', sql: periodStart('MONTH', 'b.deciding_day') },
  YEAR: { column: 'period', sql: periodStart('YEAR', 'b.deciding_day') },
};

/**
 * Casualties per bucket without counting an incident twice. Reports that
 * share an event (and a category) are one incident: its best figure is the
 * most recent report's, its low and high span all its reports (a report with
 * no upper bound, "at least 75", leaves the incident without one); a report
 * without an event is an incident of its own. An incident falls in the
 * bucket of its deciding (most recent) report. Rejected reports do not count.
 */
export function casualtyStats(db: Db, filter: Filter | undefined, groupBy: CasualtyGroupKey[]): CasualtyBucket[] {
  const where = filter?.('c', true) ?? { sql: '1', params: [] };
  const keys = [...new Set(groupBy)];
  const keyColumns = keys.map((k) => `${KEY_SQL[k].sql} AS ${KEY_SQL[k].column}`).join(', ');
  const bucket = `json_array(${keys.map((k) => KEY_SQL[k].sql).join(', ')})`;
  const sql = `WITH
    reports AS (
      SELECT c.id, c.category, c.place_id, c.event_id, c.article_id, c.article_day AS published_on,
             coalesce(c.occurred_on, c.article_day) AS day,
             coalesce(c.count, ${LOW}) AS best, ${LOW} AS low, ${HIGH} AS high,
             -- An incident: the reports of one event and category; a report without an event alone.
             coalesce(c.event_id, -c.id) AS incident
      FROM ${readableFrom(casualtyReports)} c
      WHERE c.review_status <> 'REJECTED' AND ${where.sql}),
    -- Every report learns its incident's deciding (most recent) report and the incident's bounds,
    -- so buckets need no join back: an incident falls where its deciding report does.
    ranked AS (
      SELECT r.*,
             row_number() OVER latest AS recency,
             first_value(place_id) OVER latest AS deciding_place,
             first_value(day) OVER latest AS deciding_day,
             min(low) OVER incident AS incident_low,
             CASE WHEN count(high) OVER incident = count(*) OVER incident THEN max(high) OVER incident END AS incident_high
      FROM reports r
      -- One partitioning and one order for every window function, so the reports are sorted once.
      WINDOW latest AS (PARTITION BY incident, category ORDER BY published_on DESC, id DESC),
             incident AS (latest ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)),
    -- The country of each place the reports name, looked up once per place rather than per report.
    place_countries AS MATERIALIZED (
      SELECT pl.id AS place_id,
             (SELECT co.id FROM places co WHERE co.kind = 'COUNTRY' AND co.country_code = pl.country_code
              ORDER BY co.id LIMIT 1) AS country_id
      FROM places pl WHERE pl.id IN (SELECT DISTINCT place_id FROM reports)),
    keyed AS (
      SELECT ${bucket} AS bucket, ${keyColumns}, b.recency, b.best, b.incident_low, b.incident_high, b.article_id
      FROM ranked b LEFT JOIN place_countries pc ON pc.place_id = b.deciding_place)
    SELECT ${keys.map((k) => `k.${KEY_SQL[k].column} AS ${KEY_SQL[k].column}`).join(', ')},
           sum(CASE WHEN k.recency = 1 THEN k.best END) AS best,
           sum(CASE WHEN k.recency = 1 THEN k.incident_low END) AS low,
           CASE WHEN count(CASE WHEN k.recency = 1 THEN k.incident_high END) = count(CASE WHEN k.recency = 1 THEN 1 END)
                THEN sum(CASE WHEN k.recency = 1 THEN k.incident_high END) END AS high,
           count(*) AS reportCount, count(DISTINCT k.article_id) AS articleCount
    FROM keyed k
    GROUP BY k.bucket
    ORDER BY ${keys.map((k) => `k.${KEY_SQL[k].column}`).join(', ')}`;
  return queryAll<Record<string, unknown>>(db, sql, where.params).map((row) => ({
    countryId: (row.countryId as number | null | undefined) ?? null,
    placeId: (row.placeId as number | null | undefined) ?? null,
    category: (row.category as Category | null | undefined) ?? null,
    eventId: (row.eventId as number | null | undefined) ?? null,
    period: (row.period as string | null | undefined) ?? null,
    best: row.best as number,
    low: row.low as number,
    high: (row.high as number | null) ?? null,
    reportCount: row.reportCount as number,
    articleCount: row.articleCount as number,
  }));
}
