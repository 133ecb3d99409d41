import { type SQL, sql } from 'drizzle-orm';
import { integer, type SQLiteColumn, text } from 'drizzle-orm/sqlite-core';

/** CHECK (column IN (...)) from the same tuple that types the column, so the two cannot drift. */
export function oneOf(column: SQLiteColumn, values: readonly string[]): SQL {
  return sql`${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;
}

export const countQualifiers = ['EXACT', 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'APPROXIMATELY', 'UP_TO'] as const;

export const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`);

/** A date column holding YYYY-MM-DD; the CHECK keeps out anything SQLite would not read as that day. */
export function isoDate(column: SQLiteColumn): SQL {
  return sql`${column} IS NULL OR (length(${column}) = 10 AND date(${column}) = ${column})`;
}

/**
 * Columns of every record an editor can change: the revision an update must
 * name (so no edit silently overwrites another), and when it was retracted.
 * A retracted row stays (its history points at it) but no read returns it.
 */
export const editableColumns = () => ({
  revision: integer('revision').notNull().default(1),
  retractedAt: text('retracted_at'),
});
