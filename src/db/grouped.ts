import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.js';
import type { Filter } from './pagination.js';
import { type Period, periodStart } from './periods.js';
import { queryAll, quoted, readableFrom } from './reader.js';

/** How a group key reads a fact row `t`: the bucket fields it fills and their SQL. */
export type GroupKeySql = Record<string, string>;

/**
 * Facts counted per bucket of group keys, rejected facts left out. Buckets
 * come in time order when grouped by a period, then largest first, so
 * "who is quoted most" is the first bucket.
 */
export function groupedFacts<Key extends string, Bucket>(
  db: Db,
  spec: {
    table: SQLiteTable;
    keys: Record<Key, GroupKeySql>;
    groupBy: readonly Key[];
    /** Aggregates over `t` by the bucket field they fill, e.g. `{ statementCount: 'count(*)' }`; the first orders the buckets. */
    measures: GroupKeySql;
    filter?: Filter;
    /** Only the first buckets, when given. */
    limit?: number;
  },
): Bucket[] {
  const where = spec.filter?.('t', true) ?? { sql: '1', params: [] };
  const columns = [...new Set(spec.groupBy)].flatMap((key) => Object.entries(spec.keys[key]));
  const select = columns.map(([name, sql]) => `${sql} AS ${quoted(name)}`);
  const measures = Object.entries(spec.measures).map(([name, sql]) => `${sql} AS ${quoted(name)}`);
  const largest = quoted(Object.keys(spec.measures)[0] as string);
  const periodFirst = columns.some(([name]) => name === 'period') ? ['"period"'] : [];
  const sql = `SELECT ${[...select, ...measures].join(', ')}
    FROM ${readableFrom(spec.table)} t
    WHERE t.review_status <> 'REJECTED' AND ${where.sql}
    GROUP BY ${columns.map(([, sql]) => sql).join(', ')}
    ORDER BY ${[...periodFirst, `${largest} DESC`, ...columns.map(([name]) => quoted(name))].join(', ')}
    LIMIT ?`;
  return queryAll<Bucket>(db, sql, [...where.params, spec.limit ?? -1]);
}

/** The period keys of a fact table, over the day expression of a row `t`. */
export function periodKeys<P extends Period>(list: readonly P[], day: string): Record<P, GroupKeySql> {
  const entries = list.map((p): [P, GroupKeySql] => [p, { period: periodStart(p, day) }]);
  return Object.fromEntries(entries) as Record<P, GroupKeySql>;
}
