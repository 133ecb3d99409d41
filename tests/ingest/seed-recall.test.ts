import { describe, expect, it } from 'vitest';
import { evaluate, FACT_TYPES, formatScores, namedFacts } from '../../src/ingest/evaluate.js';
import { analyzeRecord } from '../../src/ingest/pipeline.js';
import { readSeedFile, seedFiles } from '../../src/seed/load-seed.js';

/**
 * The pipeline alone, on the seed's raw page, against what an editor curated:
 * people with their titles, places, organizations. Precision and recall per
 * type are printed; the floors are asserted.
 */
const { seed, raw } = readSeedFile(seedFiles()[0] as string);
const { graph } = analyzeRecord({ body: raw });

function score(
  name: string,
  expected: string[],
  found: string[],
  same: (e: string, f: string) => boolean = (e, f) => e === f,
) {
  const hits = expected.filter((e) => found.some((f) => same(e, f))).length;
  const correct = found.filter((f) => expected.some((e) => same(e, f))).length;
  const recall = expected.length ? hits / expected.length : 1;
  const precision = found.length ? correct / found.length : 1;
  console.log(
    `seed ${name.padEnd(14)} precision ${precision.toFixed(2)} (${correct}/${found.length})  recall ${recall.toFixed(2)} (${hits}/${expected.length})`,
  );
  return { precision, recall };
}

const nameOf = (list: Array<{ key: string; name: string }>, key: string | null) =>
  list.find((x) => x.key === key)?.name ?? null;

