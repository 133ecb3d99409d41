import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { articles, roles, statements } from '../src/db/schema/index.js';
import { createTestApp, SEED_URL, type TestApp } from './helpers/app.js';
import { editsAfter, gid, idOfPerson, idOfPlace, lastEditId, snapshotAll } from './helpers/curation.js';

type Entry = ReturnType<typeof editsAfter>[number];

/**
 * Every mutation leaves exactly one history entry per record it changed, and
 * each entry's before and after are the record as it was and as it is.
 */
describe('history completeness', () => {
  let app: TestApp;
  let editor: string;
  let body: string;
  let articleId: number;
  beforeAll(() => {
    app = createTestApp();
    editor = createToken(app.db, { role: 'editor', name: 'Desk' }).token;
    const article = app.db.select().from(articles).where(eq(articles.url, SEED_URL)).get();
    if (!article) throw new Error('no seed article');
    body = article.body;
    articleId = article.id;
  });
  afterAll(() => app.close());

  /** Runs a mutation and checks its history against the records before and after; returns its entries. */
  async function audited(query: string, input: Record<string, unknown>, changed: number): Promise<Entry[]> {
    const before = snapshotAll(app.db);
    const last = lastEditId(app.db);
    const response = await app.gql<Record<string, { __typename: string }>>(query, { input }, editor);
    expect(response.body.errors).toBeUndefined();
    const result = Object.values(response.body.data ?? {})[0];
    expect(result?.__typename).toMatch(/Payload$/);
    const after = snapshotAll(app.db);
    const entries = editsAfter(app.db, last);
    const changedKeys = [...after.keys()].filter((k) => JSON.stringify(before.get(k)) !== JSON.stringify(after.get(k)));
    expect(changedKeys.length).toBe(changed);
    expect(entries.map((e) => `${e.entityType}:${e.entityId}`).sort()).toEqual(changedKeys.sort());
    for (const entry of entries) {
      const key = `${entry.entityType}:${entry.entityId}`;
      expect(entry.before === null ? null : JSON.parse(entry.before)).toEqual(before.get(key) ?? null);
      expect(JSON.parse(entry.after)).toEqual(after.get(key));
      expect(entry).toMatchObject({ callerName: 'Desk', callerRole: 'editor', changeSet: entries[0]?.id });
    }
    return entries;
  }

  const span = (text: string, from = 0) => {
    const start = body.indexOf(text, from);
    if (start < 0) throw new Error(`"${text}" is not in the body`);
    return { start, end: start + text.length, text };
  };

  it('records every kind of change', async () => {
    const created = await audited(
      `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { __typename } }`,
      { name: 'K. Bakiyev', description: 'a duplicate' },
      1,
    );
    expect(created[0]?.action).toBe('CREATE');
    const dup = created[0]?.entityId as number;

    await audited(
      `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { __typename } }`,
      { id: gid('Person', dup), revision: 1, description: null },
      1,
    );
    await audited(
      `mutation ($input: AliasInput!) { addAlias(input: $input) { __typename } }`,
      { id: gid('Person', dup), alias: 'Bakiyev' },
      1,
    );
    const role = await audited(
      `mutation ($input: CreateRoleInput!) { createRole(input: $input) { __typename } }`,
      {
        article: gid('Article', articleId),
        evidence: span('Kurmanbek Bakiyev'),
        person: gid('Person', dup),
        title: 'President',
        qualifier: 'ousted',
      },
      1,
    );
    const roleId = role[0]?.entityId as number;
    await audited(
      `mutation ($input: UpdateRoleInput!) { updateRole(input: $input) { __typename } }`,
      { id: gid('Role', roleId), revision: 1, qualifier: 'former' },
      1,
    );

    // The merge moves the role, adds the name to Bakiyev's aliases and retracts the duplicate: three records.
    const merge = await audited(
      `mutation ($input: MergePeopleInput!) { mergePeople(input: $input) { __typename } }`,
      { from: gid('Person', dup), into: gid('Person', idOfPerson(app.db, 'Kurmanbek Bakiyev')) },
      3,
    );
    expect(merge.map((e) => e.action)).toEqual(['MERGE', 'MERGE', 'MERGE']);
    const undo = await audited(
      `mutation ($input: UndoInput!) { undo(input: $input) { __typename } }`,
      { historyEntry: gid('HistoryEntry', merge[2]?.id as number) },
      3,
    );
    expect(undo.map((e) => e.action)).toEqual(['UNDO', 'UNDO', 'UNDO']);

    const two = app.db.select({ id: statements.id }).from(statements).limit(2).all();
    await audited(
      `mutation ($input: ReviewFactsInput!) { reviewFacts(input: $input) { __typename } }`,
      { ids: two.map((s) => gid('Statement', s.id)), status: 'REJECTED', note: 'not in the article' },
      2,
    );
    await audited(
      `mutation ($input: RecordInput!) { retract(input: $input) { __typename } }`,
      { id: gid('Role', roleId) },
      1,
    );
    await audited(
      `mutation ($input: RecordInput!) { restore(input: $input) { __typename } }`,
      { id: gid('Role', roleId) },
      1,
    );
    await audited(
      `mutation ($input: CreateMilitaryDeploymentInput!) { createMilitaryDeployment(input: $input) { __typename } }`,
      {
        article: gid('Article', articleId),
        evidence: span('the United States leases an air base'),
        deployingCountry: gid('Place', idOfPlace(app.db, 'United States')),
        hostCountry: gid('Place', idOfPlace(app.db, 'Kyrgyzstan')),
        status: 'LEASED',
      },
      1,
    );
    // The article goes with everything it holds: the seed's 4 roles, 55 mentions, 15 statements,
    // 1 casualty report, 3 deployments and 1 photo, and the role and deployment added above.
    const facts = app.db.select({ id: roles.id }).from(roles).all().length + 55 + 15 + 1 + 3 + 1 + 1;
    const retraction = await audited(
      `mutation ($input: RecordInput!) { retract(input: $input) { __typename } }`,
      { id: gid('Article', articleId) },
      facts + 1,
    );
    expect(new Set(retraction.map((e) => e.action))).toEqual(new Set(['RETRACT']));
    await audited(
      `mutation ($input: RecordInput!) { restore(input: $input) { __typename } }`,
      { id: gid('Article', articleId) },
      facts + 1,
    );
  });
});
