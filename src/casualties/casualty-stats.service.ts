import type { Db } from '../db/client.js';
import { allOf, col, dayWithin, equals, oneOf, withinPlace } from '../db/filters.js';
import type { Filter } from '../db/pagination.js';
import { periodStart } from '../db/periods.js';
import { queryAll } from '../db/reader.js';
import { type casualtyCategories, casualtyIncidents } from '../db/schema/index.js';
import { type CasualtyReportCriteria, casualtyReportFilter } from './casualty-report.service.js';

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

// Each key as SQL over an incident `i` (its deciding report's place and day) and its place's country `pc`.
const KEY_SQL: Record<CasualtyGroupKey, { column: keyof CasualtyBucket; sql: string }> = {
  COUNTRY: { column: 'countryId', sql: 'pc.country_id' },
  PLACE: { column: 'placeId', sql: 'i.place_id' },
  CATEGORY: { column: 'category', sql: 'i.category' },
  EVENT: { column: 'eventId', sql: 'i.event_id' },
  DAY: { column: 'period', sql: periodStart('DAY', 'i.day') },
  WEEK: { column: 'period', sql: periodStart('WEEK', 'i.day') },
  MONTH: { column: 'period', sql: periodStart('MONTH', 'i.day') },
  YEAR: { column: 'period', sql: periodStart('YEAR', 'i.day') },
};

/**
 * Which incidents to count: by where, when, what and which event, all read
 * from an incident's deciding report, the way the buckets place it (so the
 * buckets of a country filter are that country's bucket of a COUNTRY
 * grouping). Over incident rows `i` with place_id, event_id, category, day.
 */
function incidentFilter(f: CasualtyReportCriteria): Filter | undefined {
  return allOf([
    f.placeId !== undefined && withinPlace(casualtyIncidents.placeId, f.placeId),
    f.eventId !== undefined && equals(casualtyIncidents.eventId, f.eventId),
    oneOf(casualtyIncidents.category, f.categories),
    dayWithin(col(casualtyIncidents.day), f.from, f.to),
  ]);
}

/** Which reports to count, by what only a report has: its wording, its figure, its review, its confidence. */
function reportFilter(f: CasualtyReportCriteria): Filter | undefined {
  return casualtyReportFilter({
    qualifiers: f.qualifiers,
    reviewStatuses: f.reviewStatuses,
    minCount: f.minCount,
    minConfidence: f.minConfidence,
  });
}

/**
 * Incidents (`incidents`: incident, category, event_id, place_id, day, best,
 * low, high, report_count) and their reports' articles (`incident_articles`:
 * incident, category, article_id), as CTEs. Without a report filter they are
 * read from the casualty_incidents rollup; with one, the incidents are formed
 * from the reports the filter lets through.
 */
function incidentsSql(criteria: CasualtyReportCriteria): { sql: string; params: unknown[] } {
  const where = incidentFilter(criteria)?.('i', true) ?? { sql: '1', params: [] };
  const reports = reportFilter(criteria)?.('c', true);
  if (!reports) {
    return {
      sql: `incidents AS MATERIALIZED (SELECT i.* FROM casualty_incidents i WHERE ${where.sql}),
    incident_articles AS MATERIALIZED (
      SELECT i.incident, i.category, r.article_id FROM incidents i
      -- The incidents outermost (CROSS JOIN): each finds its reports through their incident index.
      CROSS JOIN counted_casualty_reports r ON r.incident = i.incident AND r.category = i.category)`,
      params: where.params,
    };
  }
  return {
    // The counted reports (drizzle/0016_rollup_triggers.sql) carry their day, incident and the bounds
    // their wording implies; the filter reads the report itself.
    sql: `reports AS (
      SELECT r.* FROM counted_casualty_reports r JOIN casualty_reports c ON c.id = r.id
      WHERE ${reports.sql}),
    -- Every report learns its incident's bounds; the first by recency is the deciding one.
    ranked AS (
      SELECT r.*,
             row_number() OVER latest AS recency,
             min(low) OVER incident AS incident_low,
             CASE WHEN count(high) OVER incident = count(*) OVER incident THEN max(high) OVER incident END AS incident_high,
             count(*) OVER incident AS report_count
      FROM reports r
      -- One partitioning and one order for every window function, so the reports are sorted once.
      WINDOW latest AS (PARTITION BY incident, category ORDER BY article_day DESC, id DESC),
             incident AS (latest ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)),
    incidents AS MATERIALIZED (
      SELECT i.incident, i.category, i.event_id, i.place_id, i.day, i.best,
             i.incident_low AS low, i.incident_high AS high, i.report_count
      FROM ranked i WHERE i.recency = 1 AND ${where.sql}),
    incident_articles AS MATERIALIZED (
      SELECT r.incident, r.category, r.article_id FROM ranked r JOIN incidents i USING (incident, category))`,
    params: [...reports.params, ...where.params],
  };
}

/**
 * Casualties per bucket without counting an incident twice. Reports that
 * share an event (and a category) are one incident: its best figure is the
 * most recent report's, its low and high span all its reports (a report with
 * no upper bound, "at least 75", leaves the incident without one); a report
 * without an event is an incident of its own. An incident falls in the
 * bucket of its deciding (most recent) report. Rejected reports do not count.
 */
export function casualtyStats(db: Db, criteria: CasualtyReportCriteria, groupBy: CasualtyGroupKey[]): CasualtyBucket[] {
  const keys = [...new Set(groupBy)];
  const incidents = incidentsSql(criteria);
  const bucket = `json_array(${keys.map((k) => KEY_SQL[k].sql).join(', ')})`;
  const columns = keys.map((k) => KEY_SQL[k].column);
  const sql = `WITH ${incidents.sql},
    -- The country of each place the incidents name, looked up once per place rather than per incident.
    place_countries AS MATERIALIZED (
      SELECT pl.id AS place_id,
             (SELECT co.id FROM places co WHERE co.kind = 'COUNTRY' AND co.country_code = pl.country_code
              ORDER BY co.id LIMIT 1) AS country_id
      FROM places pl WHERE pl.id IN (SELECT DISTINCT place_id FROM incidents)),
    keyed AS MATERIALIZED (
      SELECT ${bucket} AS bucket, ${keys.map((k) => `${KEY_SQL[k].sql} AS ${KEY_SQL[k].column}`).join(', ')},
             i.incident, i.category AS incident_category, i.best, i.low, i.high, i.report_count
      FROM incidents i LEFT JOIN place_countries pc ON pc.place_id = i.place_id),
    article_counts AS (
      SELECT k.bucket, count(DISTINCT a.article_id) AS articleCount
      FROM keyed k JOIN incident_articles a ON a.incident = k.incident AND a.category = k.incident_category
      GROUP BY k.bucket)
    SELECT ${columns.map((c) => `k.${c} AS ${c}`).join(', ')},
           sum(k.best) AS best, sum(k.low) AS low,
           CASE WHEN count(k.high) = count(*) THEN sum(k.high) END AS high,
           sum(k.report_count) AS reportCount, a.articleCount
    FROM keyed k JOIN article_counts a ON a.bucket = k.bucket
    GROUP BY k.bucket
    ORDER BY ${columns.map((c) => `k.${c}`).join(', ')}`;
  return queryAll<Record<string, unknown>>(db, sql, incidents.params).map((row) => ({
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
