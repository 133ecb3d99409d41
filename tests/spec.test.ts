import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.js';
import { createLogger } from '../src/ops/logger.js';
import { createYogaServer } from '../src/yoga.js';
import { createTestApp, type TestApp } from './helpers/app.js';

describe('the GraphQL-over-HTTP audit (graphql-http serverAudits)', () => {
  let app: TestApp;
  let results: Array<{ id: string; name: string; status: string; reason?: string }>;
  beforeAll(async () => {
    app = createTestApp();
    // The audit sends more requests than the default burst allows one client.
    const yoga = createYogaServer({
      db: app.db,
      logger: createLogger('silent'),
      config: { ...DEFAULT_CONFIG, rateLimitBurst: 1_000_000 },
    });
    const audits = serverAudits({
      url: 'http://test/graphql',
      // Clients send the CSRF header with GET (README); the audit's requests do too.
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set('x-graphql-yoga-csrf', '1');
        return yoga.fetch(input as string, { ...init, headers });
      },
    });
    results = [];
    for (const audit of audits) {
      const result = await audit.fn();
      results.push({
        id: audit.id,
        name: audit.name,
        status: result.status,
        reason: 'reason' in result ? String(result.reason) : undefined,
      });
    }
  });
  afterAll(() => app.close());

  it('passes every MUST', () => {
    const failed = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(failed).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  it('passes every SHOULD except those the README lists', () => {
    const failed = results.filter((r) => r.name.startsWith('SHOULD') && r.status !== 'ok').map((r) => r.name);
    expect(failed).toEqual([]);
  });
});
