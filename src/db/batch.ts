import DataLoader from 'dataloader';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.js';
import { type ColumnKeys, columnsSignature, keyOf, queryAll, quoted, readableFrom, reader } from './reader.js';

type TableWithId = SQLiteTable & { id: SQLiteColumn };

/**
 * Batching and caching are on by default; the benchmark turns both off to
 * measure the resolvers as they would run without DataLoader (one query per load).
 */
export type LoaderOptions = Pick<DataLoader.Options<number, unknown>, 'batch' | 'cache'>;

/**
 * A DataLoader that can also answer synchronously for keys it already holds,
 * so a resolver can return a row, not a promise of one: on a list traversal
 * thousands of fields ask for rows loaded or primed moments before, and each
 * promise costs the executor a microtask and an object rebuild.
 */
export class RowLoader<V> extends DataLoader<number, V> {
  private readonly known: Map<number, V> | undefined;

  constructor(batch: (keys: readonly number[]) => Promise<V[]>, options: LoaderOptions = {}) {
    const known = options.cache === false ? undefined : new Map<number, V>();
    super(async (keys) => {
      const values = await batch(keys);
      if (known) for (const [i, key] of keys.entries()) known.set(key, values[i] as V);
      return values;
    }, options);
    this.known = known;
  }

  /** The value for `key` if it has been loaded or primed, else undefined. */
  peek(key: number): V | undefined {
    return this.known?.get(key);
  }

  override prime(key: number, value: V | PromiseLike<V> | Error): this {
    if (this.known && !(value instanceof Error) && !isPromiseLike(value)) this.known.set(key, value);
    return super.prime(key, value);
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

/**
 * Loads rows by primary key: one statement per batch, results in key order,
 * null for a miss. Given `keys`, it reads those columns only (and the id).
 */
export function loaderById<T extends TableWithId, K extends keyof T['$inferSelect'] = keyof T['$inferSelect']>(
  db: Db,
  table: T,
  options: LoaderOptions = {},
  keys?: readonly K[],
): RowLoader<Pick<T['$inferSelect'], K | 'id'> | null> {
  const { selectList, partialRow } = reader(table);
  const only = keys ? new Set(keys as readonly string[]) : null;
  const sql = `SELECT ${selectList('t', only)} FROM ${readableFrom(table)} t
               WHERE t.id IN (SELECT value FROM json_each(?))`;
  const partial = only ? partialRow(only) : undefined;
  return new RowLoader(async (ids) => {
    const rows = queryAll<T['$inferSelect'] & { id: number }>(db, sql, [JSON.stringify(ids)], partial);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }, options);
}

/** Loads every row whose `column` is the key, ordered by `orderBy`: one statement per batch. */
export function loaderOfLists<T extends SQLiteTable>(
  db: Db,
  table: T,
  column: SQLiteColumn,
  orderBy: SQLiteColumn[],
  options: LoaderOptions = {},
): RowLoader<T['$inferSelect'][]> {
  const prop = keyOf(table, column);
  const sql = `SELECT ${reader(table).selectList('t')} FROM ${readableFrom(table)} t
               WHERE t.${quoted(column.name)} IN (SELECT value FROM json_each(?))
               ORDER BY ${orderBy.map((c) => `t.${quoted(c.name)}`).join(', ')}`;
  return new RowLoader(async (keys) => {
    const rows = queryAll<Record<string, unknown>>(db, sql, [JSON.stringify(keys)]);
    const groups = new Map<number, T['$inferSelect'][]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(row[prop] as number)?.push(row as T['$inferSelect']);
    return keys.map((k) => groups.get(k) ?? []);
  }, options);
}

/** A loader per set of columns read, made on first use: `loaders.x(keys).load(id)`. */
export function loaderPerColumns<L>(make: (keys: ColumnKeys) => L): (keys: ColumnKeys) => L {
  const made = new Map<string, L>();
  return (keys) => {
    const signature = columnsSignature(keys);
    let loader = made.get(signature);
    if (!loader) {
      loader = make(keys);
      made.set(signature, loader);
    }
    return loader;
  };
}

/**
 * Loaders for connections under a parent (an article's statements), so that
 * every parent in a list shares one batch.
 */
export class ParentBatches {
  private readonly fields = new Map<object, Map<string, unknown>>();

  constructor(private readonly options: LoaderOptions = {}) {}

  /**
   * A value made once per field of the operation for the whole request, such
   * as a list field's filter and batch: every parent's resolver asks, the
   * first makes it. `fieldNodes` (GraphQLResolveInfo's) is the same for every
   * parent reached through one field of the operation, and within a request
   * it fixes the arguments and the selection.
   */
  perField<V>(fieldNodes: object, parentType: string, make: () => V): V {
    let byType = this.fields.get(fieldNodes);
    if (!byType) {
      byType = new Map();
      this.fields.set(fieldNodes, byType);
    }
    if (!byType.has(parentType)) byType.set(parentType, make());
    return byType.get(parentType) as V;
  }

  /** A loader whose batch fetches the values of many parents at once. */
  batch<V>(fetch: (parentIds: number[]) => Map<number, V>): DataLoader<number, V> {
    return new DataLoader<number, V>(async (ids) => {
      const found = fetch([...ids]);
      return ids.map((id) => found.get(id) as V);
    }, this.options);
  }
}
