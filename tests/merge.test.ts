import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { militaryDeployments } from '../src/db/schema/index.js';
import { createTestApp, dataOf, SEED_URL, type TestApp } from './helpers/app.js';
import { gid, idOfPerson, idOfPlace, lastEditId, snapshotAll } from './helpers/curation.js';

type Person = { id: string; name: string; aliases: string[]; revision: number; statements: { totalCount: number } };
const PERSON = `id name aliases revision statements(first: 20) { totalCount }`;

describe('mergePeople and undo', () => {
  let app: TestApp;
  let editor: string;
  let bakiyev: string;
  beforeAll(() => {
    app = createTestApp();
    editor = createToken(app.db, { role: 'editor', name: 'Desk' }).token;
    bakiyev = gid('Person', idOfPerson(app.db, 'Kurmanbek Bakiyev'));
  });
  afterAll(() => app.close());

  it('moves everything to the survivor, keeps the name as an alias, and undo puts it all back exactly', async () => {
    // A duplicate Bakiyev, with an alias of its own, who speaks one of the seed statements.
    const dup = dataOf(
      await app.gql<{ createPerson: { person: { id: string } } }>(
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ... on CreatePersonPayload { person { id } } } }`,
        { input: { name: 'Kurmanbek S. Bakiyev' } },
        editor,
      ),
    ).createPerson.person.id;
    await app.gql(
      `mutation ($input: AliasInput!) { addAlias(input: $input) { __typename } }`,
      { input: { id: dup, alias: 'K. S. Bakiyev' } },
      editor,
    );
    const statement = dataOf(
      await app.gql<{
        node: { statements: { edges: Array<{ node: { id: string; revision: number; text: string } }> } };
      }>(
        `query ($id: ID!) { node(id: $id) { ... on Person { statements(first: 1) { edges { node { id revision text } } } } } }`,
        { id: bakiyev },
      ),
    ).node.statements.edges[0]?.node;
    if (!statement) throw new Error('Bakiyev says nothing');
    await app.gql(
      `mutation ($input: UpdateStatementInput!) { updateStatement(input: $input) { __typename } }`,
      { input: { id: statement.id, revision: statement.revision, speakerPerson: dup } },
      editor,
    );
    const people = (
      await app.gql<{ a: Person; b: Person }>(
        `query ($a: ID!, $b: ID!) { a: node(id: $a) { ... on Person { ${PERSON} } } b: node(id: $b) { ... on Person { ${PERSON} } } }`,
        { a: dup, b: bakiyev },
      )
    ).body.data;
    // The seed gives Bakiyev 6 statements and the aliases "Mr. Bakiyev" and "Bakiyev"; one statement is now the duplicate's.
    expect(people?.a).toMatchObject({
      name: 'Kurmanbek S. Bakiyev',
      aliases: ['K. S. Bakiyev'],
      statements: { totalCount: 1 },
    });
    expect(people?.b).toMatchObject({ aliases: ['Bakiyev', 'Mr. Bakiyev'], statements: { totalCount: 5 } });
    const stored = snapshotAll(app.db);

    const merged = dataOf(
      await app.gql<{
        mergePeople: { survivor: Person; merged: { id: string }; historyEntry: { id: string; action: string } };
      }>(
        `mutation ($input: MergePeopleInput!) { mergePeople(input: $input) {
          ... on MergePeoplePayload { survivor { ${PERSON} } merged { id } historyEntry { id action } }
        } }`,
        { input: { from: dup, into: bakiyev } },
        editor,
      ),
    ).mergePeople;
    expect(merged.survivor).toMatchObject({
      id: bakiyev,
      aliases: ['Bakiyev', 'K. S. Bakiyev', 'Kurmanbek S. Bakiyev', 'Mr. Bakiyev'],
      statements: { totalCount: 6 },
    });
    expect(merged.historyEntry.action).toBe('MERGE');
    const afterMerge = dataOf(
      await app.gql<{ node: unknown; people: { totalCount: number } }>(
        `query ($id: ID!) { node(id: $id) { id } people { totalCount } }`,
        { id: dup },
      ),
    );
    // The seed's four people; the duplicate is retracted.
    expect(afterMerge).toEqual({ node: null, people: { totalCount: 4 } });
    // Search finds the one Bakiyev left, by the duplicate's name too (now his alias).
    const found = dataOf(
      await app.gql<{ search: { edges: Array<{ node: { id: string } }> } }>(
        `{ search(query: "Kurmanbek S", types: [PERSON]) { edges { node { ... on Person { id } } } } }`,
      ),
    ).search.edges.map((e) => e.node.id);
    expect(found).toEqual([bakiyev]);

    const undone = dataOf(
      await app.gql<{ undo: { __typename: string; records: Array<{ id: string }> } }>(
        `mutation ($input: UndoInput!) { undo(input: $input) { __typename ... on UndoPayload { records { id } } } }`,
        { input: { historyEntry: merged.historyEntry.id } },
        editor,
      ),
    ).undo;
    expect(undone.__typename).toBe('UndoPayload');
    expect(undone.records.map((r) => r.id).sort()).toEqual([dup, bakiyev, statement.id].sort());
    // Every record is as it was before the merge, but for its revision, which only grows.
    const restored = snapshotAll(app.db);
    const withoutRevision = (m: Map<string, Record<string, unknown>>) =>
      Object.fromEntries([...m].map(([k, { revision: _r, ...rest }]) => [k, rest]));
    expect(withoutRevision(restored)).toEqual(withoutRevision(stored));
    const again = (
      await app.gql<{ a: Person; b: Person }>(
        `query ($a: ID!, $b: ID!) { a: node(id: $a) { ... on Person { ${PERSON} } } b: node(id: $b) { ... on Person { ${PERSON} } } }`,
        { a: dup, b: bakiyev },
      )
    ).body.data;
    expect(again?.a).toMatchObject({ aliases: ['K. S. Bakiyev'], statements: { totalCount: 1 } });
    expect(again?.b).toMatchObject({ aliases: ['Bakiyev', 'Mr. Bakiyev'], statements: { totalCount: 5 } });

    // A second undo of the same merge would overwrite the first undo: refused.
    const twice = dataOf(
      await app.gql<{ undo: { __typename: string } }>(
        `mutation ($input: UndoInput!) { undo(input: $input) { __typename } }`,
        { input: { historyEntry: merged.historyEntry.id } },
        editor,
      ),
    ).undo;
    expect(twice.__typename).toBe('ConflictError');
  });

  it('moves a photo credit to the survivor too', async () => {
    const survivor = dataOf(
      await app.gql<{ createPerson: { person: { id: string } } }>(
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ... on CreatePersonPayload { person { id } } } }`,
        { input: { name: 'Ivan Sekretarev (AP)' } },
        editor,
      ),
    ).createPerson.person.id;
    const merged = dataOf(
      await app.gql<{ mergePeople: { __typename: string } }>(
        `mutation ($input: MergePeopleInput!) { mergePeople(input: $input) { __typename } }`,
        { input: { from: gid('Person', idOfPerson(app.db, 'Ivan Sekretarev')), into: survivor } },
        editor,
      ),
    ).mergePeople;
    expect(merged.__typename).toBe('MergePeoplePayload');
    const photos = dataOf(
      await app.gql<{ article: { photos: Array<{ photographer: { name: string } | null }> } }>(
        `query ($url: String!) { article(url: $url) { photos { photographer { name } } } }`,
        { url: SEED_URL },
      ),
    ).article.photos;
    // The seed's one photo, credited to Ivan Sekretarev.
    expect(photos).toEqual([{ photographer: { name: 'Ivan Sekretarev (AP)' } }]);
  });

  it('refuses to merge a record into itself or into a record of another type', async () => {
    const self = dataOf(
      await app.gql<{ mergePeople: { __typename: string; issues: Array<{ path: string[] }> } }>(
        `mutation ($input: MergePeopleInput!) { mergePeople(input: $input) { __typename ... on ValidationError { issues { path } } } }`,
        { input: { from: bakiyev, into: bakiyev } },
        editor,
      ),
    ).mergePeople;
    expect(self).toEqual({ __typename: 'ValidationError', issues: [{ path: ['into'] }] });
    const place = dataOf(
      await app.gql<{ mergePeople: { __typename: string; issues: Array<{ path: string[] }> } }>(
        `mutation ($input: MergePeopleInput!) { mergePeople(input: $input) { __typename ... on ValidationError { issues { path } } } }`,
        { input: { from: gid('Place', 1), into: bakiyev } },
        editor,
      ),
    ).mergePeople;
    expect(place).toEqual({ __typename: 'ValidationError', issues: [{ path: ['from'] }] });
  });
});

