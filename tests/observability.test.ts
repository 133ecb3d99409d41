import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.js';
import { createLogger } from '../src/ops/logger.js';
import { createYogaServer } from '../src/yoga.js';
import { createTestApp, SEED_URL, type TestApp } from './helpers/app.js';

type LogLine = Record<string, unknown>;

describe('health, readiness, metrics, request ids and logs', () => {
  let app: TestApp;
  let yoga: ReturnType<typeof createYogaServer>;
  const lines: LogLine[] = [];
  beforeAll(() => {
    app = createTestApp();
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
    yoga = createYogaServer({ db: app.db, logger });
  });
  afterAll(() => app.close());

  const graphql = (query: string, headers: Record<string, string> = {}, operationName?: string) =>
    Promise.resolve(
      yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, operationName, variables: { url: SEED_URL } }),
      }),
    );

  it('says it is alive on /health and ready on /ready when every migration is applied', async () => {
    expect((await yoga.fetch('http://test/health')).status).toBe(200);
    const ready = await yoga.fetch('http://test/ready');
    const body = (await ready.json()) as { status: string; migrations: { expected: number; applied: number } };
    expect(ready.status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.migrations.applied).toBe(body.migrations.expected);
    expect(body.migrations.expected).toBeGreaterThan(0);
  });

  it('says it is not ready while a migration is pending', async () => {
    const pending = createTestApp({ seed: false });
    try {
      pending.db.$client.exec(
        'DELETE FROM __drizzle_migrations WHERE rowid = (SELECT max(rowid) FROM __drizzle_migrations)',
      );
      const response = await createYogaServer({ db: pending.db, logger: createLogger('silent') }).fetch(
        'http://test/ready',
      );
      expect(response.status).toBe(503);
      expect(((await response.json()) as { status: string }).status).toBe('migrations pending');
    } finally {
      pending.close();
    }
  });

  it('echoes a request id it is given, makes one otherwise, and puts it in results with errors', async () => {
    const given = await graphql('{ __typename }', { 'x-request-id': 'proxy-42' });
    expect(given.headers.get('x-request-id')).toBe('proxy-42');
    const made = await graphql('{ articles(first: 500) { totalCount } }');
    const id = made.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await made.json()) as { extensions: { requestId: string } }).extensions.requestId).toBe(id);
  });

  it('logs one JSON line per request with its id, operation, status, duration, SQL statements and caller', async () => {
    lines.length = 0;
    const response = await graphql(
      'query ArticleTitle($url: String!) { article(url: $url) { title } }',
      { 'x-request-id': 'log-1' },
      'ArticleTitle',
    );
    expect(response.status).toBe(200);
    const request = lines.find((l) => l.msg === 'request' && l.requestId === 'log-1');
    expect(request).toMatchObject({ operation: 'ArticleTitle', status: 200, caller: 'anonymous', method: 'POST' });
    // The response cache's read of the change-log head, then the article.
    expect(request?.sqlStatements).toBe(2);
    expect(typeof request?.durationMs).toBe('number');
  });

  it('logs an unexpected error with the request id the client was given', async () => {
    const broken = createTestApp();
    const brokenLines: LogLine[] = [];
    try {
      const logger = createLogger('info', { write: (line: string) => void brokenLines.push(JSON.parse(line)) });
      const server = createYogaServer({ db: broken.db, logger });
      broken.db.$client.exec('PRAGMA foreign_keys = OFF; DROP TABLE statements;');
      const response = await server.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'boom-1' },
        body: JSON.stringify({ query: '{ statements { totalCount } }' }),
      });
      const body = (await response.json()) as { errors: Array<{ message: string }>; extensions: { requestId: string } };
      expect(body.errors[0]?.message).toBe('Unexpected error.');
      expect(body.extensions.requestId).toBe('boom-1');
      const logged = brokenLines.find((l) => l.msg === 'unexpected error');
      expect(logged?.requestId).toBe('boom-1');
      expect(JSON.stringify(logged)).toContain('no such table: statements');
    } finally {
      broken.close();
    }
  });

  it('counts requests, durations, errors by code and SQL statements for Prometheus', async () => {
    await graphql('query Titles { articles(first: 1) { edges { node { title } } } }', {}, 'Titles');
    await graphql('query Bad { articles(first: 101) { totalCount } }', {}, 'Bad');
    const metrics = await (await yoga.fetch('http://test/metrics')).text();
    expect(metrics).toMatch(/newsgraph_http_requests_total\{operation="Titles",status="200"\} 1/);
    expect(metrics).toMatch(/newsgraph_graphql_errors_total\{code="BAD_USER_INPUT"\} \d+/);
    expect(metrics).toMatch(/newsgraph_http_request_duration_seconds_count\{operation="Titles"\} 1/);
    expect(metrics).toMatch(/newsgraph_sql_statements_per_request_count \d+/);
    expect(metrics).toContain('newsgraph_process_resident_memory_bytes');
  });
});

describe('browser-facing safety', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());

  const preflight = (server: ReturnType<typeof createYogaServer>, origin: string) =>
    server.fetch('http://test/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });

  it('allows any origin by default and only the configured ones when CORS_ORIGINS is set', async () => {
    const open = createYogaServer({ db: app.db, logger: createLogger('silent') });
    // Any origin is allowed: yoga answers it by name.
    expect(['*', 'https://anywhere.example']).toContain(
      (await preflight(open, 'https://anywhere.example')).headers.get('access-control-allow-origin'),
    );
    const closed = createYogaServer({
      db: app.db,
      logger: createLogger('silent'),
      config: { ...DEFAULT_CONFIG, corsOrigins: ['https://dash.example'] },
    });
    expect((await preflight(closed, 'https://dash.example')).headers.get('access-control-allow-origin')).toBe(
      'https://dash.example',
    );
    expect((await preflight(closed, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe(
      'https://evil.example',
    );
  });

  it('refuses a GET without the CSRF header, which a cross-site page could send, and answers one with it', async () => {
    const server = createYogaServer({ db: app.db, logger: createLogger('silent') });
    const url = `http://test/graphql?query=${encodeURIComponent('{ articles { totalCount } }')}`;
    expect((await server.fetch(url, { headers: { accept: 'application/json' } })).status).toBe(403);
    const allowed = await server.fetch(url, { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
    expect(allowed.status).toBe(200);
  });

  it('answers introspection unless INTROSPECTION is false', async () => {
    const ask = (introspection: boolean) =>
      Promise.resolve(
        createYogaServer({
          db: app.db,
          logger: createLogger('silent'),
          config: { ...DEFAULT_CONFIG, introspection },
        }).fetch('http://test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
        }),
      ).then(async (r) => (await r.json()) as { data?: unknown; errors?: unknown[] });
    expect((await ask(true)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await ask(false)).errors?.length).toBeGreaterThan(0);
  });
});
