import type { Db } from '../db/client.js';
import { nextPeriod, type Period, periodStart } from '../db/periods.js';
import { queryAll, readableFrom } from '../db/reader.js';
import { articles } from '../db/schema/index.js';
import { type ArticleCriteria, articleFilter } from './article.service.js';

export interface TimelinePoint {
  period: string;
  articleCount: number;
}

/**
 * Articles per period from the period holding `from` to the one holding
 * `to`, every period present (an empty one counts 0) so a chart plots
 * continuous time. Only articles published within [from, to] count. The
 * coverage of a place (the filter's only condition) is read from the
 * place_coverage_days rollup; any other filter counts the articles.
 */
export function articleTimeline(
  db: Db,
  criteria: ArticleCriteria,
  period: Period,
  from: string,
  to: string,
): TimelinePoint[] {
  const conditions = Object.entries(criteria).filter(([, value]) => value !== undefined);
  const counted =
    conditions.length === 1 && criteria.placeId !== undefined
      ? {
          sql: `SELECT ${periodStart(period, 'd.day')} AS start, sum(d.article_count) AS articleCount
      FROM place_coverage_days d WHERE d.place_id = ? AND d.day BETWEEN @from AND @to GROUP BY 1`,
          params: [criteria.placeId],
        }
      : articleCounts(db, criteria, period);
  const sql = `WITH RECURSIVE
    periods(start) AS (SELECT ${periodStart(period, '@from')}
      UNION ALL SELECT ${nextPeriod(period, 'start')} FROM periods WHERE ${nextPeriod(period, 'start')} <= @to),
    counted AS (${counted.sql})
    SELECT p.start AS period, coalesce(c.articleCount, 0) AS articleCount
    FROM periods p LEFT JOIN counted c ON c.start = p.start ORDER BY p.start`;
  return queryAll<TimelinePoint>(db, sql, [...counted.params, { from, to }]);
}

/** Articles per period start, counted one by one. */
function articleCounts(db: Db, criteria: ArticleCriteria, period: Period) {
  const where = articleFilter(db, criteria)?.('t', true) ?? { sql: '1', params: [] };
  return {
    sql: `SELECT ${periodStart(period, 't.published_on')} AS start, count(*) AS articleCount
      FROM ${readableFrom(articles)} t WHERE t.published_on BETWEEN @from AND @to AND ${where.sql}
      GROUP BY 1`,
    params: where.params,
  };
}

/** How many periods articleTimeline would return, to refuse a range too long to chart. */
export function periodCount(period: Period, from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  return {
    DAY: days + 1,
    WEEK: Math.floor(days / 7) + 2,
    MONTH: (ty - fy) * 12 + (tm - fm) + 1,
    YEAR: ty - fy + 1,
  }[period];
}
