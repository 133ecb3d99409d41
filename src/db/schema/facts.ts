import { sql } from 'drizzle-orm';
import { type AnySQLiteColumn, check, index, integer, real, type SQLiteColumn, text } from 'drizzle-orm/sqlite-core';
import { articles } from './articles.js';
import { createdAt, editableColumns, oneOf } from './columns.js';

export const factMethods = ['CURATED', 'EXTRACTED'] as const;
export const reviewStatuses = ['PROPOSED', 'CONFIRMED', 'REJECTED'] as const;

/**
 * Columns every fact shares: the article it rests on, the evidence span
 * (offsets into the article body), how it came to be and how far it is trusted.
 */
export const factColumns = () => ({
  articleId: integer('article_id')
    .notNull()
    .references((): AnySQLiteColumn => articles.id, { onDelete: 'cascade' }),
  evidenceStart: integer('evidence_start').notNull(),
  evidenceEnd: integer('evidence_end').notNull(),
  method: text('method', { enum: factMethods }).notNull(),
  reviewStatus: text('review_status', { enum: reviewStatuses }).notNull(),
  confidence: real('confidence').notNull(),
  createdAt: createdAt(),
  ...editableColumns(),
});

type FactColumns = {
  articleId: SQLiteColumn;
  evidenceStart: SQLiteColumn;
  evidenceEnd: SQLiteColumn;
  method: SQLiteColumn;
  reviewStatus: SQLiteColumn;
  confidence: SQLiteColumn;
};

/**
 * The day of the fact's article, copied in by triggers (drizzle/0013_fact_days_triggers.sql) so that a fact's
 * day, its own or else its article's, is one expression over one row (`factDay`) that an index
 * serves: reaching into articles for it costs a lookup in their wide rows per fact.
 */
export const articleDayColumn = () => ({ articleDay: text('article_day') });

/** The index on a fact's day, its own (`own`) or its article's, as `factDay` in db/filters.ts reads it. */
export function factDayIndex(name: string, own: SQLiteColumn, t: { articleDay: SQLiteColumn; id: SQLiteColumn }) {
  return index(name).on(sql`coalesce(${own}, ${t.articleDay})`, t.id);
}

/**
 * An index led by a foreign key and followed by the reading order of facts
 * (article, evidence start, then the rowid SQLite appends), so that a page of
 * one parent's facts is a range scan that stops at the page size.
 */
export function factsByParentIndex(name: string, column: SQLiteColumn, t: FactColumns) {
  return index(name).on(column, t.articleId, t.evidenceStart);
}

export function factConstraints(table: string, t: FactColumns) {
  return [
    index(`${table}_article_id_idx`).on(t.articleId, t.evidenceStart),
    check(`${table}_evidence_check`, sql`${t.evidenceStart} >= 0 AND ${t.evidenceEnd} > ${t.evidenceStart}`),
    check(`${table}_method_check`, oneOf(t.method, factMethods)),
    check(`${table}_review_status_check`, oneOf(t.reviewStatus, reviewStatuses)),
    check(`${table}_confidence_check`, sql`${t.confidence} >= 0 AND ${t.confidence} <= 1`),
  ];
}
