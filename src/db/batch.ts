import DataLoader from 'dataloader';
import { asc, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.js';

type TableWithId = SQLiteTable & { id: SQLiteColumn };

/**
 * Batching and caching are on by default; the benchmark turns both off to
 * measure the resolvers as they would run without DataLoader (one query per load).
 */
export type LoaderOptions = Pick<DataLoader.Options<number, unknown>, 'batch' | 'cache'>;

/** Loads rows by primary key: one statement per batch, results in key order, null for a miss. */
export function loaderById<T extends TableWithId>(
  db: Db,
  table: T,
  options: LoaderOptions = {},
): DataLoader<number, T['$inferSelect'] | null> {
  return new DataLoader(async (ids) => {
    const rows = db
      .select()
      .from(table as SQLiteTable)
      .where(inArray(table.id, [...ids]))
      .all() as Array<T['$inferSelect'] & { id: number }>;
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
): DataLoader<number, T['$inferSelect'][]> {
  const prop = keyOf(table, column);
  return new DataLoader(async (keys) => {
    const rows = db
      .select()
      .from(table as SQLiteTable)
      .where(inArray(column, [...keys]))
      .orderBy(...orderBy.map((c) => asc(c)))
      .all() as Array<Record<string, unknown>>;
    const groups = new Map<number, T['$inferSelect'][]>(keys.map((k) => [k, []]));
    for (const row of rows) groups.get(row[prop] as number)?.push(row as T['$inferSelect']);
    return keys.map((k) => groups.get(k) ?? []);
  }, options);
}

/** The TypeScript key under which drizzle returns a column. */
function keyOf(table: SQLiteTable, column: SQLiteColumn): string {
  for (const [key, value] of Object.entries(table)) if (value === column) return key;
  throw new Error(`column ${column.name} is not in the table`);
}

/**
 * Loaders for connections under a parent (an article's statements), one per
 * field and argument set, so that every parent in a list shares one batch.
 */
export class ParentBatches {
  private readonly loaders = new Map<string, DataLoader<number, unknown>>();

  constructor(private readonly options: LoaderOptions = {}) {}

  load<V>(name: string, args: unknown, parentId: number, fetch: (parentIds: number[]) => Map<number, V>): Promise<V> {
    const key = `${name}:${JSON.stringify(args)}`;
    let loader = this.loaders.get(key) as DataLoader<number, V> | undefined;
    if (!loader) {
      loader = new DataLoader<number, V>(async (ids) => {
        const found = fetch([...ids]);
        return ids.map((id) => found.get(id) as V);
      }, this.options);
      this.loaders.set(key, loader as DataLoader<number, unknown>);
    }
    return loader.load(parentId);
  }
}
