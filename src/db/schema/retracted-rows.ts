import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Which rows are retracted, by table: a copy of every `retracted_at IS NOT
 * NULL`, kept by triggers (drizzle/0006_retraction_triggers.sql). Reads test
 * a row's id against it rather than its retracted_at column: the id is in
 * every index, so a list or a count stays an index-only scan, and the table
 * is small (retractions are rare) and read once per statement.
 */
export const retractedRows = sqliteTable(
  'retracted_rows',
  {
    tableName: text('table_name').notNull(),
    rowId: integer('row_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tableName, t.rowId] })],
);
