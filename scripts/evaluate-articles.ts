// npx tsx scripts/evaluate-articles.ts <folder> [--facts] [--min-confidence X]
// Scores the whole ingest pipeline on a folder of NAME.txt + NAME.expected.json (see src/ingest/evaluate-folder.ts):
// precision and recall per fact type for each article and pooled; --facts prints what was extracted;
// --min-confidence scores only the facts at least that confident, as a client filtering on it would see them.
import { parseArgs } from 'node:util';
import { formatScores, pooled } from '../src/ingest/evaluate.js';
import { scoreFolder } from '../src/ingest/evaluate-folder.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { facts: { type: 'boolean' }, 'min-confidence': { type: 'string' } },
});
const [folder] = positionals;
const minConfidence = values['min-confidence'] === undefined ? 0 : Number(values['min-confidence']);
if (!folder || !(minConfidence >= 0 && minConfidence <= 1)) {
  console.error('usage: npx tsx scripts/evaluate-articles.ts <folder> [--facts] [--min-confidence 0..1]');
  process.exit(2);
}
const results = scoreFolder(folder, { minConfidence });
for (const r of results) {
  console.log(`${r.name}\n${formatScores(r.scores)}`);
  if (values.facts) console.log(JSON.stringify(r.extracted, null, 2));
}
console.log(`\nAll ${results.length} articles:\n${formatScores(pooled(results.map((r) => r.scores)))}`);
