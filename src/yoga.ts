import { useEngine } from '@envelop/core';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { type ExecutionArgs, execute, type GraphQLError, getOperationAST, parse, subscribe } from 'graphql';
import { createGraphQLError, createYoga } from 'graphql-yoga';
import { DEFAULT_CONFIG, type ServiceConfig } from './config.js';
import { type Context, createContext } from './context.js';
import type { Db } from './db/client.js';
import { AppError } from './errors.js';
import { LIMITS, limitPlugins } from './graphql/limits.js';
import { persistedOperations } from './graphql/persisted-operations.js';
import { useResponseCache } from './graphql/response-cache.js';
import { TRAVERSAL_QUERY } from './graphql/traversal-query.js';
import { ChangeFeed } from './live/change-feed.js';
import { createLogger, type Logger, yogaLogger } from './ops/logger.js';
import { createMetrics } from './ops/metrics.js';
import { useObservability } from './ops/observability.js';
import { useRateLimit } from './ops/rate-limit.js';
import { schema } from './schema.js';

/**
 * The one place errors become GraphQL errors: an AppError keeps its message
 * and its `extensions.code`; anything else is a bug and is masked. Errors are
 * recognised by shape, not `instanceof GraphQLError`: the executor may load
 * graphql's other module build, whose class is a different one.
 */
export function maskError(error: unknown): Error {
  const graphqlError = isGraphQLError(error) ? error : undefined;
  const original = graphqlError ? graphqlError.originalError : error;
  const at = { nodes: graphqlError?.nodes, path: graphqlError?.path };
  if (original instanceof AppError) {
    // The executor has already copied the AppError's extensions (its code) onto the GraphQL error.
    // Returning that same error tells yoga it was expected, so it is not logged as a failure.
    return graphqlError ?? createGraphQLError(original.message, { ...at, extensions: original.extensions });
  }
  if (graphqlError && !graphqlError.originalError) return graphqlError;
  // A variable whose value does not fit its type: graphql-js wraps the reason (itself a GraphQLError)
  // in the error naming the variable. The caller sent it, so it is theirs to fix, not a bug.
  if (graphqlError && isGraphQLError(original)) {
    return createGraphQLError(graphqlError.message, { ...at, extensions: { code: 'BAD_USER_INPUT' } });
  }
  return createGraphQLError('Unexpected error.', { ...at, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/**
 * graphql-jit 0.8 refuses an operation that leaves out a variable with a
 * default value, where the spec says the default applies, and its subscribe
 * coerces variables that are already coerced (an enum's value is not its
 * name); graphql-js runs those.
 */
function jitCan({ document, operationName, variableValues }: ExecutionArgs): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation === 'subscription') return false;
  const definitions = operation.variableDefinitions ?? [];
  return definitions.every((d) => !d.defaultValue || variableValues?.[d.variable.name.value] !== undefined);
}

function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/**
 * Builds the GraphQL server; tests call `yoga.fetch` on it without opening a port.
 * `changes` follows the change log for subscriptions; the caller closes it when draining.
 */
export function createYogaServer({
  db,
  config = DEFAULT_CONFIG,
  logger = createLogger(),
  changes = new ChangeFeed(db, { intervalMs: config.livePollMs, maxSubscribers: config.maxSubscriptions }),
}: {
  db: Db;
  config?: ServiceConfig;
  logger?: Logger;
  changes?: ChangeFeed;
}) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) =>
      createContext(db, {
        authorization: request.headers.get('authorization'),
        publicRead: config.publicRead,
        changes,
      }),
    maskedErrors: { maskError },
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: yogaLogger(logger),
    cors: { origin: config.corsOrigins, methods: ['GET', 'POST'] },
    // graphql-js's own executor keeps response fields in selection order, as the spec asks; yoga's
    // default executor puts synchronous fields before those that wait on a loader. graphql-jit, which
    // compiles each operation once and runs it about a quarter faster, keeps that order too, and
    // takes over from graphql-js wherever it follows the spec (see jitCan).
    plugins: [
      useObservability({ db, logger, metrics: createMetrics(), requestTimeoutMs: config.requestTimeoutMs }),
      useRateLimit(config),
      ...persistedOperations(config.persistedOperationsFile, config.persistedOperationsOnly),
      // After the persisted operations, so that the cache keys the query text they stand for.
      ...(config.responseCacheTtlMs > 0 ? [useResponseCache(db, config.responseCacheTtlMs)] : []),
      useEngine({
        execute,
        subscribe,
        parse: (source, options) => parse(source, { ...options, maxTokens: LIMITS.maxTokens }),
      }),
      useGraphQlJit({}, { enableIf: jitCan }),
      // A browser form or a GET without this header cannot run an operation: no cross-site request forgery.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      ...(config.introspection ? [] : [useDisableIntrospection()]),
      ...limitPlugins(),
    ],
    batching: { limit: LIMITS.maxBatch },
    // GraphiQL ships as a 9 MB bundle; loading it only when a browser asks keeps ~80 MB out of a
    // server that only answers clients.
    // Yoga's GraphiQL page reads its first query from `query` and ignores `defaultQuery`, so the
    // traversal query goes in both (a browser test holds GraphiQL to it).
    renderGraphiQL: async (options) =>
      (await import('@graphql-yoga/render-graphiql')).renderGraphiQL({
        ...options,
        query: options.defaultQuery,
      } as typeof options),
    graphiql: { title: 'newsgraph', defaultQuery: TRAVERSAL_QUERY },
  });
}
