// npx tsx scripts/rule-precision.ts <folder>... [--wrong]
// Each extraction rule's precision over the articles of the folders pooled (NAME.txt + NAME.expected.json, see
// src/ingest/evaluate-folder.ts): per fact type and rule, the facts it proposed, how many the scoring matched
// (right) and how many it did not (wrong), by the fact's whole tag and then by each rule in it (a deployment merged
// from cues of several rules counts for each). --wrong also lists each wrong fact. Direct quotes are statements
// of kind DIRECT_QUOTE, counted under their rule (quote-*); reported speech under reported-*.
import { scoreFolder } from '../src/ingest/evaluate-folder.js';
import { ruleOf } from '../src/ingest/rules.js';

const args = process.argv.slice(2);
const folders = args.filter((a) => !a.startsWith('--'));
if (folders.length === 0) {
  console.error('usage: npx tsx scripts/rule-precision.ts <folder>... [--wrong]');
  process.exit(2);
}
const showWrong = args.includes('--wrong');
type Table = Map<string, { right: number; wrong: number }>;
const table: Table = new Map();
const parts: Table = new Map();
const count = (t: Table, key: string, ok: boolean) => {
  const row = t.get(key) ?? { right: 0, wrong: 0 };
  if (ok) row.right++;
  else row.wrong++;
  t.set(key, row);
};
const wrong: string[] = [];
for (const folder of folders) {
  for (const r of scoreFolder(folder)) {
    const types = ['statements', 'casualtyReports', 'militaryDeployments'] as const;
    for (const type of types) {
      r.graph[type].forEach((fact, i) => {
        const rule = ruleOf(fact);
        const key = `${type}\t${rule}`;
        const ok = r.matched[type].has(i);
        count(table, key, ok);
        for (const part of new Set(rule.split('+'))) count(parts, `${type}\t${part}`, ok);
        if (!ok) wrong.push(`${folder}/${r.name}\t${key}\t${JSON.stringify(r.extracted[type][i])}`);
      });
    }
  }
}
const print = (title: string, t: Table) => {
  console.log(`${title}\nfact type\trule\tright\twrong\tprecision`);
  for (const [key, { right, wrong: bad }] of [...t].sort((x, y) => x[0].localeCompare(y[0]))) {
    console.log(`${key}\t${right}\t${bad}\t${(right / (right + bad)).toFixed(2)}`);
  }
};
print('By whole tag', table);
print('\nBy rule (a merged fact counts for each of its rules)', parts);
if (showWrong) console.log(`\nWrong facts:\n${wrong.join('\n')}`);
