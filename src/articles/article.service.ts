import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { allOf, condition, dayWithin, equals, PLACE_AND_INSIDE } from '../db/filters.js';
import { byColumns, orderedLists } from '../db/lists.js';
import type { Filter } from '../db/pagination.js';
import { articlesAbout, linkedThrough } from '../db/pagination.js';
import { queryValue, readableFrom } from '../db/reader.js';
import {
  type ArticleRow,
  articles,
  casualtyReports,
  mentions,
  militaryDeployments,
  photos,
  statements,
} from '../db/schema/index.js';

export const articleLists = orderedLists(articles, {
  NEWEST: byColumns(articles, [articles.publishedOn, articles.id], true),
  OLDEST: byColumns(articles, [articles.publishedOn, articles.id], false),
  MOST_CASUALTY_REPORTS: byColumns(articles, [articles.casualtyReportCount, articles.publishedOn, articles.id], true),
});

export interface ArticleCriteria {
  /** Days of publication, either end open. */
  from?: string;
  to?: string;
  personId?: number;
  organizationId?: number;
  /** A place: articles about it or about any place inside it. */
  placeId?: number;
  hasCasualtyReports?: boolean;
  hasMilitaryDeployments?: boolean;
  publisher?: string;
  language?: string;
  /** Only articles with at least one statement this filter (over statements) lets through. */
  hasStatement?: Filter;
}

type SubjectKind = 'PERSON' | 'ORGANIZATION' | 'PLACE';

// How many articles are about a subject, from the counts triggers keep: for a place with the places
// inside it, an upper bound (an article may name several of them).
const ARTICLES_ABOUT: Record<SubjectKind, string> = {
  PERSON: 'SELECT article_count FROM people WHERE id = ?',
  ORGANIZATION: 'SELECT article_count FROM organizations WHERE id = ?',
  PLACE: `SELECT sum(article_count) FROM places WHERE id IN (${PLACE_AND_INSIDE})`,
};

// Where the articles about each kind of subject are listed, under the alias `s` with its article_id:
// a place's list (place_coverage, kept by triggers) holds the articles about any place inside it too.
const ABOUT_LISTS: Record<SubjectKind, string> = {
  PERSON: "article_subjects s WHERE s.subject_kind = 'PERSON' AND s.subject_id = ?",
  ORGANIZATION: "article_subjects s WHERE s.subject_kind = 'ORGANIZATION' AND s.subject_id = ?",
  PLACE: 'place_coverage s WHERE s.place_id = ?',
};

/**
 * Articles about a subject (for a place, about it or any place inside it). Two ways to the same rows:
 * gathering the subject's articles from its list costs what their number costs, so it serves counts
 * and rare subjects; checking article by article along the list's order stops at the page, so it
 * serves a page of a common subject. For a page the two cost the same when the subject is in about
 * sqrt(50 × all articles) of them.
 */
function aboutSubject(db: Db, kind: SubjectKind, id: number): Filter {
  // Only a page needs to know whether the subject is common; a count always gathers.
  let common: boolean | undefined;
  const isCommon = () => {
    if (common === undefined) {
      const about = queryValue<number | null>(db, ARTICLES_ABOUT[kind], [id]) ?? 0;
      const all = queryValue<number | null>(db, 'SELECT max(id) FROM articles', []) ?? 0;
      common = about * about > 50 * all;
    }
    return common;
  };
  return (alias, counting) =>
    !counting && isCommon()
      ? { sql: `EXISTS (SELECT 1 FROM ${ABOUT_LISTS[kind]} AND s.article_id = ${alias}.id)`, params: [id] }
      : { sql: `${alias}.id IN (SELECT s.article_id FROM ${ABOUT_LISTS[kind]})`, params: [id] };
}

/** Articles with a statement that a statement filter lets through ("quotes Bakiyev saying ..."). */
function withStatement(statementFilter: Filter): Filter {
  return (alias) => {
    const where = statementFilter('s', true);
    return {
      sql: `${alias}.id IN (SELECT s.article_id FROM ${readableFrom(statements)} s WHERE ${where.sql})`,
      params: where.params,
    };
  };
}

export function articleFilter(db: Db, f: ArticleCriteria) {
  return allOf([
    dayWithin((a) => `${a}.published_on`, f.from, f.to),
    f.personId !== undefined && aboutSubject(db, 'PERSON', f.personId),
    f.organizationId !== undefined && aboutSubject(db, 'ORGANIZATION', f.organizationId),
    f.placeId !== undefined && aboutSubject(db, 'PLACE', f.placeId),
    f.hasCasualtyReports != null &&
      condition((a) => `${a}.casualty_report_count ${f.hasCasualtyReports ? '>' : '='} 0`),
    f.hasMilitaryDeployments != null &&
      condition((a) => `${a}.military_deployment_count ${f.hasMilitaryDeployments ? '>' : '='} 0`),
    f.publisher !== undefined && equals(articles.publisher, f.publisher),
    f.language !== undefined && equals(articles.language, f.language),
    f.hasStatement !== undefined && withStatement(f.hasStatement),
  ]);
}

export function findArticleByUrl(db: Db, url: string): ArticleRow | null {
  return (
    db
      .select()
      .from(articles)
      .where(and(eq(articles.url, url), isNull(articles.retractedAt)))
      .get() ?? null
  );
}

// Who and what an article is about: what its text names, who took its photos and where; and, the
// other way, the articles about each (kept in article_subjects by triggers on the same rows).
export const peopleOfArticles = linkedThrough([
  [mentions.articleId, mentions.personId],
  [photos.articleId, photos.photographerId],
]);
export const articlesOfPeople = articlesAbout('PERSON');
export const organizationsOfArticles = linkedThrough([[mentions.articleId, mentions.organizationId]]);
export const articlesOfOrganizations = articlesAbout('ORGANIZATION');
export const placesOfArticles = linkedThrough([
  [mentions.articleId, mentions.placeId],
  [photos.articleId, photos.placeId],
]);
export const articlesOfPlaces = articlesAbout('PLACE');
export const eventsOfArticles = linkedThrough([
  [mentions.articleId, mentions.eventId],
  [casualtyReports.articleId, casualtyReports.eventId],
  [militaryDeployments.articleId, militaryDeployments.eventId],
]);
export const articlesOfEvents = articlesAbout('EVENT');
