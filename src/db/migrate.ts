import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './client.js';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Applies the migrations in drizzle/ that this database has not seen yet. */
export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** How many migrations the code ships and how many the database has applied. */
export function migrationState(db: Db): { expected: number; applied: number } {
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  const table = db.$client
    .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '__drizzle_migrations'")
    .pluck()
    .get() as number;
  const applied = table ? (db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number) : 0;
  return { expected: journal.entries.length, applied };
}
