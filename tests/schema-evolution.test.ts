import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disallowedBreakingChanges } from '../scripts/schema-evolution.js';
import { runScript } from './helpers/process.js';

const released = `
  type Query { person: Person }
  type Person {
    name: String!
    nickname: String @deprecated(reason: "Use aliases.")
    aliases: [String!]!
  }
`;
const changelogNaming = (path: string) => `# Changelog\n\n## Unreleased\n\n- Removed \`${path}\`.\n\n## 0.1.0\n`;
const emptyChangelog = '# Changelog\n\n## Unreleased\n\n## 0.1.0\n';

describe('schema evolution', () => {
  it('passes the committed schema against the released one', () => {
    const result = runScript('scripts/print-schema.ts', ['--check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('allows additions', async () => {
    const added = released.replace('aliases: [String!]!', 'aliases: [String!]!\n    born: String');
    expect(await disallowedBreakingChanges(released, added, emptyChangelog)).toEqual([]);
  });

  it('refuses removing a field that was never deprecated, naming it', async () => {
    const removed = released.replace('name: String!', '');
    const problems = await disallowedBreakingChanges(released, removed, changelogNaming('Person.name'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Person.name');
  });

  it('refuses removing a deprecated field that the changelog does not name', async () => {
    const removed = released.replace(/nickname: String @deprecated\(reason: "Use aliases."\)/, '');
    expect(await disallowedBreakingChanges(released, removed, emptyChangelog)).toHaveLength(1);
  });

  it('allows removing a deprecated field that the changelog names', async () => {
    const removed = released.replace(/nickname: String @deprecated\(reason: "Use aliases."\)/, '');
    expect(await disallowedBreakingChanges(released, removed, changelogNaming('Person.nickname'))).toEqual([]);
  });

  it('ships a released schema and a changelog', () => {
    expect(fs.existsSync(new URL('../schema.released.graphql', import.meta.url))).toBe(true);
    expect(fs.readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8')).toContain('## Unreleased');
  });
});
