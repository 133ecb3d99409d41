import { Article } from '../articles/article.type.js';
import { builder, enumOf, Fact } from '../builder.js';
import type { RowLoader } from '../db/batch.js';
import type { countQualifiers, factMethods, reviewStatuses } from '../db/schema/index.js';
import { CEILING, FEW_CASES, UNMEASURED } from '../ingest/rules.js';
import { reads } from './columns-read.js';
import { loadRequired } from './load.js';

export const FactMethod = enumOf<(typeof factMethods)[number]>('FactMethod', 'How a fact came into the graph.', {
  CURATED: 'An editor entered or corrected it.',
  EXTRACTED: 'The extractor proposed it from the article text.',
});

export const ReviewStatus = enumOf<(typeof reviewStatuses)[number]>(
  'ReviewStatus',
  'Where a fact stands in editorial review.',
  {
    PROPOSED: 'Not yet reviewed.',
    CONFIRMED: 'An editor confirmed it against the article.',
    REJECTED: 'An editor found that the article does not support it.',
  },
);

export const CountQualifier = enumOf<(typeof countQualifiers)[number]>(
  'CountQualifier',
  'How exact a stated number is, as the article words it.',
  {
    EXACT: 'The number as stated ("75 people").',
    AT_LEAST: 'A lower bound ("at least 75").',
    MORE_THAN: 'A strict lower bound ("more than 75").',
    AT_MOST: 'An upper bound ("at most 75").',
    APPROXIMATELY: 'An estimate ("about 150", "around 150").',
    UP_TO: 'An upper estimate ("up to 150").',
  },
);

export interface TextSpanShape {
  text: string;
  start: number;
  end: number;
}

export const TextSpan = builder.objectRef<TextSpanShape>('TextSpan').implement({
  description: 'A span of an article body: the exact text and its character offsets.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The text of the span, exactly as in the article body.' }),
    start: t.exposeInt('start', {
      description:
        'Offset of the first character in the article body, in UTF-16 code units (as JavaScript indexes strings).',
    }),
    end: t.exposeInt('end', { description: 'Offset one past the last character of the span.' }),
  }),
});

/** The span [start, end) of the body of article `articleId`. */
export function spanOf(
  loaders: { articleById: RowLoader<{ body: string } | null>; articleBodyById: RowLoader<{ body: string } | null> },
  articleId: number,
  start: number,
  end: number,
): TextSpanShape | Promise<TextSpanShape> {
  const known = loaders.articleById.peek(articleId) ?? loaders.articleBodyById.peek(articleId);
  if (known) return { text: known.body.slice(start, end), start, end };
  return loaders.articleBodyById
    .load(articleId)
    .then((article) => ({ text: article ? article.body.slice(start, end) : '', start, end }));
}

Fact.implement({
  interfaces: [builder.nodeInterfaceRef()],
  description: 'Something an article states, tied to the span of text it rests on.',
  fields: (t) => ({
    article: t.field({
      type: Article,
      description: 'The article that states this fact.',
      ...reads('articleId'),
      resolve: (fact, _args, ctx) => loadRequired(ctx.loaders.articleById, fact.articleId),
    }),
    evidence: t.field({
      type: TextSpan,
      description: 'The exact span of the article body this fact rests on.',
      ...reads('articleId', 'evidenceStart', 'evidenceEnd'),
      resolve: (fact, _args, ctx) => spanOf(ctx.loaders, fact.articleId, fact.evidenceStart, fact.evidenceEnd),
    }),
    method: t.expose('method', {
      type: FactMethod,
      description: 'Whether an editor curated this fact or the extractor proposed it.',
    }),
    reviewStatus: t.expose('reviewStatus', {
      type: ReviewStatus,
      description: 'Where this fact stands in editorial review.',
    }),
    confidence: t.exposeFloat('confidence', {
      description:
        "How far the fact is trusted, from 0 to 1: for an extracted fact, its extraction rule's precision as measured on annotated articles; 1 for curated facts.",
    }),
  }),
});

/** What a fact list's `minConfidence` filter means, the same for every kind of fact. */
export const MIN_CONFIDENCE = `Only facts at least this confident, from 0 to 1. An extracted fact's confidence is its extraction rule's precision as measured on annotated articles, rounded down to a multiple of 0.05 and at most ${CEILING} (${UNMEASURED} for a rule seen fewer than ${FEW_CASES} times); a curated fact's is 1.`;
