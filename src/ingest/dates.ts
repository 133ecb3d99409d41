/**
 * Stage 3, dates: the days the text refers to, found by chrono-node (its
 * English parsers ship in the package) and resolved against an anchor day.
 *
 * The anchor is the publication day when the source gives one. A bare
 * weekday ("on Thursday") in news refers to the latest such day on or before
 * publication. Without a publication day the anchor is the photo caption's
 * date (the day a picture was taken, which precedes its article): a bare
 * weekday is then the first such day on or after it. The article's own day,
 * when the source does not give it, is the latest day the text refers to,
 * because an article is not published before the events it reports; with no
 * dated reference at all it stays unknown (null): no day is invented.
 */
import * as chrono from 'chrono-node';
import type { DateReference } from './types.js';

/** The days of the week and the months, as patterns for the stages that read them around a date. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DAY_MS = 86_400_000;

export type AnchorKind = 'PUBLISHED' | 'CAPTION';

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dayToDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** Words chrono reads as dates that in news prose rarely are. */
const NOT_A_DATE = /^(now|today|tonight|may|sat|sun|mon|march|second|a second)$/i;

/** Absolute dates only ("April 7, 2010", "Wednesday, April 7, 2010"): needs no anchor. */
export function absoluteDates(text: string, offset = 0): DateReference[] {
  return chrono.en.strict
    .parse(text, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 })
    .filter((r) => r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year'))
    .map((r) => ({
      start: offset + r.index,
      end: offset + r.index + r.text.length,
      text: r.text,
      day: toDay(r.start.date()),
    }));
}

/**
 * Every day the text refers to, relative references resolved against `anchor`
 * (YYYY-MM-DD). Spans are offsets into `text` plus `offset`.
 */
export function resolveDates(text: string, anchor: { day: string; kind: AnchorKind }, offset = 0): DateReference[] {
  const ref = dayToDate(anchor.day);
  const out: DateReference[] = [];
  for (const { chunk, at } of dateChunks(text)) {
    for (const r of chrono.en.casual.parse(chunk, { instant: ref, timezone: 0 })) {
      const date = dayOf(r, ref, anchor.kind);
      if (date)
        out.push({ start: offset + at + r.index, end: offset + at + r.index + r.text.length, text: r.text, day: date });
    }
  }
  return out;
}

/**
 * Words without which chrono finds no day in a sentence: weekdays, months, "yesterday", "ago", parts of
 * a day, numeric dates. Most sentences of an article have none, and chrono is the dearest stage, so only
 * the sentences that have one are parsed.
 */
const DATE_HINT =
  /\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|yesterday|today|tonight|tomorrow|ago|week|morning|afternoon|evening|night|noon|midnight)|\d{1,4}[/-]\d{1,2}/i;
/** Sentence ends: a stop, an optional closing quote, space, then a capital or an opening quote ("Jan. 5" stays whole). */
const SENTENCE_END = /(?<=[.!?]["”]?)\s+(?=["“\p{Lu}])/gu;

function dateChunks(text: string): Array<{ chunk: string; at: number }> {
  const chunks: Array<{ chunk: string; at: number }> = [];
  let at = 0;
  const take = (end: number) => {
    const chunk = text.slice(at, end);
    if (DATE_HINT.test(chunk)) chunks.push({ chunk, at });
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    take(m.index);
    at = m.index + m[0].length;
  }
  take(text.length);
  return chunks;
}

function dayOf(r: chrono.ParsedResult, ref: Date, kind: AnchorKind): string | null {
  const words = r.text.replace(/^(on|in|at|by|since|from|until)\s+/i, '');
  if (NOT_A_DATE.test(words)) return null;
  if (r.start.isCertain('day') || !r.start.isCertain('weekday')) {
    // A month or year alone is not a day.
    if (!r.start.isCertain('day') && !r.start.isCertain('weekday') && !/\b(ago|week|yesterday)\b/i.test(r.text)) {
      return null;
    }
    return toDay(r.start.date());
  }
  const weekday = r.start.get('weekday') as number;
  const shift = (weekday - ref.getUTCDay() + 7) % 7;
  return toDay(new Date(ref.getTime() + (kind === 'CAPTION' ? shift : shift - (shift ? 7 : 0)) * DAY_MS));
}

/** The article's day: the given instant's day, else the latest day its text (or caption) refers to. */
export function articleDay(publishedAt: string | null, references: DateReference[]): string | null {
  if (publishedAt) {
    const t = new Date(publishedAt);
    if (!Number.isNaN(t.getTime())) return toDay(t);
  }
  return references.reduce<string | null>((latest, r) => (latest === null || r.day > latest ? r.day : latest), null);
}
