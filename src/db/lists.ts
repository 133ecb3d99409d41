import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { rowList } from './pagination.js';

type FactTable = Parameters<typeof rowList>[0] & {
  articleId: SQLiteColumn;
  evidenceStart: SQLiteColumn;
};

/** Facts in reading order: by article, then by where their evidence starts. */
export function factList<T extends FactTable>(table: T) {
  return rowList(table, {
    columns: [table.articleId, table.evidenceStart, table.id],
    descending: false,
    key: (r) => [r.articleId as number, r.evidenceStart as number, r.id as number],
  });
}

/** Entities by name, ties broken by id. */
export function namedList<T extends Parameters<typeof rowList>[0] & { name: SQLiteColumn }>(table: T) {
  return rowList(table, {
    columns: [table.name, table.id],
    descending: false,
    key: (r) => [r.name as string, r.id as number],
  });
}
