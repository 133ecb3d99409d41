import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { type Ordering, type OrderTerm, type RowList, rowList } from './pagination.js';
import { keyOf, quoted } from './reader.js';

type Table = Parameters<typeof rowList>[0];
type OrderSpec<T extends Table> = Omit<Ordering<T['$inferSelect']>, 'name'>;

/** A list in each of its orders, each order named in its cursors. */
export function orderedLists<T extends Table, const N extends string>(
  table: T,
  orders: Record<N, OrderSpec<T>>,
): Record<N, RowList<T>> {
  return Object.fromEntries(
    Object.entries<OrderSpec<T>>(orders).map(([name, order]) => [name, rowList(table, { name, ...order })]),
  ) as Record<N, RowList<T>>;
}

const readerOf = (table: Table, column: SQLiteColumn) => {
  const key = keyOf(table, column);
  return (row: object) => (row as Record<string, string | number>)[key] as string | number;
};

/** By the given columns, the last one unique. */
export function byColumns<T extends Table>(table: T, columns: SQLiteColumn[], descending: boolean): OrderSpec<T> {
  const values = columns.map((c) => readerOf(table, c));
  return { columns, descending, key: (r) => values.map((v) => v(r)), reads: columns.map((c) => keyOf(table, c)) };
}

/** Facts in reading order: by article, then by where their evidence starts. */
export function readingOrder<T extends Table & { articleId: SQLiteColumn; evidenceStart: SQLiteColumn }>(table: T) {
  return byColumns(table, [table.articleId, table.evidenceStart, table.id], false);
}

/** Entities by name, ties broken by id. */
export function byName<T extends Table & { name: SQLiteColumn }>(table: T) {
  return byColumns(table, [table.name, table.id], false);
}

/** Largest first by a count kept on the row, ties newest id first. */
export function mostFirst<T extends Table>(table: T, count: SQLiteColumn) {
  return byColumns(table, [count, table.id], true);
}

/**
 * Latest first by a nullable day, rows without one last. The expression is
 * the one its index is built on (`coalesce(day, '')`), so SQLite walks that index.
 */
export function latestFirst<T extends Table>(table: T, day: SQLiteColumn): OrderSpec<T> {
  const value = readerOf(table, day);
  const term: OrderTerm = { expression: (alias) => `coalesce(${alias}.${quoted(day.name)}, '')` };
  return {
    columns: [term, table.id],
    descending: true,
    key: (r) => [value(r) ?? '', r.id as number],
    reads: [keyOf(table, day), 'id'],
  };
}

/** Largest first by the first known of some nullable figures, rows with none as 0 (its index's expression). */
export function largestFirst<T extends Table>(table: T, figures: SQLiteColumn[]): OrderSpec<T> {
  const values = figures.map((f) => readerOf(table, f));
  const term: OrderTerm = {
    expression: (alias) => `coalesce(${figures.map((f) => `${alias}.${quoted(f.name)}`).join(', ')}, 0)`,
  };
  return {
    columns: [term, table.id],
    descending: true,
    key: (r) => [values.reduce<string | number | null>((found, v) => found ?? v(r) ?? null, null) ?? 0, r.id as number],
    reads: [...figures.map((f) => keyOf(table, f)), 'id'],
  };
}
