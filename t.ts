import { readSeedFile, seedFiles } from './src/seed/load-seed.js';
import { analyzedFromSeed } from './tests/ingest/analyzed.js';
import { extractStatements } from './src/ingest/statements.js';
const { seed, body } = readSeedFile(seedFiles()[0]!);
const a = analyzedFromSeed(seed, body, [{text:'Thursday', day:'2010-04-08'},{text:'Thursday', day:'2010-04-08', nth:1},{text:'Thursday', day:'2010-04-08', nth:2}]);
for (const s of a.sentences) console.log('S', s.start, s.end, JSON.stringify(s.text.slice(0,50)));
for (const s of extractStatements(a)) console.log(s.kind, JSON.stringify(s.text), '|', s.speakerSpan.text, JSON.stringify(s.speaker), s.verb, s.addresseeLabel, JSON.stringify(s.addressee), s.outlet, s.outletLabel, s.statedOn, s.confidence);
