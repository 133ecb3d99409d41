import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { createTestApp, dataOf, type TestApp, tempDir } from './helpers/app.js';
import { runScript } from './helpers/process.js';

const cli = (db: string, ...args: string[]) => runScript('src/cli.ts', args, { DATABASE_PATH: db });

describe('newsgraph token (the CLI)', () => {
  const db = path.join(tempDir(), 'tokens.db');

  it('creates a token, prints it once, lists it without its secret and revokes it', () => {
    const created = cli(db, 'token', 'create', '--role', 'editor', '--name', 'Night desk');
    expect(created.status).toBe(0);
    const token = created.stdout.trim();
    // ngt_ and 32 random bytes in base64url (43 characters).
    expect(token).toMatch(/^ngt_[A-Za-z0-9_-]{43}$/);
    expect(created.stderr).toContain('not shown again');

    const second = cli(db, 'token', 'create', '--role', 'reader', '--name', 'Archive');
    expect(second.stdout.trim()).not.toBe(token);

    const listed = cli(db, 'token', 'list');
    expect(listed.status).toBe(0);
    expect(listed.stdout).not.toContain(token);
    expect(listed.stdout).not.toContain(token.slice(4));
    const rows = listed.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'));
    expect(rows.map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      ['1', 'editor', 'Night desk', '-'],
      ['2', 'reader', 'Archive', '-'],
    ]);

    const revoked = cli(db, 'token', 'revoke', '1');
    expect(revoked.status).toBe(0);
    expect(revoked.stdout).toContain('token 1 ("Night desk") revoked');
    const after = cli(db, 'token', 'list').stdout.trim().split('\n')[1]?.split('\t');
    expect(after?.[5]).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('refuses a bad role, a missing name and an unknown id with a reason and exit code 2', () => {
    const badRole = cli(db, 'token', 'create', '--role', 'owner', '--name', 'X');
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('role: must be one of reader, editor, admin, got "owner"');
    const noName = cli(db, 'token', 'create', '--role', 'editor');
    expect(noName.status).toBe(2);
    expect(noName.stderr).toContain('needs --role and --name');
    const unknown = cli(db, 'token', 'revoke', '999');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('there is no token with id 999');
  });
});

const WHO = '{ people(first: 1) { totalCount } }';

describe('authentication', () => {
  let app: TestApp;
  let reader: string;
  let revoked: string;
  beforeAll(() => {
    app = createTestApp();
    reader = createToken(app.db, { role: 'reader', name: 'R' }).token;
    const gone = createToken(app.db, { role: 'editor', name: 'Gone' });
    revoked = gone.token;
    app.db.$client
      .prepare("UPDATE api_tokens SET revoked_at = '2026-01-01T00:00:00.000Z' WHERE id = ?")
      .run(gone.row.id);
  });
  afterAll(() => app.close());

  it('lets an anonymous caller and a token holder read by default', async () => {
    // The seed names four people: Medvedev, Bakiyev, Makarov and the photographer Ivan Sekretarev.
    expect(dataOf(await app.gql(WHO)).people).toEqual({ totalCount: 4 });
    expect(dataOf(await app.gql(WHO, {}, reader)).people).toEqual({ totalCount: 4 });
  });

  it('refuses an unknown token with UNAUTHENTICATED rather than reading anonymously', async () => {
    const response = await app.gql(WHO, {}, 'ngt_not-a-token');
    expect(response.status).toBe(401);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.errors?.[0]?.message).toContain('not known');
  });

  it('refuses a revoked token, saying when it was revoked', async () => {
    const response = await app.gql(WHO, {}, revoked);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.body.errors?.[0]?.message).toContain('"Gone" was revoked on 2026-01-01');
  });

  it('records when a token was last used', async () => {
    dataOf(await app.gql(WHO, {}, reader));
    const row = app.db.$client.prepare('SELECT last_used_at FROM api_tokens WHERE name = ?').get('R') as {
      last_used_at: string | null;
    };
    expect(row.last_used_at).not.toBeNull();
  });
});

describe('NEWSGRAPH_PUBLIC_READ=false', () => {
  let app: TestApp;
  let reader: string;
  beforeAll(() => {
    app = createTestApp({ config: { publicRead: false } });
    reader = createToken(app.db, { role: 'reader', name: 'R' }).token;
  });
  afterAll(() => app.close());

  it('refuses an anonymous read with UNAUTHENTICATED and serves a reader', async () => {
    const anonymous = await app.gql(WHO);
    expect(anonymous.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.body.errors?.[0]?.message).toContain('needs an API token');
    expect(dataOf(await app.gql(WHO, {}, reader)).people).toEqual({ totalCount: 4 });
  });
});
