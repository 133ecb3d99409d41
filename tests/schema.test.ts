import fs from 'node:fs';
import {
  buildSchema,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaFile } from '../src/graphql/print-schema.js';
import { createTestApp } from './helpers/app.js';

const committed = fs.readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

describe('schema.graphql', () => {
  it('is what the code prints (run `npm run schema:print` when this fails)', () => {
    expect(committed).toBe(printSchemaFile());
  });

  it('describes every type, field, argument and enum value', () => {
    const schema = buildSchema(committed);
    const missing: string[] = [];
    const types = Object.values(schema.getTypeMap()).filter((t: GraphQLNamedType) => !t.name.startsWith('__'));
    for (const type of types) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
      if (isUnionType(type) && type.getTypes().length === 0) missing.push(`${type.name} has no members`);
    }
    expect(missing).toEqual([]);
  });

  it('has every fact type implement Fact and Node, and both actors implement Actor', () => {
    const schema = buildSchema(committed);
    for (const name of ['Statement', 'CasualtyReport', 'MilitaryDeployment', 'Role', 'Mention']) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      expect(type.getInterfaces().map((i) => i.name)).toEqual(expect.arrayContaining(['Fact', 'Node']));
    }
    for (const name of ['Person', 'Organization']) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      expect(type.getInterfaces().map((i) => i.name)).toEqual(expect.arrayContaining(['Actor', 'Node']));
    }
  });
});

describe('error masking', () => {
  it('hides the cause of an unexpected failure behind a generic message and a code', async () => {
    const app = createTestApp();
    try {
      app.db.$client.exec('PRAGMA foreign_keys = OFF; DROP TABLE casualty_reports;');
      const response = await app.gql('{ casualtyReports(first: 1) { totalCount } }');
      const [error] = response.body.errors ?? [];
      expect(error?.message).toBe('Unexpected error.');
      expect(error?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(response.body)).not.toContain('casualty_reports');
    } finally {
      app.close();
    }
  });
});
