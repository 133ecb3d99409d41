import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { articles } from './articles.js';
import { oneOf } from './columns.js';

export const subjectKinds = ['PERSON', 'ORGANIZATION', 'PLACE', 'EVENT'] as const;

/**
 * Which articles concern which person, organization, place or event, with the
 * article's day copied in: an index over (subject, day, article) makes "the
 * newest articles about X" a range scan however many articles X is in.
 * Derived data, kept by triggers (drizzle/0002_article_subjects_triggers.sql) from
 * mentions, photo credits and places, and the events of casualty reports and
 * deployments; `refs` counts the rows that link the pair.
 */
export const articleSubjects = sqliteTable(
  'article_subjects',
  {
    subjectKind: text('subject_kind', { enum: subjectKinds }).notNull(),
    subjectId: integer('subject_id').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    publishedOn: text('published_on').notNull(),
    refs: integer('refs').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.subjectKind, t.subjectId, t.articleId] }),
    index('article_subjects_newest_idx').on(t.subjectKind, t.subjectId, t.publishedOn, t.articleId),
    // Led by article_id (the foreign key); covers "is this article about X" probes.
    index('article_subjects_article_id_idx').on(t.articleId, t.subjectKind, t.subjectId),
    check('article_subjects_kind_check', oneOf(t.subjectKind, subjectKinds)),
    // 0 only for the moment between a trigger's decrement and its delete of the row.
    check('article_subjects_refs_check', sql`${t.refs} >= 0`),
  ],
);
