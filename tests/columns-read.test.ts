import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { schema } from '../src/schema.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';

/**
 * Lists read only the columns their selected fields need. Each field of each
 * listed type, selected alone in a list, must give what the same node gives
 * when read whole through `nodes(ids:)`: a field that reads a column it does
 * not declare fails here (reading a column left out throws).
 */

const LISTS = ['articles', 'people', 'organizations', 'places', 'statements', 'casualtyReports', 'militaryDeployments'];

function subselection(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isLeafType(type)) return '';
  if (type.name.endsWith('Connection')) return '{ totalCount edges { node { __typename } } }';
  return '{ __typename }';
}

function nodeTypeOf(list: string): GraphQLObjectType {
  const connection = getNamedType(schema.getQueryType()?.getFields()[list]?.type);
  if (!isObjectType(connection)) throw new Error(`${list} is not a connection`);
  const edge = getNamedType(connection.getFields().edges?.type);
  if (!isObjectType(edge)) throw new Error(`${list} has no edges`);
  const node = getNamedType(edge.getFields().node?.type);
  if (!isObjectType(node)) throw new Error(`${list} does not list objects`);
  return node;
}

describe('columns read by lists', () => {
  let app: TestApp;
  let token: string;
  beforeAll(() => {
    app = createTestApp();
    token = createToken(app.db, { role: 'reader', name: 'columns' }).token;
  });
  afterAll(() => app.close());

  it.each(LISTS)('gives every field of %s alone what the whole row gives', async (list) => {
    const type = nodeTypeOf(list);
    const fields = Object.values(type.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
    const ids = dataOf(
      await app.gql<Record<string, { edges: Array<{ node: { id: string } }> }>>(
        `{ ${list}(first: 20) { edges { node { id } } } }`,
      ),
    )[list]?.edges.map((e) => e.node.id);
    expect(ids?.length).toBeGreaterThan(0);
    for (const field of fields) {
      const selection = `${field.name} ${subselection(field)}`;
      const listed = dataOf(
        await app.gql<Record<string, { edges: Array<{ node: Record<string, unknown> }> }>>(
          `{ ${list}(first: 20) { edges { node { ${selection} } } } }`,
          {},
          token,
        ),
      )[list]?.edges.map((e) => e.node);
      const whole = dataOf(
        await app.gql<{ nodes: Array<Record<string, unknown>> }>(
          `query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type.name} { ${selection} } } }`,
          { ids },
          token,
        ),
      ).nodes;
      expect({ field: field.name, values: listed }).toEqual({ field: field.name, values: whole });
    }
  });

  it('leaves out the columns no selected field reads, and reads them when one does', async () => {
    app.statements.length = 0;
    dataOf(await app.gql('{ articles(first: 5) { edges { node { title } } } }'));
    const titlesOnly = app.statements.find((q) => q.includes('FROM (SELECT * FROM "articles"'));
    expect(titlesOnly).toContain('"title"');
    expect(titlesOnly).not.toContain('"body"');

    app.statements.length = 0;
    dataOf(await app.gql('{ articles(first: 5) { edges { node { title body } } } }'));
    expect(app.statements.find((q) => q.includes('FROM (SELECT * FROM "articles"'))).toContain('"body"');
  });

  it("reads connections' edges and page info and edges' nodes as plain properties, with no resolver call", () => {
    const resolved = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter(
            (f) =>
              (type.name.endsWith('Connection') && ['edges', 'pageInfo'].includes(f.name)) ||
              (type.name.endsWith('Edge') && f.name === 'node'),
          )
          .map((f) => ({ field: `${type.name}.${f.name}`, resolver: f.resolve !== undefined })),
      );
    expect(resolved.length).toBeGreaterThan(20);
    expect(resolved.filter((r) => r.resolver)).toEqual([]);
  });
});
