import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dataOf, type GqlResponse, SEED_URL, type TestApp } from './helpers/app.js';

const NODE_TYPES = [
  'Article',
  'Photo',
  'Person',
  'Role',
  'Organization',
  'Place',
  'Statement',
  'CasualtyReport',
  'MilitaryDeployment',
  'Event',
  'Mention',
] as const;
type NodeType = (typeof NODE_TYPES)[number];

/** One field per node type that identifies the object, selected the same way everywhere. */
const NODE_FIELDS = `
  __typename id
  ... on Article { title }
  ... on Photo { caption }
  ... on Person { name }
  ... on Role { title }
  ... on Organization { name }
  ... on Place { name }
  ... on Statement { text }
  ... on CasualtyReport { statedCount }
  ... on MilitaryDeployment { status }
  ... on Event { title }
  ... on Mention { evidence { text } }`;

type NodeResult = { __typename: string; id: string } & Record<string, unknown>;
type Edges<N> = { edges: Array<{ node: N }> };

/** An object of each node type, as the API returned it from the seed article, with its identifying field. */
async function sampleNodes(app: TestApp): Promise<Record<NodeType, NodeResult>> {
  const { article } = dataOf(
    await app.gql<{
      article: {
        id: string;
        title: string;
        photos: Array<{ id: string; caption: string }>;
        people: {
          edges: Array<{ node: { id: string; name: string }; roles: Array<{ id: string; title: string }> }>;
        };
        organizations: Edges<{ id: string; name: string }>;
        places: Edges<{ id: string; name: string }>;
        statements: Edges<{ id: string; text: string }>;
        casualtyReports: Edges<{ id: string; statedCount: string }>;
        militaryDeployments: Edges<{ id: string; status: string }>;
        events: Edges<{ id: string; title: string }>;
        mentions: Edges<{ id: string; evidence: { text: string } }>;
      };
    }>(
      `query Samples($url: String!) {
        article(url: $url) {
          id title
          photos { id caption }
          people(first: 50) { edges { node { id name } roles { id title } } }
          organizations(first: 1) { edges { node { id name } } }
          places(first: 1) { edges { node { id name } } }
          statements(first: 1) { edges { node { id text } } }
          casualtyReports(first: 1) { edges { node { id statedCount } } }
          militaryDeployments(first: 1) { edges { node { id status } } }
          events(first: 1) { edges { node { id title } } }
          mentions(first: 1) { edges { node { id evidence { text } } } }
        }
      }`,
      { url: SEED_URL },
    ),
  );
  const first = <N>(list: N[], what: string): N => {
    const [item] = list;
    if (item === undefined) throw new Error(`the seed article returned no ${what}`);
    return item;
  };
  const firstNode = <N>(connection: Edges<N>, what: string) => first(connection.edges, what).node;
  const person = firstNode(article.people, 'people');
  const role = first(
    article.people.edges.flatMap((e) => e.roles),
    'roles',
  );
  const photo = first(article.photos, 'photos');
  return {
    Article: { __typename: 'Article', id: article.id, title: article.title },
    Photo: { __typename: 'Photo', id: photo.id, caption: photo.caption },
    Person: { __typename: 'Person', ...person },
    Role: { __typename: 'Role', ...role },
    Organization: { __typename: 'Organization', ...firstNode(article.organizations, 'organizations') },
    Place: { __typename: 'Place', ...firstNode(article.places, 'places') },
    Statement: { __typename: 'Statement', ...firstNode(article.statements, 'statements') },
    CasualtyReport: { __typename: 'CasualtyReport', ...firstNode(article.casualtyReports, 'casualty reports') },
    MilitaryDeployment: {
      __typename: 'MilitaryDeployment',
      ...firstNode(article.militaryDeployments, 'military deployments'),
    },
    Event: { __typename: 'Event', ...firstNode(article.events, 'events') },
    Mention: { __typename: 'Mention', ...firstNode(article.mentions, 'mentions') },
  };
}

const globalId = (value: string) => Buffer.from(value).toString('base64url');
const MISSING_PERSON_ID = globalId('Person:999999');

function errorsOf(response: GqlResponse<unknown>) {
  return response.body.errors ?? [];
}

