/**
 * Hand-built AnalyzedArticles, so the fact extractors are tested without the text stages: paragraphs
 * and sentences from a plain split, entities and their mentions given (or found by exact name), dates
 * given. Nothing here guesses: an entity the test does not name is not there.
 */
import { DESCRIBED_SPEAKER } from '../../src/ingest/coref.js';
import { findDateline } from '../../src/ingest/dateline.js';
import type {
  AnalyzedArticle,
  DateReference,
  EntityMention,
  EntityRef,
  Segment,
  Sentence,
} from '../../src/ingest/types.js';
import type { SeedFile } from '../../src/seed/seed-file.js';

const ABBREVIATIONS =
  /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Sen|Rep|Gov|Prof|St|Adm|No|U\.S|U\.N|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.$/;

export function paragraphsOf(body: string): Segment[] {
  const paragraphs: Segment[] = [];
  for (const m of body.matchAll(/[^\n]+(?:\n(?!\n)[^\n]+)*/g)) {
    paragraphs.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return paragraphs;
}

/** Sentences end at . ! or ? (a closing quote mark may follow) before a space and a capital or a quote mark. */
export function sentencesOf(body: string, paragraphs: Segment[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    let start = p.start;
    for (const m of p.text.matchAll(/[.!?]["”]?(?=\s+["“A-Z])/g)) {
      const end = p.start + m.index + m[0].length;
      if (ABBREVIATIONS.test(body.slice(start, p.start + m.index + 1))) continue;
      sentences.push({ start, end, text: body.slice(start, end), paragraph });
      start = end;
      while (/\s/.test(body[start] ?? '')) start++;
    }
    if (start < p.end) sentences.push({ start, end: p.end, text: body.slice(start, p.end), paragraph });
  });
  return sentences;
}

export interface Entities {
  people?: Array<{ key: string; name: string; aliases?: string[]; nationality?: string | null }>;
  organizations?: Array<{
    key: string;
    name: string;
    kind?: SeedFile['organizations'][number]['kind'];
    aliases?: string[];
  }>;
  places?: Array<{
    key: string;
    name: string;
    kind?: SeedFile['places'][number]['kind'];
    parent?: string | null;
    aliases?: string[];
  }>;
}

/**
 * An article from its body and named entities: every occurrence of a name or alias (whole words,
 * longest first) is a mention; "he"/"she" right before or after a speech verb refers to the last person
 * named before it unless a described speaker stands between them, the only coreference the fixtures
 * need, and what the coreference stage must do.
 */
