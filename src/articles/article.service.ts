import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { linkedThrough, rowList } from '../db/pagination.js';
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
  return db.select().from(articles).where(eq(articles.url, url)).get() ?? null;
}

// Who and what an article is about: what its text names, and who took its photos or where.
export const peopleOfArticles = linkedThrough([
  [mentions.articleId, mentions.personId],
  [photos.articleId, photos.photographerId],
]);
export const articlesOfPeople = linkedThrough([
  [mentions.personId, mentions.articleId],
  [photos.photographerId, photos.articleId],
]);
export const organizationsOfArticles = linkedThrough([[mentions.articleId, mentions.organizationId]]);
export const articlesOfOrganizations = linkedThrough([[mentions.organizationId, mentions.articleId]]);
export const placesOfArticles = linkedThrough([
  [mentions.articleId, mentions.placeId],
  [photos.articleId, photos.placeId],
]);
export const articlesOfPlaces = linkedThrough([
  [mentions.placeId, mentions.articleId],
  [photos.placeId, photos.articleId],
]);
export const eventsOfArticles = linkedThrough([
  [mentions.articleId, mentions.eventId],
  [casualtyReports.articleId, casualtyReports.eventId],
  [militaryDeployments.articleId, militaryDeployments.eventId],
]);
export const articlesOfEvents = linkedThrough([
  [mentions.eventId, mentions.articleId],
  [casualtyReports.eventId, casualtyReports.articleId],
  [militaryDeployments.eventId, militaryDeployments.articleId],
]);
