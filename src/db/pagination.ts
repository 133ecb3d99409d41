import type { Subquery } from 'drizzle-orm';
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { BadUserInputError } from '../errors.js';
import type { Db } from './client.js';

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

function rowValue(values: Array<SQLiteColumn | KeyValue>): SQL {
  return sql`(${sql.join(
    values.map((v) => (typeof v === 'object' ? sql`${v}` : sql`${v}`)),
    sql`, `,
  )})`;
}

function keysetCondition<Row>(order: Ordering<Row>, window: PageWindow): SQL | undefined {
  const conditions: SQL[] = [];
  const cols = rowValue(order.columns);
  // "after" means further along the order; for a descending order that is smaller.
  if (window.after) conditions.push(sql`${cols} ${sql.raw(order.descending ? '<' : '>')} ${rowValue(window.after)}`);
  if (window.before) conditions.push(sql`${cols} ${sql.raw(order.descending ? '>' : '<')} ${rowValue(window.before)}`);
  return conditions.length ? and(...conditions) : undefined;
}

function orderTerms<Row>(order: Ordering<Row>, window: PageWindow): SQL[] {
  const descending = order.descending !== window.backward;
  return order.columns.map((c) => (descending ? desc(c) : asc(c)));
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

/** One page of a table's rows matching `where`. */
export function pageOfRows<T extends SQLiteTable>(
  db: Db,
  spec: { table: T; where?: SQL; order: Ordering<T['$inferSelect']>; window: PageWindow },
): Page<T['$inferSelect']> {
  const { table, where, order, window } = spec;
  const fetched = db
    .select()
    .from(table as SQLiteTable)
    .where(and(where, keysetCondition(order, window)))
    .orderBy(...orderTerms(order, window))
    .limit(window.size + 1)
    .all() as T['$inferSelect'][];
  return toPage(fetched, order, window);
}

/** (parent, child) pairs for a many-to-many relation, e.g. the people an article mentions. */
export type LinkSubquery = Subquery & { parent: SQL.Aliased<number>; child: SQL.Aliased<number> };

/**
 * How children hang off their parents: a column of the child table
 * (statements.article_id), or a link subquery built for the requested parents.
 */
export type ParentRef = SQLiteColumn | ((db: Db, parentIds: number[]) => LinkSubquery);

function childrenOf<T extends ChildTable>(db: Db, table: T, parent: ParentRef, parentIds: number[]) {
  if (typeof parent === 'function') {
    const links = parent(db, parentIds);
    return {
      parentRef: sql<number>`${links.parent}`,
      from: (fields: SelectedFields) =>
        db
          .select(fields)
          .from(table as SQLiteTable)
          .innerJoin(links, eq(links.child, table.id)),
      filter: undefined,
    };
  }
  return {
    parentRef: sql<number>`${parent}`,
    from: (fields: SelectedFields) => db.select(fields).from(table as SQLiteTable),
    filter: inArray(parent, parentIds),
  };
}

type ChildTable = SQLiteTable & { id: SQLiteColumn };
type SelectedFields = Record<string, SQLiteColumn | SQL.Aliased>;

/**
 * One page of children for each parent, in one statement: rows are ranked
 * within their parent and cut at the page size, so the children of 50
 * articles cost what the children of 5 cost.
 */
export function pagesOfChildren<T extends ChildTable>(
  db: Db,
  spec: {
    table: T;
    parent: ParentRef;
    parentIds: readonly number[];
    where?: SQL;
    order: Ordering<T['$inferSelect']>;
    window: PageWindow;
  },
): Map<number, Page<T['$inferSelect']>> {
  const { table, parent, where, order, window } = spec;
  const parentIds = [...new Set(spec.parentIds)];
  const pages = new Map<number, Page<T['$inferSelect']>>();
  if (parentIds.length === 0) return pages;
  const { parentRef, from, filter } = childrenOf(db, table, parent, parentIds);
  const ranked = from({
    ...getTableColumns(table as SQLiteTable),
    pageParent: sql<number>`${parentRef}`.as('page_parent'),
    pageRank:
      sql<number>`row_number() over (partition by ${parentRef} order by ${sql.join(orderTerms(order, window), sql`, `)})`.as(
        'page_rank',
      ),
  })
    .where(and(filter, where, keysetCondition(order, window)))
    .as('ranked');
  const fetched = db
    .select()
    .from(ranked)
    .where(sql`page_rank <= ${window.size + 1}`)
    .orderBy(sql`page_parent`, sql`page_rank`)
    .all() as unknown as Array<T['$inferSelect'] & { pageParent: number; pageRank: number }>;
  const byParent = new Map<number, T['$inferSelect'][]>();
  for (const { pageParent, pageRank: _rank, ...row } of fetched) {
    const list = byParent.get(pageParent) ?? [];
    list.push(row as T['$inferSelect']);
    byParent.set(pageParent, list);
  }
  for (const id of parentIds) pages.set(id, toPage(byParent.get(id) ?? [], order, window));
  return pages;
}

/** How many children each parent has (matching `where`), in one statement. */
export function countsOfChildren<T extends ChildTable>(
  db: Db,
  spec: { table: T; parent: ParentRef; parentIds: readonly number[]; where?: SQL },
): Map<number, number> {
  const parentIds = [...new Set(spec.parentIds)];
  const counts = new Map<number, number>(parentIds.map((id) => [id, 0]));
  if (parentIds.length === 0) return counts;
  const { parentRef, from, filter } = childrenOf(db, spec.table, spec.parent, parentIds);
  const rows = from({ parentId: parentRef.as('count_parent'), total: sql<number>`count(*)`.as('total') })
    .where(and(filter, spec.where))
    .groupBy(parentRef)
    .all() as Array<{ parentId: number; total: number }>;
  for (const { parentId, total } of rows) counts.set(parentId, total);
  return counts;
}

/** The queries of one list, at the root and under any parent, in one order. */
export interface RowList<T extends ChildTable> {
  order: Ordering<T['$inferSelect']>;
  page(db: Db, window: PageWindow, where?: SQL): Page<T['$inferSelect']>;
  count(db: Db, where?: SQL): number;
  pagesUnder(
    db: Db,
    parent: ParentRef,
    parentIds: readonly number[],
    window: PageWindow,
    where?: SQL,
  ): Map<number, Page<T['$inferSelect']>>;
  countsUnder(db: Db, parent: ParentRef, parentIds: readonly number[], where?: SQL): Map<number, number>;
}

export function rowList<T extends ChildTable>(table: T, order: Ordering<T['$inferSelect']>): RowList<T> {
  return {
    order,
    page: (db, window, where) => pageOfRows(db, { table, where, order, window }),
    count: (db, where) =>
      (
        db
          .select({ total: sql<number>`count(*)` })
          .from(table as SQLiteTable)
          .where(where)
          .get() as { total: number }
      ).total,
    pagesUnder: (db, parent, parentIds, window, where) =>
      pagesOfChildren(db, { table, parent, parentIds, where, order, window }),
    countsUnder: (db, parent, parentIds, where) => countsOfChildren(db, { table, parent, parentIds, where }),
  };
}

/**
 * A many-to-many relation as the union of (parent, child) column pairs, e.g.
 * the people of an article: mentions (article_id, person_id) and photo
 * credits (article_id, photographer_id). A pair named twice (two mentions of one
 * person) counts once: DISTINCT within a source, UNION across sources.
 */
export function linkedThrough(pairs: Array<[parent: SQLiteColumn, child: SQLiteColumn]>): ParentRef {
  return (db, parentIds) => {
    const selects = pairs.map(([parent, child]) =>
      db
        .selectDistinct({
          parent: sql<number>`${parent}`.as('link_parent'),
          child: sql<number>`${child}`.as('link_child'),
        })
        .from(parent.table)
        .where(and(inArray(parent, parentIds), isNotNull(child))),
    );
    const [first, ...rest] = selects;
    if (!first) throw new Error('linkedThrough needs at least one pair');
    // biome-ignore lint/suspicious/noExplicitAny: drizzle's set-operator builder types do not chain over a dynamic list
    const union = rest.reduce((acc: any, next) => acc.union(next), first);
    return union.as('links') as LinkSubquery;
  };
}
