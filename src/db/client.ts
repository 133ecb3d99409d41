import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { AppError, StartupError } from '../errors.js';
import { requestScope } from '../ops/request-scope.js';
import * as schema from './schema/index.js';

export type Db = BetterSQLite3Database<typeof schema> & {
  $client: Database.Database;
  /** Counts a statement that bypasses drizzle (db/reader.ts), as drizzle's logger counts the others. */
  $onQuery: (sql: string) => void;
};

export interface OpenOptions {
  /** Called with every SQL statement the data layer runs (tests count them). */
  onQuery?: (sql: string) => void;
}

const KEPT_STATEMENTS = 1000;

/**
 * Keeps prepared statements by their SQL text, the most recently used
 * first. drizzle prepares every query afresh, and SQLite compiles a table's
 * triggers into each insert it prepares: without this, preparing was a third
 * of an ingest's time. A statement handed out again has its result mode
 * (raw, pluck, expand) reset, as a fresh one would.
 */
function keepStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement) {
      kept.delete(source);
      if (statement.reader) statement.raw(false).pluck(false).expand(false);
    } else {
      statement = prepare(source);
      if (kept.size >= KEPT_STATEMENTS) kept.delete(kept.keys().next().value as string);
    }
    kept.set(source, statement);
    return statement;
  }) as typeof sqlite.prepare;
}

/**
 * Opens (creating if needed) the SQLite file with WAL, foreign keys and a busy
 * timeout. Any reason the file cannot serve (unreadable, not a database,
 * read-only) becomes a StartupError naming the path, before a port is opened.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let sqlite: Database.Database | undefined;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    sqlite = new Database(file);
    keepStatements(sqlite);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    // Touch the schema and take a write lock so that a corrupt or read-only file fails now, not mid-request.
    sqlite.prepare('SELECT count(*) FROM sqlite_schema').get();
    sqlite.exec('BEGIN IMMEDIATE; COMMIT');
  } catch (error) {
    sqlite?.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`cannot use database ${file}: ${reason}`);
  }
  const { onQuery } = options;
  // Every statement, through drizzle or the read path, is counted for the request that runs it;
  // and a request past its time limit runs no more: SQLite cannot stop a statement, but every
  // statement here is bounded by a page size, so the limit holds to within one of them.
  const countQuery = (query: string) => {
    const scope = requestScope.getStore();
    if (scope?.active) {
      if (performance.now() >= scope.deadline) {
        throw new AppError(
          'REQUEST_TIMEOUT',
          'The request ran out of time; ask for smaller pages or fewer connections.',
        );
      }
      scope.sqlStatements++;
    }
    onQuery?.(query);
  };
  const db = drizzle({ client: sqlite, schema, logger: { logQuery: countQuery } }) as Db;
  db.$onQuery = countQuery;
  return db;
}
