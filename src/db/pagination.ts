import { getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { BadUserInputError } from '../errors.js';
import type { Db } from './client.js';
import { queryAll, queryValue, quoted, reader } from './reader.js';

/**
 * Keyset (cursor) pagination. A cursor is the sort key of a row, so a page
 * after it is an index range scan: page 1,000 costs what page 1 costs.
 */

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

type KeyValue = string | number;
type Key = KeyValue[];

/** A validated page request: how many rows, in which direction, between which keys. */
export interface PageWindow {
  size: number;
  backward: boolean;
  after: Key | null;
  before: Key | null;
}

export interface Page<Row> {
  rows: Row[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** A sort order: columns that end in a unique one, all ascending or all descending. */
export interface Ordering<Row> {
  columns: SQLiteColumn[];
  descending: boolean;
  key: (row: Row) => Key;
}

export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(argument: 'after' | 'before', cursor: string, arity: number): Key {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length === arity &&
    key.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  if (!valid) {
    throw new BadUserInputError(
      `"${argument}" is not a cursor of this list; pass a cursor from this connection's pageInfo or edges`,
      { argument },
    );
  }
  return key as Key;
}

function checkSize(argument: 'first' | 'last', value: number): number {
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`"${argument}" must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, {
      argument,
    });
  }
  return value;
}

export function pageWindow(args: ConnectionArgs, arity: number): PageWindow {
  const { first, last, after, before } = args;
  if (first != null && last != null) {
    throw new BadUserInputError('Pass either "first" or "last", not both', { argument: 'last' });
  }
  const backward = last != null;
  const size = backward ? checkSize('last', last) : first != null ? checkSize('first', first) : DEFAULT_PAGE_SIZE;
  return {
    size,
    backward,
    after: after != null ? decodeCursor('after', after, arity) : null,
    before: before != null ? decodeCursor('before', before, arity) : null,
  };
}

function toPage<Row>(fetched: Row[], order: Ordering<Row>, window: PageWindow): Page<Row> {
  const hasMore = fetched.length > window.size;
  const rows = fetched.slice(0, window.size);
  if (window.backward) rows.reverse();
  return {
    rows,
    cursors: rows.map((r) => encodeCursor(order.key(r))),
    hasNextPage: window.backward ? window.before !== null : hasMore,
    hasPreviousPage: window.backward ? hasMore : window.after !== null,
  };
}

/**
 * How children hang off their parents: a column of the child table
 * (statements.article_id), or, for many-to-many relations, (parent, child)
 * column pairs whose union links them (the people of an article: mentions'
 * (article_id, person_id) and photo credits' (article_id, photographer_id)).
 */
export type ParentRef = SQLiteColumn | { links: Array<[parent: SQLiteColumn, child: SQLiteColumn]> };

export function linkedThrough(pairs: Array<[parent: SQLiteColumn, child: SQLiteColumn]>): ParentRef {
  return { links: pairs };
}

/**
 * SQL yielding (parent, child) for the parents in the JSON array `@parents`.
 * A pair named twice (two mentions of one person) counts once: DISTINCT
 * within a source, UNION across sources.
 */
function linksSql(parent: ParentRef, childTable: SQLiteTable): string {
  if (!('links' in parent)) {
    return `SELECT ${quoted(parent.name)} AS parent, id AS child FROM ${quoted(getTableName(childTable))}
            WHERE ${quoted(parent.name)} IN (SELECT value FROM json_each(@parents))`;
  }
  return parent.links
    .map(
      ([p, c]) =>
        `SELECT DISTINCT ${quoted(p.name)} AS parent, ${quoted(c.name)} AS child FROM ${quoted(getTableName(p.table))}
         WHERE ${quoted(p.name)} IN (SELECT value FROM json_each(@parents)) AND ${quoted(c.name)} IS NOT NULL`,
    )
    .join(' UNION ');
}

/** `(a, b) > (?, ?)` for the window's bounds, with its parameters. */
function keyset<Row>(order: Ordering<Row>, window: PageWindow, alias: string) {
  const cols = `(${order.columns.map((c) => `${alias}.${quoted(c.name)}`).join(', ')})`;
  const marks = `(${order.columns.map(() => '?').join(', ')})`;
  const conditions: string[] = [];
  const params: KeyValue[] = [];
  // "after" means further along the order; for a descending order that is smaller.
  if (window.after) {
    conditions.push(`${cols} ${order.descending ? '<' : '>'} ${marks}`);
    params.push(...window.after);
  }
  if (window.before) {
    conditions.push(`${cols} ${order.descending ? '>' : '<'} ${marks}`);
    params.push(...window.before);
  }
  return { sql: conditions.length ? conditions.join(' AND ') : '1', params };
}

function orderSql<Row>(order: Ordering<Row>, window: PageWindow, alias: string): string {
  const direction = order.descending !== window.backward ? 'DESC' : 'ASC';
  return order.columns.map((c) => `${alias}.${quoted(c.name)} ${direction}`).join(', ');
}

type ChildTable = SQLiteTable & { id: SQLiteColumn };

/** The queries of one list, at the root and under any parent, in one order. */
export interface RowList<T extends ChildTable> {
  order: Ordering<T['$inferSelect']>;
  page(db: Db, window: PageWindow): Page<T['$inferSelect']>;
  count(db: Db): number;
  pagesUnder(
    db: Db,
    parent: ParentRef,
    parentIds: readonly number[],
    window: PageWindow,
  ): Map<number, Page<T['$inferSelect']>>;
  countsUnder(db: Db, parent: ParentRef, parentIds: readonly number[]): Map<number, number>;
}

/**
 * Every query is built once per shape and kept as a prepared statement;
 * parents travel as one JSON array parameter, so a batch of 5 ids and one of
 * 50 share a statement.
 */
export function rowList<T extends ChildTable>(table: T, order: Ordering<T['$inferSelect']>): RowList<T> {
  type Row = T['$inferSelect'];
  const name = quoted(getTableName(table));
  const { selectList } = reader(table);

  return {
    order,
    page(db, window) {
      const bounds = keyset(order, window, 't');
      const sql = `SELECT ${selectList('t')} FROM ${name} t WHERE ${bounds.sql}
                   ORDER BY ${orderSql(order, window, 't')} LIMIT ?`;
      const fetched = queryAll<Row>(db, sql, [...bounds.params, window.size + 1]);
      return toPage(fetched, order, window);
    },
    count(db) {
      return queryValue<number>(db, `SELECT count(*) FROM ${name}`, []);
    },
    pagesUnder(db, parent, parentIds, window) {
      const ids = [...new Set(parentIds)];
      const pages = new Map<number, Page<Row>>();
      if (ids.length === 0) return pages;
      const bounds = keyset(order, window, 't');
      // Rank narrow rows first (an index can cover them), then read whole rows for the page only.
      const sql = `WITH ranked AS (
          SELECT l.parent AS page_parent, t.id AS page_id,
                 row_number() OVER (PARTITION BY l.parent ORDER BY ${orderSql(order, window, 't')}) AS page_rank
          FROM (${linksSql(parent, table)}) l JOIN ${name} t ON t.id = l.child
          WHERE ${bounds.sql})
        SELECT ${selectList('t')}, r.page_parent AS "__parent" FROM ranked r JOIN ${name} t ON t.id = r.page_id
        WHERE r.page_rank <= ? ORDER BY r.page_parent, r.page_rank`;
      const fetched = queryAll<Row & { __parent: number }>(db, sql, [
        ...bounds.params,
        window.size + 1,
        { parents: JSON.stringify(ids) },
      ]);
      // Rows keep their __parent column: copying each row without it costs more than it is worth,
      // and no row is ever exposed whole.
      const byParent = new Map<number, Row[]>();
      for (const row of fetched) {
        const list = byParent.get(row.__parent);
        if (list) list.push(row);
        else byParent.set(row.__parent, [row]);
      }
      for (const id of ids) pages.set(id, toPage(byParent.get(id) ?? [], order, window));
      return pages;
    },
    countsUnder(db, parent, parentIds) {
      const ids = [...new Set(parentIds)];
      const counts = new Map<number, number>(ids.map((id) => [id, 0]));
      if (ids.length === 0) return counts;
      const sql = `SELECT parent, count(*) AS total FROM (${linksSql(parent, table)}) GROUP BY parent`;
      const rows = queryAll<{ parent: number; total: number }>(db, sql, [{ parents: JSON.stringify(ids) }]);
      for (const { parent: id, total } of rows) counts.set(id, total);
      return counts;
    },
  };
}
