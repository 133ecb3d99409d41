import { SQLiteColumn, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { BadUserInputError } from '../errors.js';
import type { Db } from './client.js';
import { type ColumnKeys, queryAll, queryValue, quoted, readableFrom, reader } from './reader.js';
import { articles, type subjectKinds } from './schema/index.js';

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
  /** The cursor of the row at an index, made when a client asks for it. */
  cursorAt: (index: number) => string;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** How many rows the whole list holds, when fetching the page told it (else a count is needed). */
  total?: number;
}

/**
 * A sort term: a column, or an expression over one row (an index on the same
 * expression serves it), e.g. a nullable column with its nulls mapped last.
 */
export type OrderTerm = SQLiteColumn | { expression: (alias: string) => string };

/** A sort order: terms that end in a unique one, all ascending or all descending. */
export interface Ordering<Row> {
  /** Names the order in its cursors, so a cursor of one order is refused by another. */
  name: string;
  columns: OrderTerm[];
  descending: boolean;
  /** The row's values of the terms, as SQLite compares them. */
  key: (row: Row) => Key;
  /** The row keys `key` reads; without them, a page of this order reads every column. */
  reads?: readonly string[];
}

export function termSql(term: OrderTerm, alias: string): string {
  return term instanceof SQLiteColumn ? `${alias}.${quoted(term.name)}` : term.expression(alias);
}

/**
 * A condition on the rows of a list, for the table under `alias`: its SQL and
 * the values of its `?` parameters, in order. Filters travel as functions of
 * the alias because the same filter applies at the root and under parents;
 * `counting` says whether every matching row will be read (a count, an
 * aggregate) rather than a page, since the best SQL can differ.
 */
export interface Condition {
  sql: string;
  params: KeyValue[];
}
export type Filter = (alias: string, counting?: boolean) => Condition;

const NO_FILTER: Filter = () => ({ sql: '1', params: [] });

export function encodeCursor(order: { name: string }, key: Key): string {
  return Buffer.from(JSON.stringify([order.name, ...key])).toString('base64url');
}

function decodeCursor(argument: 'after' | 'before', cursor: string, order: OrderShape): Key {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  const valid =
    Array.isArray(decoded) &&
    decoded.length === order.columns.length + 1 &&
    decoded.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  if (!valid) {
    throw new BadUserInputError(
      `"${argument}" is not a cursor of this list; pass a cursor from this connection's pageInfo or edges`,
      { argument },
    );
  }
  if ((decoded as KeyValue[])[0] !== order.name) {
    throw new BadUserInputError(
      `"${argument}" is a cursor of another order (${(decoded as KeyValue[])[0]}); pass one read with the same orderBy`,
      { argument },
    );
  }
  return (decoded as KeyValue[]).slice(1);
}

type OrderShape = { name: string; columns: readonly unknown[] };

function checkSize(argument: 'first' | 'last', value: number): number {
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`"${argument}" must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`, {
      argument,
    });
  }
  return value;
}

export function pageWindow(args: ConnectionArgs, order: OrderShape): PageWindow {
  const { first, last, after, before } = args;
  if (first != null && last != null) {
    throw new BadUserInputError('Pass either "first" or "last", not both', { argument: 'last' });
  }
  const backward = last != null;
  const size = backward ? checkSize('last', last) : first != null ? checkSize('first', first) : DEFAULT_PAGE_SIZE;
  return {
    size,
    backward,
    after: after != null ? decodeCursor('after', after, order) : null,
    before: before != null ? decodeCursor('before', before, order) : null,
  };
}

/**
 * `total` is the whole list's size when the query counted it, or when the
 * page is unbounded by cursors and nothing lies beyond it.
 */
export function toPage<Row>(fetched: Row[], order: Ordering<Row>, window: PageWindow, total?: number): Page<Row> {
  const hasMore = fetched.length > window.size;
  const rows = fetched.slice(0, window.size);
  if (window.backward) rows.reverse();
  const unbounded = window.after === null && window.before === null;
  return {
    rows,
    cursorAt: (index) => encodeCursor(order, order.key(rows[index] as Row)),
    hasNextPage: window.backward ? window.before !== null : hasMore,
    hasPreviousPage: window.backward ? hasMore : window.after !== null,
    total: unbounded ? (total ?? (hasMore ? undefined : rows.length)) : undefined,
  };
}