export function analyzed(
  body: string,
  entities: Entities,
  options: { publishedOn?: string | null; dates?: Array<{ text: string; day: string; nth?: number }> } = {},
): AnalyzedArticle {
  const paragraphs = paragraphsOf(body);
  const names: Array<{ text: string; ref: EntityRef; via: EntityMention['via'] }> = [];
  for (const p of entities.people ?? []) {
    for (const n of [p.name, ...(p.aliases ?? [])])
      names.push({ text: n, ref: { person: p.key }, via: n === p.name ? 'NAME' : 'ALIAS' });
  }
  for (const o of entities.organizations ?? []) {
    for (const n of [o.name, ...(o.aliases ?? [])])
      names.push({ text: n, ref: { organization: o.key }, via: n === o.name ? 'NAME' : 'ALIAS' });
  }
  for (const p of entities.places ?? []) {
    for (const n of [p.name, ...(p.aliases ?? [])])
      names.push({
        text: n,
        ref: { place: p.key },
        via: n === p.name ? 'NAME' : /^[A-Z][a-z]+$/.test(n) ? 'DEMONYM' : 'ALIAS',
      });
  }
  names.sort((x, y) => y.text.length - x.text.length);
  const taken = new Uint8Array(body.length);
  const mentions: EntityMention[] = [];
  for (const n of names) {
    const pattern = new RegExp(`(?<![\\w])${n.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
    for (const m of body.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some((x) => x === 1)) continue;
      taken.fill(1, start, end);
      mentions.push({ start, end, text: m[0], ref: n.ref, via: n.via });
    }
  }
  mentions.sort((x, y) => x.start - y.start);
  const pronouns =
    /\b(?:(?:he|she)\s+(?:said|says|told|added|asked|insisted|warned)|(?:said|says|added|asked)\s+(?:he|she))\b/gi;
  const described = [...body.matchAll(DESCRIBED_SPEAKER)].map((m) => m.index);
  for (const m of body.matchAll(pronouns)) {
    const at = m.index + m[0].search(/\b(?:he|she)\b/i);
    const person = mentions.filter((x) => x.end <= at && 'person' in x.ref).pop();
    // a speaker described after the person ("The commander of the force said") is who "he" is
    if (person && !described.some((d) => d >= person.end && d < at))
      mentions.push({
        start: at,
        end: at + (/she/i.test(body.slice(at, at + 3)) ? 3 : 2),
        text: body.slice(at, at + (/she/i.test(body.slice(at, at + 3)) ? 3 : 2)),
        ref: person.ref,
        via: 'PRONOUN',
      });
  }
  mentions.sort((x, y) => x.start - y.start);
  return {
    body,
    publishedOn: options.publishedOn ?? null,
    paragraphs,
    sentences: sentencesOf(body, paragraphs),
    people: (entities.people ?? []).map((p) => ({
      key: p.key,
      name: p.name,
      aliases: p.aliases ?? [],
      description: null,
      nationality: p.nationality ?? null,
    })),
    organizations: (entities.organizations ?? []).map((o) => ({
      key: o.key,
      name: o.name,
      kind: o.kind ?? 'OTHER',
      country: null,
    })),
    places: (entities.places ?? []).map((p) => ({
      key: p.key,
      name: p.name,
      kind: p.kind ?? 'COUNTRY',
      countryCode: null,
      parent: p.parent ?? null,
      population: null,
    })),
    mentions,
    dates: datesIn(body, options.dates ?? []),
    dateline: datelineOf(body, entities),
  };
}

/** The dateline stage's span, its place one of the given places by name. */
function datelineOf(body: string, entities: Entities): AnalyzedArticle['dateline'] {
  const found = findDateline(body);
  if (!found) return null;
  const name = found.place?.kind === 'CITY' ? found.place.name : found.place?.country.name;
  return { ...found, place: entities.places?.find((p) => p.name === name)?.key ?? null };
}

function datesIn(body: string, dates: Array<{ text: string; day: string; nth?: number }>): DateReference[] {
  return dates.map((d) => {
    let start = -1;
    for (let i = 0; i <= (d.nth ?? 0); i++) start = body.indexOf(d.text, start + 1);
    if (start < 0) throw new Error(`date "${d.text}" is not in the body`);
    return { start, end: start + d.text.length, text: d.text, day: d.day };
  });
}

/**
 * The seed article as the text stages should see it, taken from the curated seed itself: its people,
 * organizations and places, and its mentions (pronouns marked as coreference) are the oracle.
 */
export function analyzedFromSeed(
  seed: SeedFile,
  body: string,
  dates: Array<{ text: string; day: string; nth?: number }>,
): AnalyzedArticle {
  const paragraphs = paragraphsOf(body);
  const mentions: EntityMention[] = [];
  for (const m of seed.mentions) {
    const ref: EntityRef | null = m.person
      ? { person: m.person }
      : m.organization
        ? { organization: m.organization }
        : m.place
          ? { place: m.place }
          : null;
    if (!ref) continue;
    const names = [
      ...seed.people.flatMap((p) => [p.name, ...p.aliases]),
      ...seed.organizations.map((o) => o.name),
      ...seed.places.map((p) => p.name),
    ];
    const text = m.evidence.text;
    const via: EntityMention['via'] = /^(?:he|she|they|it|him|her)$/i.test(text)
      ? 'PRONOUN'
      : names.includes(text)
        ? 'NAME'
        : /^[A-Z][a-z]+$/.test(text)
          ? 'DEMONYM'
          : 'DESCRIPTION';
    mentions.push({ start: m.evidence.start, end: m.evidence.end, text, ref, via });
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  return {
    body,
    publishedOn: seed.article.publishedOn,
    paragraphs,
    sentences: sentencesOf(body, paragraphs),
    people: seed.people,
    organizations: seed.organizations,
    places: seed.places,
    mentions,
    dates: datesIn(body, dates),
    // the seed is a page, not wire copy: it opens with no dateline
    dateline: null,
  };
}
