// npx tsx scripts/evaluate-articles.ts <folder> [--facts]
// Scores the whole ingest pipeline on a folder of NAME.txt + NAME.expected.json (see src/ingest/evaluate-folder.ts):
// precision and recall per fact type for each article and pooled; --facts prints what was extracted.
import { formatScores, pooled } from '../src/ingest/evaluate.js';
import { scoreFolder } from '../src/ingest/evaluate-folder.js';

const [folder, flag] = process.argv.slice(2);
if (!folder) {
  console.error('usage: npx tsx scripts/evaluate-articles.ts <folder> [--facts]');
  process.exit(2);
}
const results = scoreFolder(folder);
for (const r of results) {
  console.log(`${r.name}\n${formatScores(r.scores)}`);
  if (flag === '--facts') console.log(JSON.stringify(r.extracted, null, 2));
}
console.log(`\nAll ${results.length} articles:\n${formatScores(pooled(results.map((r) => r.scores)))}`);
