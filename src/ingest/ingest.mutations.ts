import { Article } from '../articles/article.type.js';
import { builder } from '../builder.js';
import { mutationErrors } from '../graphql/errors.js';
import { loadOptional } from '../graphql/load.js';
import { ingestArticleFromInput } from './ingest.service.js';
import { FACT_TYPES, type FactCounts } from './store.js';

const IngestStatus = builder.enumType('IngestStatus', {
  description: 'What ingesting an article did.',
  values: {
    NEW: { description: 'The article was not stored before: it and its proposed facts were written.' },
    UPDATED: {
      description:
        'An article with this URL was stored with another text: the text was replaced and its proposed facts extracted again; curated and reviewed facts were kept.',
    },
    UNCHANGED: { description: 'An article with this URL or this exact text was stored already: nothing was written.' },
  },
});

const IngestedFacts = builder.objectRef<FactCounts>('IngestedFacts').implement({
  description: 'How many facts of each type an ingest wrote (all EXTRACTED and PROPOSED).',
  fields: (t) => ({
    roles: t.exposeInt('roles', { description: 'Titles given to people.' }),
    mentions: t.exposeInt('mentions', { description: 'Spans naming a person, organization or place.' }),
    statements: t.exposeInt('statements', { description: 'Direct quotes and reported speech.' }),
    casualtyReports: t.exposeInt('casualtyReports', { description: 'Casualty figures.' }),
    militaryDeployments: t.exposeInt('militaryDeployments', { description: 'Foreign military presences.' }),
    total: t.int({
      description: 'All facts written.',
      resolve: (c) => FACT_TYPES.reduce((sum, type) => sum + c[type], 0),
    }),
  }),
});

interface IngestArticlePayloadShape {
  status: 'NEW' | 'UPDATED' | 'UNCHANGED';
  articleId: number;
  counts: FactCounts;
}

const IngestArticlePayload = builder.objectRef<IngestArticlePayloadShape>('IngestArticlePayload').implement({
  description: 'The article an ingest wrote or found, with what the ingest did.',
  fields: (t) => ({
    status: t.field({ type: IngestStatus, description: 'What the ingest did.', resolve: (p) => p.status }),
    article: t.field({
      type: Article,
      description: 'The stored article, with its facts (the proposed ones among them).',
      resolve: async (p, _args, ctx) => {
        const article = await loadOptional(ctx.loaders.articleById, p.articleId);
        if (!article) throw new Error(`ingested article ${p.articleId} is gone`);
        return article;
      },
    }),
    facts: t.field({
      type: IngestedFacts,
      description: 'The facts this ingest wrote, by type.',
      resolve: (p) => p.counts,
    }),
  }),
});

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'One article to run through the extraction pipeline.',
  fields: (t) => ({
    body: t.string({
      required: true,
      description: 'The article text, or raw page text: page furniture and photo captions are cleaned out.',
    }),
    url: t.string({
      description: 'The article\'s URL (or URN). When absent, one is derived from the text: "urn:newsgraph:sha256:…".',
    }),
    title: t.string({ description: 'The headline; when absent, the first sentence of the text.' }),
    publishedAt: t.string({ description: 'Instant of publication, ISO 8601 (e.g. "2010-04-08T09:30:00Z").' }),
    publishedOn: t.string({
      description: 'Day of publication (YYYY-MM-DD), used when publishedAt is not given and the text names no day.',
    }),
    publisher: t.string({ description: 'Who published the article.' }),
    byline: t.string({ description: 'Who wrote the article.' }),
  }),
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticlePayload,
    description:
      'Runs an article through the extraction pipeline and stores it with its proposed facts (EXTRACTED, PROPOSED), in one transaction. Ingesting the same URL or text again changes nothing; a changed text re-extracts only the proposed facts. Answers a ValidationError naming the field for an empty or non-English text, a malformed URL or date, or an article with no known day.',
    authScopes: { editor: true },
    errors: mutationErrors('ingestArticle'),
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: 'The article.' }) },
    resolve: (_root, { input }, ctx) => ingestArticleFromInput(ctx, input),
  }),
);
