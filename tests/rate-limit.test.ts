import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { DEFAULT_CONFIG, type ServiceConfig } from '../src/config.js';
import { articles } from '../src/db/schema/index.js';
import { createLogger } from '../src/ops/logger.js';
import { createYogaServer } from '../src/yoga.js';
import { createTestApp, type TestApp } from './helpers/app.js';

describe('rate limits and the time limit', () => {
  let app: TestApp;
  beforeAll(() => {
    app = createTestApp();
  });
  afterAll(() => app.close());

  const server = (config: Partial<ServiceConfig>) =>
    createYogaServer({ db: app.db, logger: createLogger('silent'), config: { ...DEFAULT_CONFIG, ...config } });
  const ask = (yoga: ReturnType<typeof server>, headers: Record<string, string> = {}, query = '{ __typename }') =>
    Promise.resolve(
      yoga.fetch('http://test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      }),
    );

  it('lets a client make its burst, then answers 429 with when to retry', async () => {
    // One request a second refills the bucket; the test takes far less than that.
    const yoga = server({ rateLimitBurst: 3, rateLimitPerMinute: 60, trustProxy: true });
    const a = { 'x-forwarded-for': '203.0.113.7' };
    for (let i = 0; i < 3; i++) expect((await ask(yoga, a)).status).toBe(200);
    const refused = await ask(yoga, a);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0]?.message).toContain('60 a minute');
    // Another address, and a token from the same address, have buckets of their own.
    expect((await ask(yoga, { 'x-forwarded-for': '203.0.113.8' })).status).toBe(200);
    // (A live token: an unknown one is refused with 401.)
    const { token } = createToken(app.db, { role: 'reader', name: 'rate-limited client' });
    expect((await ask(yoga, { ...a, authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless told the proxy sets it, so a client cannot pick its own bucket', async () => {
    const yoga = server({ rateLimitBurst: 2, rateLimitPerMinute: 60, trustProxy: false });
    expect((await ask(yoga, { 'x-forwarded-for': '198.51.100.1' })).status).toBe(200);
    expect((await ask(yoga, { 'x-forwarded-for': '198.51.100.2' })).status).toBe(200);
    expect((await ask(yoga, { 'x-forwarded-for': '198.51.100.3' })).status).toBe(429);
  });

  it('runs no more SQL once a request is out of time, and says so', async () => {
    const yoga = server({ requestTimeoutMs: 0 });
    const timedOut = (await (await ask(yoga, {}, '{ articles { totalCount } }')).json()) as {
      errors: Array<{ extensions: { code: string } }>;
    };
    expect(timedOut.errors[0]?.extensions.code).toBe('REQUEST_TIMEOUT');
    // A request that needs no SQL is not held to it.
    expect(((await (await ask(yoga)).json()) as { data: unknown }).data).toEqual({ __typename: 'Query' });
    // Nor is anything after the request, in the same context as the caller.
    expect(app.db.$client.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    expect(app.db.select().from(articles).all()).toHaveLength(1);
  });
});
