import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { articlesAbout, linkedThrough, rowList } from '../db/pagination.js';
import {
  type ArticleRow,
  articles,
  casualtyReports,
  mentions,
  militaryDeployments,
  photos,
} from '../db/schema/index.js';

/** Newest first. */
export const articleList = rowList(articles, {
  columns: [articles.publishedOn, articles.id],
  descending: true,
  key: (r) => [r.publishedOn, r.id],
});

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
