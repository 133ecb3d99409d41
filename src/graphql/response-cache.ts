import { type ExecutionResult, getOperationAST } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import { changeLogHead } from '../history/change-log.js';

/** Responses one process keeps, and their size as JSON; past either the least recently used go. */
const MAX_ENTRIES = 1_000;
const MAX_BYTES = 50_000_000;

interface Entry {
  head: number;
  expires: number;
  result: ExecutionResult;
  bytes: number;
}

/**
 * Reuses the response to an anonymous read while the store has not changed.
 * Every write appends to the change log in its own transaction, so an entry is
 * good exactly while the log's head is the one it was computed at: one read
 * of the head per request checks that, whichever process wrote since. Token
 * holders, mutations, subscriptions and responses with errors are never cached.
 * The `x-response-cache` header says `hit` or `miss` for an operation it considered.
 */
export function useResponseCache(db: Db, ttlMs: number): Plugin {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string) => {
    bytes -= entries.get(key)?.bytes ?? 0;
    entries.delete(key);
  };
  // By yoga's per-operation context: the head read before the operation ran, and the cache key.
  const pending = new WeakMap<object, { key: string; head: number }>();
  const queries = new WeakSet<GraphQLParams>();
  const outcome = new WeakMap<Request, 'hit' | 'miss'>();

  return {
    onParams({ params, request, context, setResult }) {
      if (request.headers.get('authorization')) return;
      const key = JSON.stringify([params.query, params.operationName, params.variables, params.extensions]);
      let head: number;
      try {
        head = changeLogHead(db);
      } catch (error) {
        // Out of time already (REQUEST_TIMEOUT): the operation answers that itself if it needs SQL.
        if (error instanceof AppError) return;
        throw error;
      }
      const entry = entries.get(key);
      if (entry && entry.head === head && entry.expires > Date.now()) {
        // Most recently used last: the first key is the one to drop.
        entries.delete(key);
        entries.set(key, entry);
        outcome.set(request, 'hit');
        setResult(entry.result);
        return;
      }
      pending.set(context, { key, head });
    },
    onExecute({ args }) {
      const params = (args.contextValue as { params?: GraphQLParams }).params;
      if (params && getOperationAST(args.document, args.operationName)?.operation === 'query') queries.add(params);
    },
    onExecutionResult({ request, result, context }) {
      const computed = pending.get(context);
      if (!computed || !result || Symbol.asyncIterator in result || result.errors?.length) return;
      if (!queries.has(context.params)) return;
      drop(computed.key);
      const size = JSON.stringify(result).length;
      entries.set(computed.key, { head: computed.head, expires: Date.now() + ttlMs, result, bytes: size });
      bytes += size;
      while (entries.size > MAX_ENTRIES || bytes > MAX_BYTES) drop(entries.keys().next().value as string);
      outcome.set(request, outcome.get(request) ?? 'miss');
    },
    onResponse({ request, response }) {
      const said = outcome.get(request);
      if (said) response.headers.set('x-response-cache', said);
    },
  };
}