describe('entities on the seed article, from an empty database', () => {
  it('finds the four people', () => {
    const s = score(
      'people',
      seed.people.map((p) => p.name),
      graph.people.map((p) => p.name),
    );
    expect(s).toEqual({ precision: 1, recall: 1 });
  });

  it('finds every curated title with its person, qualifier and evidence', () => {
    const key = (r: (typeof seed.roles)[number], people: typeof seed.people) =>
      `${nameOf(people, r.person)} | ${r.title} | ${r.qualifier} | ${r.evidence.start}-${r.evidence.end}`;
    const s = score(
      'roles',
      seed.roles.map((r) => key(r, seed.people)),
      graph.roles.map((r) => key(r, graph.people)),
    );
    expect(s).toEqual({ precision: 1, recall: 1 });
    const country = (r: (typeof seed.roles)[number], g: typeof seed) =>
      `${nameOf(g.people, r.person)} ${r.title} ${nameOf(g.places, r.country)}`;
    // Medvedev's country is not in his sentence: the curator knew it, the text does not say it.
    expect(graph.roles.map((r) => country(r, graph))).toEqual([
      'Dmitry Medvedev President null',
      'Nikolai Makarov General Russia',
      'Nikolai Makarov armed forces chief of staff Russia',
      'Kurmanbek Bakiyev President Kyrgyzstan',
    ]);
  });

  it('finds the countries, the capital, the regions and the base, each of its kind', () => {
    const s = score(
      'places',
      seed.places.map((p) => `${p.name} ${p.kind} ${p.countryCode}`),
      graph.places.map((p) => `${p.name} ${p.kind} ${p.countryCode}`),
    );
    expect(s.recall).toBe(1);
    expect(s.precision).toBe(1);
    expect(graph.places.find((p) => p.name === 'Bishkek')?.parent).toBe('kyrgyzstan');
    expect(graph.places.find((p) => p.name === 'Kant air base')?.parent).toBe('kyrgyzstan');
  });

  it('finds most organizations (a name counts when one name holds every word of the other)', () => {
    const words = (s: string) => s.toLowerCase().split(/\s+/);
    const overlaps = (e: string, f: string) =>
      words(f).every((w) => words(e).includes(w)) || words(e).every((w) => words(f).includes(w));
    const s = score(
      'organizations',
      seed.organizations.map((o) => o.name),
      graph.organizations.map((o) => o.name),
      overlaps,
    );
    // "Kyrgyz security forces" is "security forces" in the text, with no demonym: left out.
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
    expect(s.precision).toBe(1);
  });

  it('recovers the photo: caption, credit, photographer, day taken and place', () => {
    const photo = graph.photos[0];
    const curated = seed.photos[0];
    expect(
      photo && {
        ...photo,
        photographer: nameOf(graph.people, photo.photographer),
        place: nameOf(graph.places, photo.place),
      },
    ).toEqual(curated && { ...curated, photographer: 'Ivan Sekretarev', place: 'Bishkek' });
  });

  it('dates the article to the day the curator gave it, from its caption and "on Thursday"', () => {
    expect(graph.article.publishedOn).toBe(seed.article.publishedOn);
    expect(graph.article.publishedAt).toBeNull();
  });

  it('ties the seed mentions of people to the same people, coreference included', () => {
    const people = (g: typeof seed) =>
      g.mentions
        .filter((m) => m.person)
        .map((m) => `${m.evidence.start}-${m.evidence.end} ${nameOf(g.people, m.person ?? null)}`);
    // Curators sometimes take the title into the span ("General Nikolai Makarov"): overlapping spans naming
    // the same person are the same mention.
    const sameMention = (e: string, f: string) => {
      const [es, ee, en] = /^(\d+)-(\d+) (.*)$/.exec(e)?.slice(1) ?? [];
      const [fs, fe, fn] = /^(\d+)-(\d+) (.*)$/.exec(f)?.slice(1) ?? [];
      return en === fn && Number(es) < Number(fe) && Number(fs) < Number(ee);
    };
    const s = score('person mentions', people(seed), people(graph), sameMention);
    expect(s.recall).toBe(1);
    expect(s.precision).toBe(1);
  });

  it('finds most mentions of places and organizations', () => {
    const of = (g: typeof seed, kind: 'place' | 'organization') =>
      g.mentions
        .filter((m) => m[kind])
        .map(
          (m) =>
            `${m.evidence.start}-${m.evidence.end} ${nameOf(kind === 'place' ? g.places : g.organizations, m[kind] ?? null)}`,
        );
    const overlapping = (e: string, f: string) => {
      const [es, ee] = e.split(/[- ]/).map(Number) as [number, number];
      const [fs, fe] = f.split(/[- ]/).map(Number) as [number, number];
      return es < fe && fs < ee;
    };
    // Places by the same name; organizations by span alone, as their names differ ("Russian news agencies").
    const places = score(
      'place mentions',
      of(seed, 'place'),
      of(graph, 'place'),
      (e, f) => overlapping(e, f) && e.slice(e.indexOf(' ')) === f.slice(f.indexOf(' ')),
    );
    const organizations = score('org mentions', of(seed, 'organization'), of(graph, 'organization'), overlapping);
    expect(places.recall).toBeGreaterThanOrEqual(0.85);
    expect(places.precision).toBeGreaterThanOrEqual(0.95);
    expect(organizations.recall).toBeGreaterThanOrEqual(0.6);
    expect(organizations.precision).toBe(1);
  });
});

describe('facts on the seed article: the whole pipeline, from the raw page, against the curated facts', () => {
  const scores = evaluate(namedFacts(seed), namedFacts(graph));
  console.log(`seed, whole pipeline\n${formatScores(scores)}`);

  it('recovers at least 90% of the curated facts of every type, and proposes nothing wrong', () => {
    for (const type of FACT_TYPES) {
      expect({ type, recall: scores[type].recall >= 0.9 }).toEqual({ type, recall: true });
      expect({ type, precision: scores[type].precision >= 0.9 }).toEqual({ type, precision: true });
    }
  });

  it('gets every direct quote with its right speaker', () => {
    expect(scores.directQuotes.matched).toBe(seed.statements.filter((s) => s.kind === 'DIRECT_QUOTE').length);
  });

  it('gets the toll with its qualifier, and the three foreign military presences', () => {
    expect(graph.casualtyReports.map((c) => [c.category, c.count, c.qualifier])).toEqual([['KILLED', 75, 'AT_LEAST']]);
    expect(scores.militaryDeployments.matched).toBe(3);
  });
});
