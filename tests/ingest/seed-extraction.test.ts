import { describe, expect, it } from 'vitest';
import { extractCasualtyReports } from '../../src/ingest/casualties.js';
import { extractDeployments } from '../../src/ingest/deployments.js';
import { evaluate, formatScores, namedFacts } from '../../src/ingest/evaluate.js';
import { extractStatements } from '../../src/ingest/statements.js';
import { readSeedFile, seedFiles } from '../../src/seed/load-seed.js';
import { analyzedFromSeed } from './analyzed.js';

// The seed article was published on Thursday 8 April 2010; each "Thursday" in it is that day.
const THURSDAYS = [0, 1, 2].map((nth) => ({ text: 'Thursday', day: '2010-04-08', nth }));

describe('the fact extractors on the seed article, its curated entities and mentions standing in for the text stages', () => {
  const { seed, body } = readSeedFile(seedFiles()[0] as string);
  const article = analyzedFromSeed(seed, body, THURSDAYS);
  const statements = extractStatements(article);
  const casualtyReports = extractCasualtyReports(article);
  const militaryDeployments = extractDeployments(article);
  const extracted = { ...seed, statements, casualtyReports, militaryDeployments };
  const scores = evaluate(namedFacts(seed), namedFacts(extracted));

  it('recovers every curated direct quote with its speaker, and the reported speech', () => {
    console.log(`Seed article, extracted against curated:\n${formatScores(scores)}`);
    expect(scores.directQuotes).toMatchObject({ expected: 6, matched: 6, precision: 1 });
    expect(scores.statements.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.statements.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('records quotes as the seed does: the words without quote marks or the handing-over comma, a final stop kept', () => {
    const texts = statements.filter((s) => s.kind === 'DIRECT_QUOTE').map((s) => s.text);
    expect(texts).toContain('The President took the decision to send two companies of paratroopers');
    expect(texts).toContain("I don't want to say that - I just don't want to believe it.");
    for (const s of statements) expect(body.slice(s.evidence.start, s.evidence.end)).toBe(s.text);
  });

  it('takes addressee, outlet and pronoun speaker from the sentence', () => {
    const told = statements.find((s) => s.text.startsWith('he did not want to believe'));
    expect(told).toMatchObject({
      speaker: { person: 'kurmanbek-bakiyev' },
      speakerSpan: { text: 'ousted Kyrgyz President Kurmanbek Bakiyev' },
      verb: 'told',
      addressee: { organization: 'reuters' },
      outlet: 'reuters',
      statedOn: '2010-04-08',
    });
    const agencies = statements.find((s) => s.text.startsWith('The President took'));
    expect(agencies).toMatchObject({
      speaker: { person: 'nikolai-makarov' },
      verb: 'quoted ... as saying',
      outlet: 'russian-state-news-agencies',
      outletLabel: 'state-run agencies',
    });
    const he = statements.find((s) => s.text.startsWith('Around 150'));
    expect(he).toMatchObject({ speaker: { person: 'nikolai-makarov' }, speakerSpan: { text: 'he' } });
    const office = statements.find((s) => s.text.startsWith('Russia was sending'));
    expect(office).toMatchObject({
      addresseeLabel: 'the leader of neighbouring Kazakhstan',
      outlet: 'kremlin',
      outletLabel: 'his office',
    });
  });

  it('finds the toll: at least 75 people dead in clashes', () => {
    expect(scores.casualtyReports).toMatchObject({ expected: 1, extracted: 1, matched: 1 });
    expect(casualtyReports[0]).toMatchObject({
      category: 'KILLED',
      count: 75,
      countLow: 75,
      countHigh: null,
      qualifier: 'AT_LEAST',
      statedCount: 'at least 75',
      victims: 'people',
      cause: 'clashes between security forces and protesters',
      evidence: { text: 'clashes between security forces and protesters that left at least 75 people dead' },
    });
  });

  it('finds the three foreign military presences', () => {
    expect(scores.militaryDeployments).toMatchObject({ expected: 3, extracted: 3, matched: 3 });
    const arrived = militaryDeployments.find((d) => d.status === 'ARRIVED');
    expect(arrived).toMatchObject({
      deployingCountry: 'russia',
      hostCountry: 'kyrgyzstan',
      location: 'kant-air-base',
      forceType: 'paratroopers',
      unitSize: 'two companies',
      personnel: 150,
      personnelQualifier: 'APPROXIMATELY',
      orderedBy: 'dmitry-medvedev',
      occurredOn: '2010-04-08',
    });
    expect(arrived?.evidence.text).toContain('Around 150 [servicemen]have arrived at Kant');
    expect(militaryDeployments.find((d) => d.status === 'STATIONED')?.evidence.text).toBe("Russia's Kant air base");
    expect(militaryDeployments.find((d) => d.status === 'LEASED')).toMatchObject({
      deployingCountry: 'united-states',
      hostCountry: 'kyrgyzstan',
      forceType: 'air base',
      purpose: 'to support operations in Afghanistan',
    });
  });
});
