import fs from 'node:fs';
import {
  buildSchema,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { createTestApp, type TestApp } from './helpers/app.js';

const schema = buildSchema(fs.readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});

/** The smallest value GraphQL accepts for a type: required fields filled with placeholders no record has. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, placeholder(f.type)]),
    );
  }
  if (isScalarType(type))
    return ({ Int: 0, Float: 0, Boolean: false, ID: 'no-such-id' } as Record<string, unknown>)[type.name] ?? 'x';
  throw new Error(`no placeholder for ${String(type)}`);
}

// Token management is for admins; every other change is for editors (and admins).
const ADMIN_ONLY = new Set(['createApiToken', 'revokeApiToken']);
const ROLES = ['anonymous', 'reader', 'editor', 'admin'] as const;
type Role = (typeof ROLES)[number];

function allowed(role: Role, mutation: string): boolean {
  if (role === 'admin') return true;
  return role === 'editor' && !ADMIN_ONLY.has(mutation);
}

describe('the authorization matrix', () => {
  let app: TestApp;
  const tokens: Partial<Record<Role, string>> = {};
  beforeAll(() => {
    app = createTestApp();
    for (const role of ['reader', 'editor', 'admin'] as const) {
      tokens[role] = createToken(app.db, { role, name: `${role} token` }).token;
    }
  });
  afterAll(() => app.close());

  it('covers every mutation of the schema', () => {
    // 9 record types with create and update, retract, restore, reviewFacts, undo, two alias
    // mutations, three merges, the two token mutations and ingestArticle.
    expect(mutations.length).toBe(9 * 2 + 4 + 2 + 3 + 2 + 1);
  });

  const cases = mutations.flatMap((m) => ROLES.map((role) => [m.name, role] as const));
  it.each(cases)('%s as %s', async (name, role) => {
    const field = schema.getMutationType()?.getFields()[name];
    const input = field?.args[0];
    if (!input) throw new Error(`${name} takes no input`);
    const response = await app.gql<Record<string, { __typename: string }>>(
      `mutation ($input: ${input.type.toString()}) { ${name}(input: $input) { __typename } }`,
      { input: placeholder(input.type) },
      tokens[role as Exclude<Role, 'anonymous'>],
    );
    if (role === 'anonymous') {
      expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      return;
    }
    expect(response.body.errors).toBeUndefined();
    const typename = response.body.data?.[name]?.__typename;
    if (allowed(role, name)) expect(typename).not.toBe('ForbiddenError');
    else expect(typename).toBe('ForbiddenError');
  });

  it('shows the token list to admins only', async () => {
    const query = '{ apiTokens { name role } }';
    expect((await app.gql(query)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const role of ['reader', 'editor'] as const) {
      expect((await app.gql(query, {}, tokens[role])).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const admin = await app.gql<{ apiTokens: Array<{ name: string; role: string }> }>(query, {}, tokens.admin);
    expect(admin.body.data?.apiTokens.slice(0, 3)).toEqual([
      { name: 'reader token', role: 'reader' },
      { name: 'editor token', role: 'editor' },
      { name: 'admin token', role: 'admin' },
    ]);
  });

  it('shows history to token holders only: it names who made each change', async () => {
    const query = '{ people(first: 1) { edges { node { history(first: 1) { totalCount } } } } }';
    expect((await app.gql(query)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(query, {}, tokens.reader)).body.errors).toBeUndefined();
  });
});
