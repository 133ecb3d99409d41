// npx tsx scripts/rule-precision.ts <folder>... [--wrong]
// Each extraction rule's precision over the articles of the folders pooled (NAME.txt + NAME.expected.json, see
// src/ingest/evaluate-folder.ts): per fact type and rule, the facts it proposed, how many the scoring matched
// (right) and how many it did not (wrong). --wrong also lists each wrong fact. Direct quotes are statements of
// kind DIRECT_QUOTE, counted under their rule (quote-*); reported speech under reported-*.
import { matchedFacts } from '../src/ingest/evaluate.js';
import { scoreFolder } from '../src/ingest/evaluate-folder.js';
import { ruleOf } from '../src/ingest/rules.js';

const args = process.argv.slice(2);
const folders = args.filter((a) => !a.startsWith('--'));
if (folders.length === 0) {
  console.error('usage: npx tsx scripts/rule-precision.ts <folder>... [--wrong]');
  process.exit(2);
}
const showWrong = args.includes('--wrong');
const table = new Map<string, { right: number; wrong: number }>();
const wrong: string[] = [];
for (const folder of folders) {
  for (const r of scoreFolder(folder)) {
    const matched = matchedFacts(r.expected, r.extracted);
    const types = ['statements', 'casualtyReports', 'militaryDeployments'] as const;
    for (const type of types) {
      r.graph[type].forEach((fact, i) => {
        const key = `${type}\t${ruleOf(fact)}`;
        const row = table.get(key) ?? { right: 0, wrong: 0 };
        const ok = matched[type].has(i);
        if (ok) row.right++;
        else {
          row.wrong++;
          wrong.push(`${folder}/${r.name}\t${key}\t${JSON.stringify(r.extracted[type][i])}`);
        }
        table.set(key, row);
      });
    }
  }
}
console.log('fact type\trule\tright\twrong\tprecision');
for (const [key, { right, wrong: bad }] of [...table].sort((x, y) => x[0].localeCompare(y[0]))) {
  console.log(`${key}\t${right}\t${bad}\t${(right / (right + bad)).toFixed(2)}`);
}
if (showWrong) console.log(`\nWrong facts:\n${wrong.join('\n')}`);
