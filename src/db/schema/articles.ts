import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, editableColumns, isoDate } from './columns.js';
import { places } from './places.js';

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey(),
    url: text('url').notNull().unique('articles_url_unique'),
    title: text('title').notNull(),
    /** The article text without page furniture or photo captions; evidence offsets point into it. */
    body: text('body').notNull(),
    /** Day of publication (YYYY-MM-DD), always known. */
    publishedOn: text('published_on').notNull(),
    /** Instant of publication (ISO 8601, UTC) when the source gives a time. */
    publishedAt: text('published_at'),
    publisher: text('publisher'),
    byline: text('byline'),
    datelinePlaceId: integer('dateline_place_id').references(() => places.id),
    language: text('language').notNull(),
    /** SHA-256 of the body, hex; tells a re-ingested article whether it changed. */
    contentHash: text('content_hash').notNull(),
    createdAt: createdAt(),
    /** How many casualty reports the article has. Kept by triggers (drizzle/0006_list_orderings_triggers.sql and, for retractions, 0010); orders lists by it. */
    casualtyReportCount: integer('casualty_report_count').notNull().default(0),
    /** How many military deployments the article reports. Kept by triggers, like casualtyReportCount. */
    militaryDeploymentCount: integer('military_deployment_count').notNull().default(0),
    ...editableColumns(),
  },
  (t) => [
    index('articles_published_on_idx').on(t.publishedOn, t.id),
    index('articles_dateline_place_id_idx').on(t.datelinePlaceId),
    // Filters by publisher and by language, in the list's newest-first order.
    index('articles_publisher_idx').on(t.publisher, t.publishedOn, t.id),
    index('articles_language_idx').on(t.language, t.publishedOn, t.id),
    index('articles_most_casualty_reports_idx').on(t.casualtyReportCount, t.publishedOn, t.id),
    index('articles_military_deployments_idx').on(t.militaryDeploymentCount, t.publishedOn, t.id),
    // Ingest asks whether an article with the same text is stored already, under any url.
    index('articles_content_hash_idx').on(t.contentHash),
    check('articles_published_on_check', isoDate(t.publishedOn)),
    check('articles_published_at_check', sql`${t.publishedAt} IS NULL OR julianday(${t.publishedAt}) IS NOT NULL`),
    check('articles_body_check', sql`length(${t.body}) > 0`),
    check('articles_content_hash_check', sql`length(${t.contentHash}) = 64`),
  ],
);

export type ArticleRow = typeof articles.$inferSelect;
