import fs from 'node:fs';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { TRAVERSAL_QUERY } from '../src/graphql/traversal-query.js';
import { schema } from '../src/schema.js';
import { createTestApp } from './helpers/app.js';

const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const block = (language: string) => {
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
  if (!match?.[1]) throw new Error(`README.md has no ${language} block`);
  return match[1];
};

describe('README.md', () => {
  it('begins with the two commands of the set-up contract', () => {
    expect(readme.startsWith('```sh\nnpm install && npm start\nnpm install && npm test\n```')).toBe(true);
  });

  it('shows the query GraphiQL opens with, and its real output on the seed', async () => {
    expect(block('graphql')).toBe(TRAVERSAL_QUERY.trimEnd());
    const app = createTestApp();
    try {
      const response = await app.gql(block('graphql'));
      expect(response.body).toEqual(JSON.parse(block('json')));
    } finally {
      app.close();
    }
  });

  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)\n```/g)].map((m) => m[1] as string).slice(1);

  it('shows only examples that are valid against the schema', () => {
    expect(examples.length).toBeGreaterThan(5);
    for (const example of examples) {
      expect({ example, errors: validate(schema, parse(example)).map((e) => e.message) }).toEqual({
        example,
        errors: [],
      });
    }
  });

  it('shows queries that run on the seed as printed, with no errors and something found', async () => {
    const app = createTestApp();
    try {
      // Examples with variables (a mutation and its input) need their variables: validated above only.
      for (const example of examples.filter((e) => !e.includes('$'))) {
        const response = await app.gql(example);
        expect({ example, errors: response.body.errors }).toEqual({ example, errors: undefined });
        expect(JSON.stringify(response.body.data)).toMatch(/[A-Za-z0-9]":\s*(\[\{|\{"|"|[1-9])/);
      }
    } finally {
      app.close();
    }
  });
});
