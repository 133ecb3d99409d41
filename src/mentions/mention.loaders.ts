import { loaderById, loaderOfLists } from '../db/batch.js';
import type { Db } from '../db/client.js';
import { mentions } from '../db/schema/index.js';

export function createMentionLoaders(db: Db) {
  return {
    mentionById: loaderById(db, mentions),
    mentionsByArticleId: loaderOfLists(db, mentions, mentions.articleId, [mentions.evidenceStart, mentions.id]),
  };
}
