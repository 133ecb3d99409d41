import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one server; a registry of its own, so that servers in one process do not collide. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'newsgraph_' });
  return {
    registry,
    requests: new Counter({
      name: 'newsgraph_http_requests_total',
      help: 'GraphQL requests answered, by operation name and HTTP status.',
      labelNames: ['operation', 'status'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'newsgraph_http_request_duration_seconds',
      help: 'Time to answer a GraphQL request, by operation name.',
      labelNames: ['operation'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'newsgraph_graphql_errors_total',
      help: 'Errors returned to clients, by code.',
      labelNames: ['code'] as const,
      registers: [registry],
    }),
    sqlStatements: new Histogram({
      name: 'newsgraph_sql_statements_per_request',
      help: 'SQL statements one GraphQL request ran.',
      buckets: [0, 1, 2, 5, 10, 15, 25, 50, 100, 250],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
