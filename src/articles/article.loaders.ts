import { loaderById, loaderOfLists } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { articles, photos } from '../db/schema/index.js';

export function createArticleLoaders(db: Db) {
  return {
    articleById: loaderById(db, articles),
    /** Bodies alone, for evidence spans when the article rows at hand were read without them. */
    articleBodyById: loaderById(db, articles, {}, ['body']),
    photoById: loaderById(db, photos),
    photosByArticleId: loaderOfLists(db, photos, photos.articleId, [photos.id]),
  };
}
