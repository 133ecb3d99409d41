import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { allOf, condition, dayWithin, equals, PLACE_AND_INSIDE } from '../db/filters.js';
import { byColumns, orderedLists } from '../db/lists.js';
import { articlesAbout, linkedThrough } from '../db/pagination.js';
import {
  type ArticleRow,
  articles,
  casualtyReports,
  mentions,
  militaryDeployments,
  photos,
} from '../db/schema/index.js';

export const articleLists = orderedLists(articles, {
  NEWEST: byColumns(articles, [articles.publishedOn, articles.id], true),
  OLDEST: byColumns(articles, [articles.publishedOn, articles.id], false),
  MOST_CASUALTY_REPORTS: byColumns(articles, [articles.casualtyReportCount, articles.publishedOn, articles.id], true),
});

export interface ArticleFilter {
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
}

const about = (kind: string, ids: string) => (alias: string) =>
  `${alias}.id IN (SELECT s.article_id FROM article_subjects s WHERE s.subject_kind = '${kind}' AND s.subject_id IN (${ids}))`;

export function articleFilter(f: ArticleFilter) {
  return allOf([
    dayWithin((a) => `${a}.published_on`, f.from, f.to),
    f.personId !== undefined && condition(about('PERSON', '?'), f.personId),
    f.organizationId !== undefined && condition(about('ORGANIZATION', '?'), f.organizationId),
    f.placeId !== undefined && condition(about('PLACE', PLACE_AND_INSIDE), f.placeId),
    f.hasCasualtyReports != null &&
      condition((a) => `${a}.casualty_report_count ${f.hasCasualtyReports ? '>' : '='} 0`),
    f.hasMilitaryDeployments != null &&
      condition((a) => `${a}.military_deployment_count ${f.hasMilitaryDeployments ? '>' : '='} 0`),
    f.publisher !== undefined && equals(articles.publisher, f.publisher),
    f.language !== undefined && equals(articles.language, f.language),
  ]);
}

export function findArticleByUrl(db: Db, url: string): ArticleRow | null {
  return db.select().from(articles).where(eq(articles.url, url)).get() ?? null;
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
