import { Article } from '../articles/article.type.js';
import { builder, enumOf } from '../builder.js';
import type { Context } from '../context.js';
import { pageWindow } from '../db/pagination.js';
import { branded } from '../graphql/brand.js';
import { toConnection, totalCountOf } from '../graphql/connection.js';
import { loadRequired } from '../graphql/load.js';
import { Organization } from '../organizations/organization.type.js';
import { Person } from '../people/person.type.js';
import { Place } from '../places/place.type.js';
import { Statement } from '../statements/statement.type.js';
import {
  type SearchHit,
  searchCount,
  searchOrder,
  searchPage,
  searchTypes,
  toMatchExpression,
} from './search.service.js';

export const SearchType = enumOf<(typeof searchTypes)[number]>('SearchType', 'What a search can find.', {
  ARTICLE: 'Articles, by title and body (a title counts five times its body).',
  STATEMENT: 'Statements, by their words.',
  PERSON: 'People, by name and aliases.',
  ORGANIZATION: 'Organizations, by name.',
  PLACE: 'Places, by name.',
});

export const SearchResult = builder.unionType('SearchResult', {
  description: 'Something a search found.',
  types: [Article, Statement, Person, Organization, Place],
});

type Edge = { cursor: string; node: unknown; hit: SearchHit };

const SearchConnection = builder.connectionObject(
  {
    type: SearchResult,
    name: 'SearchConnection',
    description: 'A page of search hits, best first.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many hits the search has, over all pages.',
        resolve: (c) => totalCountOf(c),
      }),
    }),
  },
  {
    name: 'SearchHit',
    description: 'One hit: what was found, where its words matched, and how well.',
    fields: (t) => ({
      snippet: t.string({
        description:
          'The matching passage as HTML: the text escaped, each match in <mark>…</mark>, cuts marked with "…".',
        resolve: (edge) => (edge as unknown as Edge).hit.snippet,
      }),
      rank: t.float({
        description: 'How well it matched (SQLite FTS5 bm25): lower is better; comparable within one search.',
        resolve: (edge) => (edge as unknown as Edge).hit.rank,
      }),
      type: t.field({
        type: SearchType,
        description: 'What sort of thing it is.',
        resolve: (edge) => (edge as unknown as Edge).hit.type,
      }),
    }),
  },
);

function nodeOf(ctx: Context, hit: SearchHit) {
  const { loaders } = ctx;
  switch (hit.type) {
    case 'ARTICLE':
      return branded(loadRequired(loaders.articleById, hit.id), 'Article');
    case 'STATEMENT':
      return branded(loadRequired(loaders.statementById, hit.id), 'Statement');
    case 'PERSON':
      return branded(loadRequired(loaders.personById, hit.id), 'Person');
    case 'ORGANIZATION':
      return branded(loadRequired(loaders.organizationById, hit.id), 'Organization');
    case 'PLACE':
      return branded(loadRequired(loaders.placeById, hit.id), 'Place');
  }
}

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchResult,
      description:
        'Full-text search over articles, statements, people, organizations and places, best match first. Every word must match; the last may be the start of a word. Any text is a valid query: quotes and operators are searched as words.',
      args: {
        query: t.arg.string({ required: true, description: 'The words to find.' }),
        types: t.arg({
          type: [SearchType],
          description: 'What to search; everything when omitted.',
        }),
      },
      resolve: async (_root, args, ctx) => {
        const match = toMatchExpression(args.query);
        const types = args.types?.length ? [...new Set(args.types)] : [...searchTypes];
        const page = searchPage(ctx.db, match, types, pageWindow(args, searchOrder));
        const nodes = await Promise.all(page.rows.map((hit) => nodeOf(ctx, hit)));
        const connection = toConnection(page, () => searchCount(ctx.db, match, types));
        // Each edge keeps its hit (snippet, rank) beside the node it found.
        return {
          ...connection,
          edges: connection.edges.map((edge, i) => ({ cursor: edge.cursor, node: nodes[i] as never, hit: edge.node })),
        };
      },
    },
    SearchConnection,
  ),
}));
