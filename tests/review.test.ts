import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { configFromEnv } from '../src/config.js';
import { statements } from '../src/db/schema/index.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';
import { gid, idOfPerson, lastEditId } from './helpers/curation.js';

const REVIEW = `mutation ($input: ReviewFactsInput!) { reviewFacts(input: $input) {
  __typename
  ... on ReviewFactsPayload { facts { id reviewStatus ... on Statement { revision } } }
  ... on MutationError { message }
  ... on ValidationError { issues { path message } }
} }`;

type Review = {
  __typename: string;
  message?: string;
  facts?: Array<{ id: string; reviewStatus: string; revision: number }>;
  issues?: Array<{ path: string[]; message: string }>;
};

describe('reviewFacts', () => {
  let app: TestApp;
  let editor: string;
  let ids: string[];
  const review = async (input: Record<string, unknown>) =>
    dataOf(await app.gql<{ reviewFacts: Review }>(REVIEW, { input }, editor)).reviewFacts;
  beforeAll(() => {
    app = createTestApp();
    editor = createToken(app.db, { role: 'editor', name: 'Desk' }).token;
    ids = app.db
      .select({ id: statements.id })
      .from(statements)
      .limit(3)
      .all()
      .map((s) => gid('Statement', s.id));
  });
  afterAll(() => app.close());

  it('sets the status of every fact named, in the order given, with the note in their history', async () => {
    const result = await review({ ids, status: 'REJECTED', note: 'the article attributes these elsewhere' });
    expect(result.facts).toEqual(ids.map((id) => ({ id, reviewStatus: 'REJECTED', revision: 2 })));
    const history = dataOf(
      await app.gql<{ node: { history: { edges: Array<{ node: { action: string; note: string } }> } } }>(
        `query ($id: ID!) { node(id: $id) { ... on Statement { history { edges { node { action note } } } } } }`,
        { id: ids[1] },
        editor,
      ),
    ).node.history.edges;
    expect(history.map((e) => e.node)).toEqual([{ action: 'REVIEW', note: 'the article attributes these elsewhere' }]);
  });

  it('changes none when one of them cannot be reviewed', async () => {
    const before = lastEditId(app.db);
    const missing = gid('Statement', 9999);
    const result = await review({ ids: [...ids, missing], status: 'CONFIRMED' });
    expect(result).toEqual({ __typename: 'NotFoundError', message: `Statement "${missing}" does not exist.` });
    expect(lastEditId(app.db)).toBe(before);
    const person = gid('Person', idOfPerson(app.db, 'Dmitry Medvedev'));
    const notAFact = await review({ ids: [ids[0], person], status: 'CONFIRMED' });
    expect(notAFact.issues).toEqual([{ path: ['ids', '1'], message: `"${person}" is a Person, not a fact` }]);
    const statuses = await app.gql<{ nodes: Array<{ reviewStatus: string }> }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Statement { reviewStatus } } }',
      { ids },
    );
    expect(statuses.body.data?.nodes.map((n) => n.reviewStatus)).toEqual(['REJECTED', 'REJECTED', 'REJECTED']);
  });
});

describe('aliases', () => {
  let app: TestApp;
  let editor: string;
  beforeAll(() => {
    app = createTestApp();
    editor = createToken(app.db, { role: 'editor', name: 'Desk' }).token;
  });
  afterAll(() => app.close());

  const ALIAS = (name: string) => `mutation ($input: AliasInput!) { ${name}(input: $input) {
    __typename
    ... on RecordPayload { record { ... on Person { aliases } } }
    ... on ValidationError { issues { path message } }
  } }`;

  it('adds and removes a name, refusing one already there or not there', async () => {
    const id = gid('Person', idOfPerson(app.db, 'Dmitry Medvedev'));
    const added = dataOf(
      await app.gql<{ addAlias: unknown }>(ALIAS('addAlias'), { input: { id, alias: 'Dmitri Medvedev' } }, editor),
    );
    // The seed already gives Medvedev "Mr. Medvedev" and "Medvedev"; aliases come alphabetically.
    expect(added.addAlias).toEqual({
      __typename: 'RecordPayload',
      record: { aliases: ['Dmitri Medvedev', 'Medvedev', 'Mr. Medvedev'] },
    });
    const again = dataOf(
      await app.gql<{ addAlias: unknown }>(ALIAS('addAlias'), { input: { id, alias: 'Dmitri Medvedev' } }, editor),
    );
    expect(again.addAlias).toEqual({
      __typename: 'ValidationError',
      issues: [{ path: ['alias'], message: 'Dmitry Medvedev already goes by "Dmitri Medvedev"' }],
    });
    const removed = dataOf(
      await app.gql<{ removeAlias: unknown }>(
        ALIAS('removeAlias'),
        { input: { id, alias: 'Dmitri Medvedev' } },
        editor,
      ),
    );
    expect(removed.removeAlias).toEqual({
      __typename: 'RecordPayload',
      record: { aliases: ['Medvedev', 'Mr. Medvedev'] },
    });
    const absent = dataOf(
      await app.gql<{ removeAlias: unknown }>(ALIAS('removeAlias'), { input: { id, alias: 'Dima' } }, editor),
    );
    expect(absent.removeAlias).toEqual({
      __typename: 'ValidationError',
      issues: [{ path: ['alias'], message: '"Dima" is not an alias of Dmitry Medvedev' }],
    });
  });
});

describe('NEWSGRAPH_PUBLIC_READ', () => {
  it('is on unless set to false, and refuses anything but a boolean', () => {
    expect(configFromEnv({}).publicRead).toBe(true);
    expect(configFromEnv({ NEWSGRAPH_PUBLIC_READ: 'false' }).publicRead).toBe(false);
    expect(() => configFromEnv({ NEWSGRAPH_PUBLIC_READ: 'no' })).toThrow(
      'NEWSGRAPH_PUBLIC_READ must be true or false, got "no"',
    );
  });
});