/**
 * How children hang off their parents:
 * - a column of the child table (statements.article_id), backed by an index
 *   led by that column and followed by the list's order;
 * - the articles about a subject (a person's articles), through the
 *   article_subjects index of (subject, day, article);
 * - for the small many-to-many lists under one article, (parent, child)
 *   column pairs whose union links them (its people: mentions'
 *   (article_id, person_id) and photo credits' (article_id, photographer_id)).
 */
export type ParentRef =
  | SQLiteColumn
  | { subjects: (typeof subjectKinds)[number] }
  | { links: Array<[parent: SQLiteColumn, child: SQLiteColumn]> };

export function linkedThrough(pairs: Array<[parent: SQLiteColumn, child: SQLiteColumn]>): ParentRef {
  return { links: pairs };
}

/** The articles about a person, organization, place or event, newest first (articleList's order). */
export function articlesAbout(kind: (typeof subjectKinds)[number]): ParentRef {
  return { subjects: kind };
}

/**
 * SQL yielding (parent, child) for the parents in the JSON array `@parents`.
 * A pair named twice (two mentions of one person) counts once: DISTINCT
 * within a source, UNION across sources.
 */
function linksSql(pairs: Array<[parent: SQLiteColumn, child: SQLiteColumn]>): string {
  return pairs
    .map(
      ([p, c]) =>
        `SELECT DISTINCT ${quoted(p.name)} AS parent, ${quoted(c.name)} AS child FROM ${readableFrom(p.table)}
         WHERE ${quoted(p.name)} IN (SELECT value FROM json_each(@parents)) AND ${quoted(c.name)} IS NOT NULL`,
    )
    .join(' UNION ');
}

