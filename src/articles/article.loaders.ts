import { type LoaderOptions, loaderById, loaderOfLists } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { articles, photos } from '../db/schema/index.js';

export function createArticleLoaders(db: Db, options: LoaderOptions = {}) {
  return {
    articleById: loaderById(db, articles, options),
    photoById: loaderById(db, photos, options),
    photosByArticleId: loaderOfLists(db, photos, photos.articleId, [photos.id], options),
  };
}
