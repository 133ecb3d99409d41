import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { RecordSpec } from '../curation/record-spec.js';
import { articles } from '../db/schema/index.js';
import { recordMutations } from '../graphql/edit-mutations.js';
import { Article } from './article.type.js';

export const articleSpec: RecordSpec = {
  type: 'Article',
  noun: 'article',
  fields: {
    url: { kind: 'string', required: true, description: 'Where the article was published (or a URN).' },
    title: { kind: 'string', required: true, description: 'The headline.' },
    body: {
      kind: 'string',
      required: true,
      description: 'The article text, without page furniture; evidence offsets point into it.',
    },
    publishedOn: { kind: 'date', required: true, description: 'The day of publication.' },
    publishedAt: { kind: 'datetime', description: 'The instant of publication, when the source gives a time.' },
    publisher: { kind: 'string', description: 'Who published it.' },
    byline: { kind: 'string', description: 'Who wrote it, as printed.' },
    dateline: { kind: 'ref', type: 'Place', column: 'datelinePlaceId', description: 'The place of the dateline.' },
    language: { kind: 'string', required: true, description: 'The language of the body (BCP 47, "en").' },
  },
  check: (row, issue, writer) => {
    const id = row.id as number | undefined;
    if (id !== undefined && row.body !== writer.read('Article', id)?.body) {
      const facts = writer.liveReferencesTo('Article', id).filter((r) => r.ref.cascade);
      if (facts.length) {
        issue('body', 'facts point into the body by offset: retract them before changing it, or leave it as it is');
      }
    }
    const sameUrl = writer.tx
      .select({ id: articles.id })
      .from(articles)
      .where(eq(articles.url, String(row.url)))
      .get();
    if (sameUrl && sameUrl.id !== id) issue('url', `another article already has this URL`);
    if (row.publishedAt != null && String(row.publishedAt).slice(0, 10) !== row.publishedOn) {
      issue('publishedAt', `falls on ${String(row.publishedAt).slice(0, 10)}, not on publishedOn ${row.publishedOn}`);
    }
  },
  derive: (row) => ({ contentHash: createHash('sha256').update(String(row.body)).digest('hex') }),
};

recordMutations(articleSpec, Article, 'article');
