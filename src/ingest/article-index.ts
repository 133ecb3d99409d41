/**
 * Look-ups the fact extractors share over one AnalyzedArticle: entities by key, mentions by offset
 * (binary search over the sorted mentions, so a look-up costs log n), the country a place lies in, the figures
 * a span of text holds. Built once per article and kept in a WeakMap, so the three extractors run over one index.
 */
import type { SeedActorRef, SeedFile } from '../seed/seed-file.js';
import { findQuantities, type Quantity } from './numbers.js';
import type { AnalyzedArticle, EntityMention, Segment } from './types.js';

type Place = SeedFile['places'][number];

export interface ArticleIndex {
  a: AnalyzedArticle;
  place(key: string): Place | undefined;
  organization(key: string): SeedFile['organizations'][number] | undefined;
  person(key: string): SeedFile['people'][number] | undefined;
  /** Mentions lying wholly inside [start, end), in text order. */
  mentionsIn(start: number, end: number): EntityMention[];
  /** The key of the COUNTRY a place is (or lies in), following parents; null when none is known. */
  countryOf(placeKey: string): string | null;
  /** The country a mention names, by name, demonym or a place inside it. */
  countryOfMention(m: EntityMention): string | null;
  /**
   * The figures of a sentence or clause (`findQuantities` over its text), read once: the casualty and deployment
   * stages ask for the same sentence's figures many times over. Callers must not change what they get.
   */
  quantitiesIn(span: Segment): readonly Quantity[];
  /** The day of the first date reference inside [start, end), outside [skipStart, skipEnd). */
  dayIn(start: number, end: number, skipStart?: number, skipEnd?: number): string | null;
}

const cache = new WeakMap<AnalyzedArticle, ArticleIndex>();

function firstAtOrAfter(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function indexArticle(a: AnalyzedArticle): ArticleIndex {
  const known = cache.get(a);
  if (known) return known;
  const places = new Map(a.places.map((p) => [p.key, p]));
  const organizations = new Map(a.organizations.map((o) => [o.key, o]));
  const people = new Map(a.people.map((p) => [p.key, p]));
  const dates = [...a.dates].sort((x, y) => x.start - y.start);
  const countries = new Map<string, string | null>();
  const countryOf = (key: string): string | null => {
    const cached = countries.get(key);
    if (cached !== undefined) return cached;
    let place = places.get(key);
    const seen = new Set<string>();
    while (place && place.kind !== 'COUNTRY' && place.parent && !seen.has(place.key)) {
      seen.add(place.key);
      place = places.get(place.parent);
    }
    const country = place?.kind === 'COUNTRY' ? place.key : null;
    countries.set(key, country);
    return country;
  };
  const quantities = new Map<string, readonly Quantity[]>();
  const index: ArticleIndex = {
    a,
    place: (key) => places.get(key),
    organization: (key) => organizations.get(key),
    person: (key) => people.get(key),
    mentionsIn(start, end) {
      const found: EntityMention[] = [];
      for (let i = firstAtOrAfter(a.mentions, start); i < a.mentions.length; i++) {
        const m = a.mentions[i] as EntityMention;
        if (m.start >= end) break;
        if (m.end <= end) found.push(m);
      }
      return found;
    },
    countryOf,
    countryOfMention: (m) => ('place' in m.ref ? countryOf(m.ref.place) : null),
    quantitiesIn(span) {
      const key = `${span.start}:${span.end}`;
      let found = quantities.get(key);
      if (!found) {
        found = findQuantities(span.text, span.start);
        quantities.set(key, found);
      }
      return found;
    },
    dayIn(start, end, skipStart = -1, skipEnd = -1) {
      for (let i = firstAtOrAfter(dates, start); i < dates.length; i++) {
        const d = dates[i];
        if (!d || d.start >= end) break;
        if (d.end <= end && (d.end <= skipStart || d.start >= skipEnd)) return d.day;
      }
      return null;
    },
  };
  cache.set(a, index);
  return index;
}

/** The person or organization a mention refers to; places and events are not actors. */
export function actorOf(m: EntityMention): SeedActorRef | null {
  if ('person' in m.ref) return { person: m.ref.person };
  if ('organization' in m.ref) return { organization: m.ref.organization };
  return null;
}

/** A span of the body, its text repeated as the seed format wants it. */
export function spanOf(body: string, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: body.slice(start, end) };
}
