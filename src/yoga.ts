import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { type Context, createContext } from './context.js';
import type { Db } from './db/client.js';
import { AppError } from './errors.js';
import { TRAVERSAL_QUERY } from './graphql/traversal-query.js';
import { schema } from './schema.js';

/**
 * The one place errors become GraphQL errors: an AppError keeps its message
 * and gains `extensions.code`; anything else is a bug and is masked.
 */
export function maskError(error: unknown): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof AppError) {
    return new GraphQLError(original.message, {
      nodes: error instanceof GraphQLError ? error.nodes : undefined,
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: original.code, ...original.details },
    });
  }
  if (error instanceof GraphQLError && !error.originalError) return error;
  return new GraphQLError('Unexpected error.', {
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** Builds the GraphQL server; tests call `yoga.fetch` on it without opening a port. */
export function createYogaServer({ db }: { db: Db }) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: () => createContext(db),
    maskedErrors: { maskError },
    graphqlEndpoint: '/graphql',
    landingPage: false,
    renderGraphiQL,
    graphiql: { title: 'newsgraph', defaultQuery: TRAVERSAL_QUERY },
  });
}
