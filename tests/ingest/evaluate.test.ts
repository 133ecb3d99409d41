import { describe, expect, it } from 'vitest';
import { evaluate, matchedFacts, type NamedFacts, sameName, textOverlap } from '../../src/ingest/evaluate.js';

const facts = (f: Partial<NamedFacts>): NamedFacts => ({
  statements: [],
  casualtyReports: [],
  militaryDeployments: [],
  ...f,
});

describe('evaluate', () => {
  it('matches a statement by kind, speaker and substantially overlapping text', () => {
    const expected = facts({
      statements: [
        {
          kind: 'REPORTED_SPEECH',
          speaker: 'Kurmanbek Bakiyev',
          text: 'offered to talk to the opposition leaders who have claimed control of Kyrgyzstan',
        },
        { kind: 'DIRECT_QUOTE', speaker: 'Nikolai Makarov', text: 'Around 150 [servicemen]have arrived at Kant' },
      ],
    });
    const extracted = facts({
      statements: [
        {
          kind: 'REPORTED_SPEECH',
          speaker: 'kurmanbek bakiyev',
          text: "offered to talk to the opposition leaders who have claimed control of Kyrgyzstan after Central Asia's bloodiest unrest in five years",
        },
        { kind: 'DIRECT_QUOTE', speaker: 'Dmitry Medvedev', text: 'Around 150 [servicemen]have arrived at Kant' },
      ],
    });
    const scores = evaluate(expected, extracted);
    expect(scores.statements).toEqual({ expected: 2, extracted: 2, matched: 1, precision: 0.5, recall: 0.5 });
    expect(scores.directQuotes).toMatchObject({ matched: 0, precision: 0, recall: 0 });
  });

  it('counts a text sharing less than half the words of the longer one as different', () => {
    expect(textOverlap('he had no plans to step down', 'he had no plans')).toBeCloseTo(4 / 7);
    expect(textOverlap('he had no plans to step down', 'he had')).toBeLessThan(0.5);
  });

  it('takes a name that ends another word for word as the same, and no speaker only as no speaker', () => {
    expect(sameName('Nikolai Makarov', 'General Nikolai Makarov')).toBe(true);
    expect(sameName('Nikolai Makarov', 'Dmitry Makarov')).toBe(false);
    expect(sameName(null, null)).toBe(true);
    expect(sameName(null, 'Police')).toBe(false);
  });

  it('matches casualty figures on category, qualifier and every bound, and each fact once', () => {
    const report = { category: 'KILLED' as const, count: 75, low: 75, high: null, qualifier: 'AT_LEAST' as const };
    const scores = evaluate(
      facts({ casualtyReports: [report] }),
      facts({ casualtyReports: [report, report, { ...report, qualifier: 'EXACT', high: 75 }] }),
    );
    expect(scores.casualtyReports).toMatchObject({ matched: 1, precision: 1 / 3, recall: 1 });
  });

  it('matches deployments on countries and status, and on personnel only when one is expected', () => {
    const d = { deployingCountry: 'Russia', hostCountry: 'Kyrgyzstan', personnel: null, status: 'STATIONED' as const };
    expect(
      evaluate(facts({ militaryDeployments: [d] }), facts({ militaryDeployments: [{ ...d, personnel: 150 }] }))
        .militaryDeployments.matched,
    ).toBe(1);
    expect(
      evaluate(facts({ militaryDeployments: [{ ...d, personnel: 150 }] }), facts({ militaryDeployments: [d] }))
        .militaryDeployments.matched,
    ).toBe(0);
    expect(
      evaluate(facts({ militaryDeployments: [d] }), facts({ militaryDeployments: [{ ...d, status: 'LEASED' }] }))
        .militaryDeployments.matched,
    ).toBe(0);
  });

  it("takes two names of one country as the same country, and two countries' names as different", () => {
    const d = { deployingCountry: 'Turkey', hostCountry: 'Albania', personnel: null, status: 'ANNOUNCED' as const };
    const as = (deployingCountry: string) =>
      evaluate(facts({ militaryDeployments: [d] }), facts({ militaryDeployments: [{ ...d, deployingCountry }] }))
        .militaryDeployments.matched;
    expect(as('Türkiye')).toBe(1);
    expect(as('Greece')).toBe(0);
  });

  it('gives precision 1 when nothing was proposed and recall 1 when nothing was expected', () => {
    expect(evaluate(facts({}), facts({})).statements).toEqual({
      expected: 0,
      extracted: 0,
      matched: 0,
      precision: 1,
      recall: 1,
    });
  });

  it('tells which extracted facts were matched, by their index, as evaluate counts them', () => {
    const expected = facts({
      militaryDeployments: [
        { deployingCountry: 'China', hostCountry: 'South Sudan', personnel: 700, status: 'ANNOUNCED' },
      ],
      casualtyReports: [{ category: 'KILLED', count: 2, low: 2, high: 2, qualifier: 'EXACT' }],
    });
    const extracted = facts({
      militaryDeployments: [
        { deployingCountry: 'China', hostCountry: 'South Sudan', personnel: 12500, status: 'ANNOUNCED' },
        { deployingCountry: 'China', hostCountry: 'South Sudan', personnel: 700, status: 'ANNOUNCED' },
      ],
      casualtyReports: [
        { category: 'INJURED', count: 2, low: 2, high: 2, qualifier: 'EXACT' },
        { category: 'KILLED', count: 2, low: 2, high: 2, qualifier: 'EXACT' },
      ],
    });
    const matched = matchedFacts(expected, extracted);
    expect([...matched.militaryDeployments]).toEqual([1]);
    expect([...matched.casualtyReports]).toEqual([1]);
    expect([...matched.statements]).toEqual([]);
  });
});
