import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Plugin } from 'graphql-yoga';
import type { Db } from '../db/client.js';
import { migrationState } from '../db/migrate.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { requestScope } from './request-scope.js';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const OPERATION_NAME = /^[A-Za-z_]\w{0,63}$/;

function json(
  fetchAPI: { Response: typeof Response },
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * Request ids, the request log, Prometheus metrics, and the `/ready` and
 * `/metrics` endpoints (yoga answers `/health` itself). A request id comes
 * from `X-Request-Id` when the proxy sent a sane one, else is made here; it
 * goes back in the response header, in `extensions.requestId` of a result with
 * errors, and on every log line written for the request.
 */
export function useObservability({
  db,
  logger,
  metrics,
  requestTimeoutMs,
}: {
  db: Db;
  logger: Logger;
  metrics: Metrics;
  requestTimeoutMs: number;
}): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const given = request.headers.get('x-request-id');
      const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
      // Entered here, the scope follows the rest of this request's work (parsing, execution, SQL).
      const startedAt = performance.now();
      requestScope.enterWith({
        active: true,
        requestId,
        startedAt,
        deadline: startedAt + requestTimeoutMs,
        sqlStatements: 0,
        operationName: null,
        caller: 'anonymous',
        errorCodes: [],
      });
      if (url.pathname === '/ready') {
        let state: ReturnType<typeof migrationState> | null = null;
        try {
          state = migrationState(db);
        } catch (error) {
          logger.error({ err: error }, 'readiness check cannot read the database');
        }
        const ready = state !== null && state.applied === state.expected;
        endResponse(
          json(
            fetchAPI,
            ready ? 200 : 503,
            state
              ? { status: ready ? 'ready' : 'migrations pending', migrations: state }
              : { status: 'database unavailable' },
            { 'x-request-id': requestId },
          ),
        );
      } else if (url.pathname === '/metrics') {
        endResponse(
          new fetchAPI.Response(await metrics.registry.metrics(), {
            headers: { 'content-type': metrics.registry.contentType, 'x-request-id': requestId },
          }),
        );
      }
    },
    onParams({ params }) {
      const scope = requestScope.getStore();
      if (scope && params.operationName && OPERATION_NAME.test(params.operationName)) {
        scope.operationName = params.operationName;
      }
    },
    onExecute({ args }) {
      const scope = requestScope.getStore();
      const caller = (args.contextValue as { caller?: { role?: string } }).caller?.role;
      if (scope && caller) scope.caller = caller;
      return {
        onExecuteDone({ result, setResult }) {
          const scope = requestScope.getStore();
          if (!scope || Symbol.asyncIterator in result || !result.errors?.length) return;
          for (const error of result.errors)
            scope.errorCodes.push(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          setResult({ ...result, extensions: { ...result.extensions, requestId: scope.requestId } });
        },
      };
    },
    onResponse({ request, response }) {
      const scope = requestScope.getStore();
      if (!scope?.active) return;
      response.headers.set('x-request-id', scope.requestId);
      const url = new URL(request.url);
      if (url.pathname !== '/graphql') {
        scope.active = false;
        return;
      }
      const seconds = (performance.now() - scope.startedAt) / 1000;
      const operation = scope.operationName ?? 'anonymous';
      metrics.requests.inc({ operation, status: String(response.status) });
      metrics.duration.observe({ operation }, seconds);
      metrics.sqlStatements.observe(scope.sqlStatements);
      for (const code of scope.errorCodes) metrics.errors.inc({ code });
      logger.info(
        {
          method: request.method,
          path: url.pathname,
          status: response.status,
          operation,
          durationMs: Math.round(seconds * 10_000) / 10,
          sqlStatements: scope.sqlStatements,
          caller: scope.caller,
          errors: scope.errorCodes.length ? scope.errorCodes : undefined,
        },
        'request',
      );
      scope.active = false;
    },
  };
}
