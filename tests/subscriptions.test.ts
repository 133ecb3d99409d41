import { afterEach, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { subscribe } from './helpers/sse.js';

const INGESTED = 'subscription { articleIngested { changeId } }';
const INGESTED_SINCE = 'subscription ($after: Int) { articleIngested(after: $after) { changeId } }';

/** What guards queries guards subscriptions too: the per-process cap, the read scope, the cost budget. */
describe('subscriptions', () => {
  let app: TestApp;
  afterEach(() => app.close());

  const open = (query: string, variables: Record<string, unknown> = {}) =>
    subscribe('http://test/graphql', query, variables, app.fetch);

  it('refuses a subscription past the per-process cap with UNAVAILABLE, and takes one again when another ends', async () => {
    app = createTestApp({ config: { maxSubscriptions: 1 } });
    const editor = createToken(app.db, { role: 'editor', name: 'Desk' }).token;
    const ingest = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }`;
    await app.gql(ingest, { input: { body: 'Troops left Bishkek on Friday.', publishedOn: '2010-04-09' } }, editor);
    // From the start of the log, a subscriber that is let in hears of that ingest at once.
    const replaying = () => open(INGESTED_SINCE, { after: 0 });
    const first = replaying();
    expect(Object.keys(await first.next())).toEqual(['articleIngested']);
    await expect(replaying().next()).rejects.toThrow(/HTTP 503.*already serves 1 subscription.*"code":"UNAVAILABLE"/);
    first.close();
    // The cancelled stream gives its place back once the server sees it closed.
    await expect
      .poll(async () => {
        const again = replaying();
        try {
          return Object.keys(await again.next());
        } catch (error) {
          return (error as Error).message;
        } finally {
          again.close();
        }
      })
      .toEqual(['articleIngested']);
  });

  it('needs a token when reads need one', async () => {
    app = createTestApp({ config: { publicRead: false } });
    await expect(open(INGESTED).next()).rejects.toThrow(/UNAUTHENTICATED/);
  });

  it('measures a subscription against the depth budget before it starts', async () => {
    app = createTestApp();
    const deep = `subscription { factChanged { fact { article { dateline { ${'parent { '.repeat(20)}name${' }'.repeat(20)} } } } } }`;
    await expect(open(deep).next()).rejects.toThrow(/QUERY_TOO_DEEP/);
  });
});