describe('mergePlaces', () => {
  let app: TestApp;
  let editor: string;
  beforeAll(() => {
    app = createTestApp();
    editor = createToken(app.db, { role: 'editor', name: 'Desk' }).token;
  });
  afterAll(() => app.close());

  const MERGE = `mutation ($input: MergePlacesInput!) { mergePlaces(input: $input) {
    __typename ... on MergePlacesPayload { survivor { name aliases deploymentsHosted(first: 5) { totalCount } } }
    ... on MutationError { message }
  } }`;

  it('moves a deployment hosted by the duplicate country to the survivor', async () => {
    const kyrgyzstan = gid('Place', idOfPlace(app.db, 'Kyrgyzstan'));
    const created = dataOf(
      await app.gql<{ createPlace: { place: { id: string } } }>(
        `mutation ($input: CreatePlaceInput!) { createPlace(input: $input) { ... on CreatePlacePayload { place { id } } } }`,
        { input: { name: 'Kirghizia', kind: 'COUNTRY', countryCode: 'KG' } },
        editor,
      ),
    ).createPlace.place.id;
    // The seed's three deployments are all hosted by Kyrgyzstan; move the first to the duplicate.
    const deployment = app.db.select().from(militaryDeployments).get();
    await app.gql(
      `mutation ($input: UpdateMilitaryDeploymentInput!) { updateMilitaryDeployment(input: $input) { __typename } }`,
      { input: { id: gid('MilitaryDeployment', deployment?.id ?? 0), revision: 1, hostCountry: created } },
      editor,
    );
    const merged = dataOf(
      await app.gql<{ mergePlaces: unknown }>(MERGE, { input: { from: created, into: kyrgyzstan } }, editor),
    ).mergePlaces;
    expect(merged).toEqual({
      __typename: 'MergePlacesPayload',
      survivor: { name: 'Kyrgyzstan', aliases: ['Kirghizia'], deploymentsHosted: { totalCount: 3 } },
    });
  });

  it('refuses a merge that would leave a deployment inside its own country, writing nothing', async () => {
    // Russia deploys to Kyrgyzstan: merging them would make one country deploy to itself.
    const before = lastEditId(app.db);
    const result = dataOf(
      await app.gql<{ mergePlaces: { __typename: string; message: string } }>(
        MERGE,
        {
          input: {
            from: gid('Place', idOfPlace(app.db, 'Russia')),
            into: gid('Place', idOfPlace(app.db, 'Kyrgyzstan')),
          },
        },
        editor,
      ),
    ).mergePlaces;
    expect(result.__typename).toBe('ConflictError');
    expect(result.message).toContain('military_deployments_countries_check');
    expect(lastEditId(app.db)).toBe(before);
  });
});
