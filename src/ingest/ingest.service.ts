import type { Context } from '../context.js';
import { ValidationError } from '../errors.js';
import type { RawRecord } from './pipeline.js';
import type { FactCounts } from './store.js';

export interface IngestArticleInput extends RawRecord {
  publishedOn?: string | null;
}

function checkUrl(url: string | null | undefined) {
  if (url == null) return;
  let ok = false;
  try {
    ok = new URL(url).protocol.length > 1;
  } catch {}
  if (!ok) throw new ValidationError([{ path: ['url'], message: `"${url}" is not an absolute URL or URN` }]);
}

/**
 * Runs one article through the ingest pipeline and stores its proposed facts.
 * A record the pipeline refuses (no text, not English, no day) is the caller's
 * to fix: a ValidationError naming the field.
 */
// The pipeline's language data (compromise, chrono-node, the gazetteer, linkedom) adds ~80 MB to a
// process: a server loads it at its first ingest, not at start, so workers that never ingest never pay.
const pipeline = () => import('./pipeline.js');

export async function ingestArticleFromInput(
  ctx: Context,
  input: IngestArticleInput,
): Promise<{ status: 'NEW' | 'UPDATED' | 'UNCHANGED'; articleId: number; counts: FactCounts }> {
  checkUrl(input.url);
  if (input.publishedOn != null && !/^\d{4}-\d{2}-\d{2}$/.test(input.publishedOn)) {
    throw new ValidationError([{ path: ['publishedOn'], message: `"${input.publishedOn}" is not a day (YYYY-MM-DD)` }]);
  }
  const { ingestArticle } = await pipeline();
  const result = ingestArticle(ctx.db, input, {
    defaultPublishedOn: input.publishedOn ?? null,
    author: ctx.caller,
  });
  if (result.status === 'FAILED' || result.articleId === null) {
    throw new ValidationError([
      { path: [result.field ?? 'body'], message: result.reason ?? 'the pipeline refused it' },
    ]);
  }
  ctx.loaders.articleById.clear(result.articleId);
  return { status: result.status, articleId: result.articleId, counts: result.counts };
}