/** `(a, b) > (?, ?)` over the given columns for the window's bounds, with its parameters. */
export function keyset<Row>(order: Ordering<Row>, window: PageWindow, columns: string[]) {
  const cols = `(${columns.join(', ')})`;
  const marks = `(${columns.map(() => '?').join(', ')})`;
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

export function orderSql<Row>(order: Ordering<Row>, window: PageWindow, columns: string[]): string {
  const direction = order.descending !== window.backward ? 'DESC' : 'ASC';
  return columns.map((c) => `${c} ${direction}`).join(', ');
}

const columnsOf = <Row>(order: Ordering<Row>, alias: string) => order.columns.map((c) => termSql(c, alias));

type ChildTable = SQLiteTable & { id: SQLiteColumn };

/**
 * The queries of one list in one order, at the root and under any parent,
 * filtered or not. Pages read the columns in `keys` only, when given (the
 * fields a request selects need no more); their rows keep the row type, and
 * reading a column left out throws (`TableReader.partialRow`).
 */
export interface RowList<T extends ChildTable> {
  order: Ordering<T['$inferSelect']>;
  page(db: Db, window: PageWindow, filter?: Filter, keys?: ColumnKeys): Page<T['$inferSelect']>;
  count(db: Db, filter?: Filter): number;
  pagesUnder(
    db: Db,
    parent: ParentRef,
    parentIds: readonly number[],
    window: PageWindow,
    filter?: Filter,
    keys?: ColumnKeys,
  ): Map<number, Page<T['$inferSelect']>>;
  countsUnder(db: Db, parent: ParentRef, parentIds: readonly number[], filter?: Filter): Map<number, number>;
}

/**
 * Every query is built once per shape and kept as a prepared statement;
 * parents travel as one JSON array parameter, so a batch of 5 ids and one of
 * 50 share a statement.
 */
export function rowList<T extends ChildTable>(table: T, order: Ordering<T['$inferSelect']>): RowList<T> {
  type Row = T['$inferSelect'];
  const name = readableFrom(table);
  const { selectList, partialRow } = reader(table);
  const own = columnsOf(order, 't');
  /**
   * The columns a page reads: those asked for and the order's, or all when the
   * order does not say. Kept per set asked for, so the reader's caches of
   * select lists and row prototypes, keyed by the set, are hit.
   */
  const withOrderKeys = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
  const readKeys = (keys: ColumnKeys | undefined): ColumnKeys => {
    if (!keys || !order.reads) return null;
    let read = withOrderKeys.get(keys);
    if (!read) {
      read = new Set([...keys, ...order.reads]);
      withOrderKeys.set(keys, read);
    }
    return read;
  };
  /** The select list and row prototype of a read of `keys`. */
  const reading = (keys: ColumnKeys) => ({
    list: selectList('t', keys),
    partial: keys ? partialRow(keys) : undefined,
  });
  // Articles in their day order can be paged on article_subjects alone, which carries (published_on, id).
  const pagedBySubjectIndex =
    (table as SQLiteTable) === articles &&
    order.columns.length === 2 &&
    order.columns[0] === articles.publishedOn &&
    order.columns[1] === articles.id;

  /**
   * The page of each parent: a subquery per parent walks an index in the
   * list's order and stops at the page size, so a parent with 40,000 rows
   * costs what one with 40 costs.
   */
  function topPerParent(
    db: Db,
    ids: number[],
    window: PageWindow,
    inner: (bounds: string) => string,
    params: KeyValue[],
    keys: ColumnKeys,
  ) {
    const { list, partial } = reading(keys);
    const sql = `SELECT ${list}, p.value AS "__parent"
      FROM json_each(@parents) p JOIN ${name} t ON t.id IN (${inner('?')})
      ORDER BY p.value, ${orderSql(order, window, own)}`;
    return queryAll<Row & { __parent: number }>(
      db,
      sql,
      [...params, window.size + 1, { parents: JSON.stringify(ids) }],
      partial,
    );
  }

  /**
   * The page of each parent of a many-to-many link: rank every child, keep the
   * first ones. Ranking reads every child anyway, so it counts them too.
   */
  function rankedPerParent(
    db: Db,
    ids: number[],
    window: PageWindow,
    links: string,
    where: Condition,
    keys: ColumnKeys,
  ) {
    const bounds = keyset(order, window, own);
    const { list, partial } = reading(keys);
    const sql = `WITH ranked AS (
        SELECT l.parent AS page_parent, t.id AS page_id,
               row_number() OVER (PARTITION BY l.parent ORDER BY ${orderSql(order, window, own)}) AS page_rank,
               count(*) OVER (PARTITION BY l.parent) AS page_total
        FROM (${links}) l JOIN ${name} t ON t.id = l.child
        WHERE ${where.sql} AND ${bounds.sql})
      SELECT ${list}, r.page_parent AS "__parent", r.page_total AS "__total"
      FROM ranked r JOIN ${name} t ON t.id = r.page_id
      WHERE r.page_rank <= ? ORDER BY r.page_parent, r.page_rank`;
    return queryAll<Row & { __parent: number; __total: number }>(
      db,
      sql,
      [...where.params, ...bounds.params, window.size + 1, { parents: JSON.stringify(ids) }],
      partial,
    );
  }

  return {
    order,
    page(db, window, filter = NO_FILTER, keys) {
      const where = filter('t');
      const bounds = keyset(order, window, own);
      const { list, partial } = reading(readKeys(keys));
      const sql = `SELECT ${list} FROM ${name} t WHERE ${where.sql} AND ${bounds.sql}
                   ORDER BY ${orderSql(order, window, own)} LIMIT ?`;
      const fetched = queryAll<Row>(db, sql, [...where.params, ...bounds.params, window.size + 1], partial);
      return toPage(fetched, order, window);
    },
    count(db, filter = NO_FILTER) {
      const where = filter('t', true);
      return queryValue<number>(db, `SELECT count(*) FROM ${name} t WHERE ${where.sql}`, where.params);
    },
    pagesUnder(db, parent, parentIds, window, filter, keys) {
      const ids = [...new Set(parentIds)];
      const read = readKeys(keys);
      const pages = new Map<number, Page<Row>>();
      if (ids.length === 0) return pages;
      const where = (filter ?? NO_FILTER)('c');
      let fetched: Array<Row & { __parent: number; __total?: number }>;
      const ranked = 'links' in parent;
      if ('links' in parent) {
        fetched = rankedPerParent(db, ids, window, linksSql(parent.links), (filter ?? NO_FILTER)('t'), read);
      } else if ('subjects' in parent) {
        if ((table as SQLiteTable) !== articles) throw new Error('articlesAbout lists articles');
        const cols = pagedBySubjectIndex ? ['s.published_on', 's.article_id'] : columnsOf(order, 'c');
        const bounds = keyset(order, window, cols);
        // The article row is joined only when a filter or the order needs it.
        const join = filter || !pagedBySubjectIndex ? `JOIN ${name} c ON c.id = s.article_id` : '';
        fetched = topPerParent(
          db,
          ids,
          window,
          (limit) => `SELECT s.article_id FROM article_subjects s ${join}
            WHERE s.subject_kind = '${parent.subjects}' AND s.subject_id = p.value AND ${where.sql} AND ${bounds.sql}
            ORDER BY ${orderSql(order, window, cols)} LIMIT ${limit}`,
          [...where.params, ...bounds.params],
          read,
        );
      } else {
        const cols = columnsOf(order, 'c');
        const bounds = keyset(order, window, cols);
        fetched = topPerParent(
          db,
          ids,
          window,
          (limit) => `SELECT c.id FROM ${name} c WHERE c.${quoted(parent.name)} = p.value AND ${where.sql}
            AND ${bounds.sql} ORDER BY ${orderSql(order, window, cols)} LIMIT ${limit}`,
          [...where.params, ...bounds.params],
          read,
        );
      }
      // Rows keep their __parent column: copying each row without it costs more than it is worth,
      // and no row is ever exposed whole.
      const byParent = new Map<number, Row[]>();
      for (const row of fetched) {
        const list = byParent.get(row.__parent);
        if (list) list.push(row);
        else byParent.set(row.__parent, [row]);
      }
      for (const id of ids) {
        const rows = byParent.get(id) ?? [];
        // A ranked parent without rows has none in the whole list.
        const total = ranked ? ((rows[0] as { __total?: number } | undefined)?.__total ?? 0) : undefined;
        pages.set(id, toPage(rows, order, window, total));
      }
      return pages;
    },
    countsUnder(db, parent, parentIds, filter) {
      const ids = [...new Set(parentIds)];
      const counts = new Map<number, number>(ids.map((id) => [id, 0]));
      if (ids.length === 0) return counts;
      const where = (filter ?? NO_FILTER)('c', true);
      const join = filter ? (on: string) => `JOIN ${name} c ON c.id = ${on}` : () => '';
      const inParents = 'IN (SELECT value FROM json_each(@parents))';
      const sql =
        'links' in parent
          ? `SELECT l.parent, count(*) AS total FROM (${linksSql(parent.links)}) l ${join('l.child')}
             WHERE ${where.sql} GROUP BY l.parent`
          : 'subjects' in parent
            ? `SELECT s.subject_id AS parent, count(*) AS total FROM article_subjects s ${join('s.article_id')}
               WHERE s.subject_kind = '${parent.subjects}' AND s.subject_id ${inParents} AND ${where.sql}
               GROUP BY s.subject_id`
            : `SELECT c.${quoted(parent.name)} AS parent, count(*) AS total FROM ${name} c
               WHERE c.${quoted(parent.name)} ${inParents} AND ${where.sql} GROUP BY c.${quoted(parent.name)}`;
      const rows = queryAll<{ parent: number; total: number }>(db, sql, [
        ...where.params,
        { parents: JSON.stringify(ids) },
      ]);
      for (const { parent: id, total } of rows) counts.set(id, total);
      return counts;
    },
  };
}
