import type { Plugin } from '@envelop/core';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { complexityFromQuery, type FieldComplexityValue } from '@pothos/plugin-complexity';
import {
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLField,
  getNullableType,
  isListType,
  type ValidationContext,
} from 'graphql';
import { createGraphQLError, type Plugin as YogaPlugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE } from '../db/pagination.js';
import { AppError } from '../errors.js';

/**
 * What one request may ask for. Every limit is checked before any resolver
 * runs, and each refusal says which limit it hit and by how much.
 */
export const LIMITS = {
  /** Cost budget: a field costs 1, and a connection's selection counts once per item it may return. */
  maxCost: 200_000,
  /** Nesting of selections. */
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  /** Lexical tokens in the query text, checked while parsing. */
  maxTokens: 5_000,
  /** Bytes of a request body. */
  maxBodyBytes: 100_000,
  /** Operations in one batched request (a JSON array). */
  maxBatch: 10,
  /** How many times a plain list field's selection counts (a person's roles, an article's photos). */
  listMultiplier: 10,
};

/**
 * The cost of a field, as GitHub counts nodes: a connection multiplies its
 * selection by `first` or `last` (20 when neither is given); its `edges` are
 * that page, so they count once; other lists count their selection ten times.
 */
export function fieldCost(
  args: Record<string, unknown>,
  _ctx: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: any context: the builder's field type carries its own
  field: GraphQLField<unknown, any>,
): FieldComplexityValue {
  if (field.args.some((a) => a.name === 'first')) {
    const size = (args.first ?? args.last ?? DEFAULT_PAGE_SIZE) as number;
    return { field: 1, multiplier: Math.max(0, size) };
  }
  if (isListType(getNullableType(field.type))) {
    return { field: 1, multiplier: field.name === 'edges' ? 1 : LIMITS.listMultiplier };
  }
  return 1;
}

/**
 * Measures an operation against the cost and depth budgets: the refusal to
 * answer instead of running it, or its cost to report.
 */
function measure(args: ExecutionArgs): { refusal: ExecutionResult } | { cost: Record<string, number> } {
  let measured: { complexity: number; depth: number };
  try {
    measured = complexityFromQuery(args.document, {
      schema: args.schema,
      ctx: args.contextValue as object,
      variables: (args.variableValues ?? {}) as Record<string, unknown>,
    });
  } catch (error) {
    // Bad arguments (a malformed ID) fail the measuring too. Refusing here, rather than executing
    // unmeasured, keeps a bad argument from carrying an over-budget query past the limit.
    if (!(error instanceof AppError)) throw error;
    return { refusal: { errors: [createGraphQLError(error.message, { extensions: error.extensions })] } };
  }
  const { complexity, depth } = measured;
  const cost = { requested: complexity, limit: LIMITS.maxCost, depth, depthLimit: LIMITS.maxDepth };
  const refusal =
    depth > LIMITS.maxDepth
      ? { code: 'QUERY_TOO_DEEP', message: `Query nests ${depth} levels deep; the limit is ${LIMITS.maxDepth}.` }
      : complexity > LIMITS.maxCost
        ? {
            code: 'QUERY_TOO_COSTLY',
            message: `Query costs ${complexity}; the limit is ${LIMITS.maxCost}. Ask for smaller pages (first/last) or fewer nested connections.`,
          }
        : null;
  if (refusal) {
    return {
      refusal: {
        errors: [createGraphQLError(refusal.message, { extensions: { code: refusal.code, cost } })],
        extensions: { cost },
      },
    };
  }
  return { cost };
}

/** Refuses an operation over its cost or depth budget before it executes, and reports the cost of every other. */
function useQueryCost(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const measured = measure(args);
      if ('refusal' in measured) {
        setResultAndStopExecution(measured.refusal);
        return;
      }
      const { cost } = measured;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
    // A subscription is measured as one event's selection.
    onSubscribe({ args, setResultAndStopExecution }) {
      const measured = measure(args);
      if ('refusal' in measured) setResultAndStopExecution(measured.refusal);
    },
  };
}

/** Refuses a body larger than the limit from its Content-Length, before yoga reads it. */
function useBodyLimit(): YogaPlugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > LIMITS.maxBodyBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `Request body of ${length} bytes is over the limit of ${LIMITS.maxBodyBytes}.`,
                  extensions: { code: 'REQUEST_TOO_LARGE' },
                },
              ],
            }),
            { status: 413, headers: { 'content-type': 'application/json' } },
          ),
        );
      }
    },
  };
}

/**
 * graphql-armor throws its refusals, which yoga then answers as an execution
 * failure (200, no code); reported as validation errors they get a 400 and a code.
 */
function reportedAs(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(
          createGraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }) as GraphQLError,
        ),
    ],
  };
}

export function limitPlugins(): YogaPlugin[] {
  return [
    useBodyLimit(),
    maxAliasesPlugin({ n: LIMITS.maxAliases, ...reportedAs('TOO_MANY_ALIASES') }),
    maxDirectivesPlugin({ n: LIMITS.maxDirectives, ...reportedAs('TOO_MANY_DIRECTIVES') }),
    useQueryCost(),
  ] as YogaPlugin[];
}
