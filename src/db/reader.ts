import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.js';

/**
 * The read path runs hand-built SQL as prepared statements kept per
 * connection, rather than building each query anew through drizzle: on a list
 * traversal that building and drizzle's row mapping cost more than SQLite
 * itself. Columns are selected under their TypeScript keys, so rows come back
 * in the shape of `table.$inferSelect` with no mapping.
 */

export function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

// Only columns whose stored value is their TypeScript value can skip drizzle's mapping.
const PLAIN_COLUMN_TYPES = new Set(['SQLiteInteger', 'SQLiteText', 'SQLiteReal']);

/**
 * Columns a query may read instead of all of a table's: the row keys a
 * request's fields need. Null means every column.
 */
export type ColumnKeys = ReadonlySet<string> | null;

const signatures = new WeakMap<ReadonlySet<string>, string>();

/** A short name of a set of columns, the same for equal sets: reads of different columns must not share a batch. */
export function columnsSignature(keys: ColumnKeys): string {
  if (!keys) return '*';
  let signature = signatures.get(keys);
  if (signature === undefined) {
    signature = [...keys].sort().join(',');
    signatures.set(keys, signature);
  }
  return signature;
}

interface TableReader {
  /** The select list of the table under `alias`, every column or only `keys` (and id). */
  selectList: (alias: string, keys?: ColumnKeys) => string;
  /** The prototype of rows read with only `keys`: reading a column left out throws. */
  partialRow: (keys: ReadonlySet<string>) => object;
  keyOf: Map<SQLiteColumn, string>;
}

const readers = new WeakMap<SQLiteTable, TableReader>();

export function reader(table: SQLiteTable): TableReader {
  let found = readers.get(table);
  if (!found) {
    const columns = Object.entries(getTableColumns(table));
    for (const [key, column] of columns) {
      if (!PLAIN_COLUMN_TYPES.has(column.columnType)) {
        throw new Error(`column ${key} (${column.columnType}) needs mapping; read it through drizzle`);
      }
    }
    const keyOf = new Map(columns.map(([key, column]) => [column as SQLiteColumn, key]));
    const name = getTableName(table);
    const lists = new Map<string, string>();
    const selectList = (alias: string, keys: ColumnKeys = null) => {
      const cacheKey = `${alias}:${columnsSignature(keys)}`;
      let list = lists.get(cacheKey);
      if (list === undefined) {
        list = columns
          .filter(([key]) => !keys || key === 'id' || keys.has(key))
          .map(([key, c]) => `${alias}.${quoted(c.name)} AS ${quoted(key)}`)
          .join(', ');
        lists.set(cacheKey, list);
      }
      return list;
    };
    const prototypes = new Map<string, object>();
    const partialRow = (keys: ReadonlySet<string>) => {
      const cacheKey = columnsSignature(keys);
      let prototype = prototypes.get(cacheKey);
      if (!prototype) {
        const left = columns.filter(([key]) => key !== 'id' && !keys.has(key));
        prototype = Object.defineProperties(
          {},
          Object.fromEntries(
            left.map(([key]) => [
              key,
              {
                get() {
                  throw new Error(`${name}.${key} was not read: the field that uses it must list it in its reads`);
                },
              },
            ]),
          ),
        );
        prototypes.set(cacheKey, prototype);
      }
      return prototype;
    };
    found = { selectList, partialRow, keyOf };
    readers.set(table, found);
  }
  return found;
}

/**
 * What the read path selects from instead of a table: the table without its
 * retracted rows. This is the one place retraction is applied to reads; every
 * list, count, loader and link goes through it. SQLite flattens the subquery
 * into the query that uses it, and the test is on the id against the small
 * retracted_rows table (db/schema/retracted-rows.ts), not on retracted_at, so
 * an index that served a list or a count still serves it alone.
 */
export function readableFrom(table: SQLiteTable): string {
  const name = getTableName(table);
  if (!('retractedAt' in getTableColumns(table))) return quoted(name);
  return `(SELECT * FROM ${quoted(name)} WHERE "id" NOT IN (SELECT "row_id" FROM "retracted_rows" WHERE "table_name" = '${name}'))`;
}

/** The TypeScript key of a column in its table's rows. */
export function keyOf(table: SQLiteTable, column: SQLiteColumn): string {
  const key = reader(table).keyOf.get(column);
  if (!key) throw new Error(`column ${column.name} is not in the table`);
  return key;
}

// The connection keeps prepared statements (db/client.ts), so preparing again is a lookup.
function statementOf(db: Db, sql: string): Database.Statement {
  db.$onQuery(sql);
  return db.$client.prepare(sql);
}

type RowOf = (values: unknown[]) => unknown;
const rowMakers = new WeakMap<Database.Statement, { columns: string; make: RowOf }>();

/**
 * A function that makes a statement's rows from their values, written for
 * its columns: better-sqlite3 sets each column on a fresh object one by one,
 * which for a page of wide rows costs twice what reading the values as
 * arrays and building the objects from one shape does. Rows of a partial
 * read get the prototype that guards the columns left out.
 */
function rowMakerOf(statement: Database.Statement, prototype?: object): RowOf {
  // Checked on every call: a migration can change what a statement's `*` stands for.
  const names = statement.columns().map((c) => c.name);
  const columns = names.join('\u0000');
  let maker = rowMakers.get(statement);
  if (maker?.columns !== columns) {
    const make = prototype
      ? (new Function(
          'P',
          `function Row(v) { ${names.map((name, i) => `this[${JSON.stringify(name)}] = v[${i}];`).join(' ')} }
           Row.prototype = P;
           return (v) => new Row(v);`,
        )(prototype) as RowOf)
      : (new Function(
          'v',
          `return { ${names.map((name, i) => `${JSON.stringify(name)}: v[${i}]`).join(', ')} };`,
        ) as RowOf);
    maker = { columns, make };
    rowMakers.set(statement, maker);
  }
  return maker.make;
}

/** Rows of `sql`; `partial`, the prototype of rows that leave columns out (`TableReader.partialRow`). */
export function queryAll<R>(db: Db, sql: string, params: unknown[], partial?: object): R[] {
  const statement = statementOf(db, sql);
  const make = rowMakerOf(statement, partial);
  return (statement.raw(true).all(...params) as unknown[][]).map(make) as R[];
}

export function queryValue<R>(db: Db, sql: string, params: unknown[]): R {
  return statementOf(db, sql)
    .pluck()
    .get(...params) as R;
}
