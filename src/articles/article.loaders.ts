import { loaderById, loaderOfLists } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { articles, photos } from '../db/schema/index.js';

export function createArticleLoaders(db: Db) {
  return {
    articleById: loaderById(db, articles),
    photoById: loaderById(db, photos),
    photosByArticleId: loaderOfLists(db, photos, photos.articleId, [photos.id]),
  };
}