/** Asserts that the response failed with exactly one BAD_USER_INPUT error, and returns its message. */
function badUserInputMessage(response: GqlResponse<unknown>): string {
  const errors = errorsOf(response);
  expect(errors.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
  expect(errors).toHaveLength(1);
  expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return errors[0]?.message ?? '';
}

describe('global IDs', () => {
  let app: TestApp;
  let samples: Record<NodeType, NodeResult>;
  beforeAll(async () => {
    app = createTestApp();
    samples = await sampleNodes(app);
  });
  afterAll(() => app.close());

  describe('round trips', () => {
    it.each(NODE_TYPES)('fetches an object of type %s back by its ID with node', async (type) => {
      const sample = samples[type];
      expect(sample.id).toEqual(expect.any(String));
      const data = dataOf(
        await app.gql<{ node: NodeResult | null }>(`query Node($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, {
          id: sample.id,
        }),
      );
      expect(data.node).toEqual(sample);
    });

    it.each(NODE_TYPES)('fetches an object of type %s back by its ID with nodes', async (type) => {
      const sample = samples[type];
      const data = dataOf(
        await app.gql<{ nodes: Array<NodeResult | null> }>(
          `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`,
          { ids: [sample.id] },
        ),
      );
      expect(data.nodes).toEqual([sample]);
    });

    it('fetches one object of every type with a single nodes call, in the order given', async () => {
      const all = NODE_TYPES.map((type) => samples[type]);
      const ids = [...all].reverse().map((s) => s.id);
      const data = dataOf(
        await app.gql<{ nodes: Array<NodeResult | null> }>(
          `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`,
          { ids },
        ),
      );
      expect(data.nodes).toEqual([...all].reverse());
    });

    it('gives distinct IDs to objects of different types', () => {
      const ids = NODE_TYPES.map((type) => samples[type].id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('fetches an article and a person by ID through article(id:) and person(id:)', async () => {
      const data = dataOf(
        await app.gql<{ article: { id: string; url: string } | null; person: { id: string; name: string } | null }>(
          'query ($a: ID!, $p: ID!) { article(id: $a) { id url } person(id: $p) { id name } }',
          { a: samples.Article.id, p: samples.Person.id },
        ),
      );
      expect(data.article).toEqual({ id: samples.Article.id, url: SEED_URL });
      expect(data.person).toEqual({ id: samples.Person.id, name: samples.Person.name });
    });
  });

  describe('IDs of rows that do not exist', () => {
    it('returns null without errors from node for a well-formed ID of a missing row', async () => {
      const response = await app.gql<{ node: NodeResult | null }>('query ($id: ID!) { node(id: $id) { id } }', {
        id: MISSING_PERSON_ID,
      });
      expect(errorsOf(response)).toEqual([]);
      expect(response.body.data).toEqual({ node: null });
    });

    it('returns null in the place of the missing row when nodes gets a mix of IDs', async () => {
      const response = await app.gql<{ nodes: Array<NodeResult | null> }>(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`,
        { ids: [samples.Person.id, MISSING_PERSON_ID, samples.Article.id] },
      );
      expect(errorsOf(response)).toEqual([]);
      expect(response.body.data).toEqual({ nodes: [samples.Person, null, samples.Article] });
    });

    it('returns null without errors from person(id:) and article(id:) for missing rows', async () => {
      const response = await app.gql('query ($p: ID!, $a: ID!) { person(id: $p) { id } article(id: $a) { id } }', {
        p: MISSING_PERSON_ID,
        a: globalId('Article:999999'),
      });
      expect(errorsOf(response)).toEqual([]);
      expect(response.body.data).toEqual({ person: null, article: null });
    });
  });

  describe('malformed IDs', () => {
    const MALFORMED = ['not-an-id', '', 'Zm9v'];
    const FIELDS = {
      node: 'query ($id: ID!) { node(id: $id) { id } }',
      nodes: 'query ($id: ID!) { nodes(ids: [$id]) { id } }',
      article: 'query ($id: ID) { article(id: $id) { id } }',
      person: 'query ($id: ID!) { person(id: $id) { id } }',
    };
    const cases = MALFORMED.flatMap((id) => Object.entries(FIELDS).map(([field, query]) => ({ field, query, id })));

    it.each(cases)(
      'rejects the malformed ID $id passed to $field with BAD_USER_INPUT naming the ID',
      async ({ field, query, id }) => {
        const response = await app.gql(query, { id });
        const message = badUserInputMessage(response);
        expect(message).toContain(id === '' ? '""' : id);
        expect(response.body.data?.[field as keyof typeof response.body.data] ?? null).toBeNull();
      },
    );

    it.each([
      ['Foo:1', 'a type that does not exist'],
      ['PageInfo:1', 'a type that is not a node'],
    ])('rejects node(id:) of %s (%s) with BAD_USER_INPUT, not an internal error', async (decoded) => {
      const id = globalId(decoded);
      const response = await app.gql('query ($id: ID!) { node(id: $id) { id } }', { id });
      const message = badUserInputMessage(response);
      expect(message).toContain(id);
    });

    it('rejects a Person ID passed to article(id:) with BAD_USER_INPUT naming both types', async () => {
      const message = badUserInputMessage(
        await app.gql('query ($id: ID) { article(id: $id) { id } }', { id: samples.Person.id }),
      );
      expect(message).toContain('Person');
      expect(message).toContain('Article');
    });

    it('rejects an Article ID passed to person(id:) with BAD_USER_INPUT naming both types', async () => {
      const message = badUserInputMessage(
        await app.gql('query ($id: ID!) { person(id: $id) { id } }', { id: samples.Article.id }),
      );
      expect(message).toContain('Article');
      expect(message).toContain('Person');
    });
  });

  describe('article(url:)', () => {
    it('returns null without errors for a url no article has', async () => {
      const response = await app.gql('query ($url: String!) { article(url: $url) { id } }', {
        url: 'https://example.com/no-such-article',
      });
      expect(errorsOf(response)).toEqual([]);
      expect(response.body.data).toEqual({ article: null });
    });

    it('rejects both an id and a url at once with BAD_USER_INPUT', async () => {
      badUserInputMessage(
        await app.gql('query ($id: ID, $url: String) { article(id: $id, url: $url) { id } }', {
          id: samples.Article.id,
          url: SEED_URL,
        }),
      );
    });

    it('rejects neither an id nor a url with BAD_USER_INPUT', async () => {
      badUserInputMessage(await app.gql('{ article { id } }'));
    });
  });
});
