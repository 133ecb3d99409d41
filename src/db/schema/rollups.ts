import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { casualtyCategories } from './casualties.js';
import { oneOf } from './columns.js';

/*
 * Rollups: figures the dashboards ask for, kept current by triggers
 * (drizzle/0016_rollup_triggers.sql, drizzle/0018_person_titles_triggers.sql) so that an aggregate over the whole
 * corpus reads a few thousand rows instead of every fact. Each holds only
 * what its live query would count: rejected facts and retracted rows are
 * left out. The aggregates fall back to their live query for the filters a
 * rollup cannot answer.
 */

/** Every place and each place it lies inside, itself included: the place tree, closed. */
export const placeAncestors = sqliteTable(
  'place_ancestors',
  {
    placeId: integer('place_id').notNull(),
    ancestorId: integer('ancestor_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.placeId, t.ancestorId] }),
    index('place_ancestors_ancestor_idx').on(t.ancestorId, t.placeId),
  ],
);

/**
 * The articles about a place or about any place inside it ("coverage of
 * Kyrgyzstan" includes an article about Bishkek), with the article's day;
 * `refs` counts the places of the article that put it there.
 */
export const placeCoverage = sqliteTable(
  'place_coverage',
  {
    placeId: integer('place_id').notNull(),
    articleId: integer('article_id').notNull(),
    publishedOn: text('published_on').notNull(),
    refs: integer('refs').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.placeId, t.articleId] }),
    index('place_coverage_article_idx').on(t.articleId, t.placeId),
    check('place_coverage_refs_check', sql`${t.refs} >= 0`),
  ],
);

/** How many readable articles cover a place (as place_coverage) on each day. */
export const placeCoverageDays = sqliteTable(
  'place_coverage_days',
  {
    placeId: integer('place_id').notNull(),
    day: text('day').notNull(),
    articleCount: integer('article_count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.placeId, t.day] }),
    check('place_coverage_days_count_check', sql`${t.articleCount} >= 0`),
  ],
);

/**
 * Counted statements per speaker and article. A speaker is a person or an
 * organization; 0 stands for "none" so that the key has no NULL in it
 * (unattributed statements are a bucket of their own).
 */
export const speakerArticles = sqliteTable(
  'speaker_articles',
  {
    speakerPersonId: integer('speaker_person_id').notNull(),
    speakerOrganizationId: integer('speaker_organization_id').notNull(),
    articleId: integer('article_id').notNull(),
    statementCount: integer('statement_count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.speakerPersonId, t.speakerOrganizationId, t.articleId] }),
    check('speaker_articles_count_check', sql`${t.statementCount} >= 0`),
  ],
);

/** Counted statements and the articles they come from, per speaker: "who is quoted most" is its top rows. */
export const speakerTotals = sqliteTable(
  'speaker_totals',
  {
    speakerPersonId: integer('speaker_person_id').notNull(),
    speakerOrganizationId: integer('speaker_organization_id').notNull(),
    statementCount: integer('statement_count').notNull(),
    articleCount: integer('article_count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.speakerPersonId, t.speakerOrganizationId] }),
    // The order statementStats ranks speakers in, so the top 20 are the index's first 20 entries.
    index('speaker_totals_most_quoted_idx').on(
      sql`${t.statementCount} DESC`,
      t.speakerPersonId,
      t.speakerOrganizationId,
      t.articleCount,
    ),
  ],
);

/**
 * One row per casualty incident: the counted reports of one event and
 * category, or a report without an event on its own (`incident` is the
 * event's id, or minus the report's). Where, when and `best` come from its
 * deciding (most recent) report; `low` and `high` span all its reports.
 */
export const casualtyIncidents = sqliteTable(
  'casualty_incidents',
  {
    incident: integer('incident').notNull(),
    category: text('category', { enum: casualtyCategories }).notNull(),
    eventId: integer('event_id'),
    placeId: integer('place_id'),
    day: text('day'),
    best: integer('best').notNull(),
    low: integer('low').notNull(),
    high: integer('high'),
    reportCount: integer('report_count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.incident, t.category] }),
    index('casualty_incidents_category_idx').on(
      t.category,
      t.day,
      t.placeId,
      t.eventId,
      t.best,
      t.low,
      t.high,
      t.reportCount,
    ),
    index('casualty_incidents_place_idx').on(t.placeId, t.category, t.day),
    check('casualty_incidents_category_check', oneOf(t.category, casualtyCategories)),
  ],
);

/**
 * The distinct roles of each person (title, qualifier, organization,
 * country) with the earliest readable fact stating each: a head of state is
 * called "President" in thousands of articles, and a page wants the title
 * once without reading the thousands. Absent parts are '' and 0, so the key
 * has no NULL in it.
 */
export const personTitles = sqliteTable(
  'person_titles',
  {
    personId: integer('person_id').notNull(),
    title: text('title').notNull(),
    qualifier: text('qualifier').notNull(),
    organizationId: integer('organization_id').notNull(),
    countryId: integer('country_id').notNull(),
    firstRoleId: integer('first_role_id').notNull(),
    roleCount: integer('role_count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.title, t.qualifier, t.organizationId, t.countryId] }),
    check('person_titles_count_check', sql`${t.roleCount} >= 0`),
  ],
);
