import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Condition, Filter } from './pagination.js';
import { quoted } from './reader.js';

/**
 * Building blocks of list filters. Each yields a Filter: SQL over the list's
 * table under a given alias, with its parameters, so one filter serves a root
 * list, a list under parents and its counts alike.
 */

type Value = string | number;
type Part = Filter | null | undefined | false;

export const col = (column: SQLiteColumn) => (alias: string) => `${alias}.${quoted(column.name)}`;

export function condition(sql: (alias: string) => string, ...params: Value[]): Filter {
  return (alias) => ({ sql: sql(alias), params });
}

/** Every part must hold; undefined when there is none, so an unfiltered list keeps its plain query. */
export function allOf(parts: Part[]): Filter | undefined {
  const present = parts.filter((p): p is Filter => typeof p === 'function');
  if (present.length === 0) return undefined;
  return (alias, counting) => {
    const conditions: Condition[] = present.map((p) => p(alias, counting));
    return { sql: conditions.map((c) => `(${c.sql})`).join(' AND '), params: conditions.flatMap((c) => c.params) };
  };
}

export const equals = (column: SQLiteColumn, value: Value) => condition((a) => `${col(column)(a)} = ?`, value);

/** A value at least `floor`; no floor leaves the list unfiltered. */
export const atLeast = (column: SQLiteColumn, floor: number | undefined) =>
  floor !== undefined && condition((a) => `${col(column)(a)} >= ?`, floor);

/** One of the values; an empty list leaves the list unfiltered. */
export function oneOf(column: SQLiteColumn, values: readonly Value[] | null | undefined): Filter | undefined {
  if (!values?.length) return undefined;
  return condition((a) => `${col(column)(a)} IN (SELECT value FROM json_each(?))`, JSON.stringify(values));
}

/** SQL bounding a day expression (YYYY-MM-DD) to [from, to], either end open. */
function dayBounds(day: string, from?: string, to?: string): Condition {
  const ends = [
    [from, '>='],
    [to, '<='],
  ].filter((end): end is [string, string] => end[0] !== undefined);
  return { sql: ends.map(([, op]) => `${day} ${op} ?`).join(' AND '), params: ends.map(([value]) => value) };
}

/** A day expression within [from, to], either end open. */
export function dayWithin(day: (alias: string) => string, from?: string, to?: string): Filter | undefined {
  if (from === undefined && to === undefined) return undefined;
  return (alias) => dayBounds(day(alias), from, to);
}

/** The day of a fact: its own when the article gives one, else its article's (copied onto the fact). */
export const factDay = (own: SQLiteColumn) => (alias: string) => `coalesce(${col(own)(alias)}, ${alias}.article_day)`;

/** Facts whose day lies within [from, to]; an index on the same expression serves it. */
export const factDayWithin = (own: SQLiteColumn, from?: string, to?: string) => dayWithin(factDay(own), from, to);

/** A place and every place inside it, through parents (a country, its regions, their cities and bases). */
export const PLACE_AND_INSIDE =
  'WITH RECURSIVE within(id) AS (SELECT ? UNION SELECT p.id FROM places p JOIN within w ON p.parent_id = w.id) SELECT id FROM within';

export const withinPlace = (column: SQLiteColumn, placeId: number) =>
  condition((a) => `${col(column)(a)} IN (${PLACE_AND_INSIDE})`, placeId);
