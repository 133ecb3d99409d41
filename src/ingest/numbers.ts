/**
 * Counts as news prints them: digits ("75", "1,200", "5.3 million"), words ("seventy-five", "one hundred
 * and twenty"), ranges ("between 40 and 60"), qualifiers ("at least", "more than", "about", "up to",
 * "nearly") and vague quantities ("dozens"). The values of number words come from compromise, whose
 * number grammar ships inside its npm package; the regular expression below only finds where a number
 * may be, and the bounds follow the qualifier (see docs/extraction.md, "Casualty reports").
 */

import nlp from 'compromise';
import type { countQualifiers } from '../db/schema/index.js';
import { MONTH } from './dates.js';

export type CountQualifier = (typeof countQualifiers)[number];

export interface Quantity {
  /** Offsets into the text that was scanned (plus the offset given to findQuantities). */
  start: number;
  end: number;
  /** As printed, qualifier included ("at least 75"). */
  text: string;
  count: number | null;
  low: number | null;
  high: number | null;
  qualifier: CountQualifier;
  /** The vague word ("dozens") when the count is one. */
  vague: string | null;
}

const SMALL =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SCALE = 'hundred|thousand|million|billion';
// the word must end where the number does: "Eighteen" is no "eight" followed by letters
const WORD = `(?:(?:${TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL})\\b`;
const WORD_NUMBER = `(?:(?:${WORD}|a(?=[\\s-]+(?:${SCALE})))(?:[\\s-]+(?:and[\\s-]+)?(?:${WORD}|${SCALE}))*)`;
const DIGITS = `(?:\\d{1,3}(?:,\\d{3})+(?![\\d,])|\\d+(?:\\.\\d+)?)(?:\\s+(?:${SCALE}))?`;
const NUMBER = `(?:${DIGITS}|${WORD_NUMBER})`;
/** Whether a text may hold a count at all: a cheap test before the full search, from the same words. */
export const MAY_HOLD_COUNT = new RegExp(`\\d|\\b(?:${SMALL}|${TENS}|${SCALE}|dozen|score)`, 'i');

/**
 * Vague quantities and the conservative lower bound each is read as: the least the plural could
 * honestly mean, two of the unit for "dozens", "hundreds" and "several hundred", two scores for "scores".
 */
export const VAGUE_LOW_BOUNDS: Readonly<Record<string, number>> = {
  dozens: 24,
  'several dozen': 24,
  scores: 40,
  hundreds: 200,
  'several hundred': 200,
  thousands: 2000,
  'several thousand': 2000,
  'tens of thousands': 20000,
  'hundreds of thousands': 200000,
  millions: 2000000,
};
const VAGUE =
  '(?:tens of thousands|hundreds of thousands|several (?:dozen|hundred|thousand)|dozens|scores|hundreds|thousands|millions)';

const QUALIFIERS: ReadonlyArray<[RegExp, CountQualifier, 'low' | 'high' | null]> = [
  [/^(?:at least|no fewer than|not less than|a minimum of)$/i, 'AT_LEAST', 'low'],
  [/^(?:more than|over|upwards of|in excess of)$/i, 'MORE_THAN', null],
  [/^(?:up to|as many as)$/i, 'UP_TO', 'high'],
  [/^(?:at most|no more than|fewer than|less than|under)$/i, 'AT_MOST', 'high'],
  [/^(?:nearly|almost|close to)$/i, 'APPROXIMATELY', 'high'],
  [/^(?:about|around|approximately|roughly|some|an estimated|estimated|an? approximate)$/i, 'APPROXIMATELY', null],
];
const QUALIFIER =
  '(?:at least|no fewer than|not less than|a minimum of|more than|over|upwards of|in excess of|up to|as many as|at most|no more than|fewer than|less than|under|nearly|almost|close to|about|around|approximately|roughly|some|an estimated|estimated)';

const QUANTITY = new RegExp(
  `\\b(?:(?<qualifier>${QUALIFIER})\\s+)?(?:between\\s+(?<from>${NUMBER})\\s+and\\s+(?<to>${NUMBER})|(?<vague>${VAGUE})|(?<dozen>a dozen)|(?<half>(?:a\\s+)?half[\\s-]+(?:a\\s+)?dozen)|(?<dozens>${WORD})\\s+dozen\\b|(?<number>${NUMBER})(?:\\s*(?:-|–|to)\\s*(?<upper>${DIGITS}|${WORD_NUMBER}))?)(?![\\w.,]\\d)`,
  'gi',
);

/** Things that are numbers but not counts of people: money, ages, times, measures, dates, ordinals. */
const NOT_A_COUNT_BEFORE =
  /(?:[$€£¥]|\d[:.]|\b(?:US|USD|EUR|GBP|Rs|aged|age|ages|No\.|no\.|page|pages|number|room|route|flight|chapter|article|section|since|until))\s*$/;
/**
 * A month before a day of it ("February 12"); "since February 600,000 civilians" and "In March two soldiers" are a
 * month and then a count (a day is printed in digits).
 */
const MONTH_BEFORE = new RegExp(
  `\\b(?:${MONTH}|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s*$`,
);
const DAY_OF_MONTH = /^(?:[1-9]|[12]\d|3[01])$/;
const NOT_A_COUNT_AFTER =
  /^(?:(?:-|\s)?(?:years?|months?|weeks?|days?|hours?|minutes?)(?:-|\s)old|-year|-month|-day|-hour|-minute|-week|-strong|-page|-point|\s*(?:%|percent|per cent|percentage)|\s*(?:dollars|euros|pounds|yuan|yen|rubles|roubles|rupees|som|tenge|cents)\b|\s*(?:km|kilomet|miles?\b|metres|meters|feet|kg|kilos|tons|tonnes|litres|liters|barrels|acres|hectares|square)|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|UTC|o'clock)|:\d|(?:st|nd|rd|th)\b|\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|percent)\b)/i;

const isYear = (printed: string) => /^(?:1[89]\d\d|20\d\d|2100)$/.test(printed);

const valueCache = new Map<string, number | null>();

/** The value of a number as printed, in digits or words; null when it is not one. */
export function parseNumber(printed: string): number | null {
  const phrase = printed.trim().toLowerCase().replace(/\s+/g, ' ');
  const cached = valueCache.get(phrase);
  if (cached !== undefined) return cached;
  let value: number | null = null;
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?: (hundred|thousand|million|billion))?$/.exec(phrase);
  if (digits?.[1]) {
    const scale = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9 }[digits[2] ?? ''] ?? 1;
    const scaled = Number(digits[1].replace(/,/g, '')) * scale;
    value = digits[2] ? Math.round(scaled) : scaled;
  } else if (/^a (?:hundred|thousand|million|billion)\b/.test(phrase) || !/^a\b/.test(phrase)) {
    const found: unknown = nlp(phrase).numbers().get();
    const first = Array.isArray(found) ? found[0] : undefined;
    value = typeof first === 'number' && Number.isFinite(first) ? first : null;
  }
  if (value !== null && (!Number.isInteger(value) || value < 0)) value = null;
  valueCache.set(phrase, value);
  return value;
}

function bounds(
  value: number,
  qualifierText: string | undefined,
): Pick<Quantity, 'count' | 'low' | 'high' | 'qualifier'> {
  if (!qualifierText) return { count: value, low: value, high: value, qualifier: 'EXACT' };
  const rule = QUALIFIERS.find(([pattern]) => pattern.test(qualifierText));
  const [, qualifier, bound] = rule ?? [null, 'APPROXIMATELY', null];
  return {
    count: value,
    low: bound === 'low' ? value : null,
    high: bound === 'high' ? value : null,
    qualifier,
  };
}

/** Every count in `text`, left to right; money, ages, times, years and measures are left out. */
export function findQuantities(text: string, offset = 0): Quantity[] {
  const found: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const g = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    const numberStart = start + (g.qualifier ? m[0].indexOf(g.qualifier) + g.qualifier.length : 0);
    const upper = g.upper ? parseNumber(g.upper) : null;
    // "since January 2008 to 27": a year, then a smaller figure that is no range's end but a count of its own
    if (g.number && upper !== null && isYear(g.number) && upper < Number(g.number) && /\sto\s/.test(m[0])) {
      if (!NOT_A_COUNT_AFTER.test(text.slice(end, end + 16))) {
        const at = start + m[0].lastIndexOf(g.upper as string);
        found.push({
          start: at + offset,
          end: end + offset,
          text: g.upper as string,
          ...bounds(upper, undefined),
          vague: null,
        });
      }
      continue;
    }
    const justBefore = text.slice(Math.max(0, numberStart - 16), numberStart);
    if (NOT_A_COUNT_BEFORE.test(justBefore)) continue;
    if (MONTH_BEFORE.test(justBefore) && g.number && DAY_OF_MONTH.test(g.number)) continue;
    if (NOT_A_COUNT_AFTER.test(text.slice(end, end + 16))) continue;
    if (/^no(?:\s|$)/i.test(text.slice(Math.max(0, start - 3), start).trimStart())) continue;
    let quantity: Omit<Quantity, 'start' | 'end' | 'text'> | null = null;
    if (g.from && g.to) {
      const low = parseNumber(g.from);
      const high = parseNumber(g.to);
      if (low !== null && high !== null && low < high)
        quantity = { count: null, low, high, qualifier: 'APPROXIMATELY', vague: null };
    } else if (g.vague) {
      const low = VAGUE_LOW_BOUNDS[g.vague.toLowerCase()];
      if (low !== undefined) quantity = { count: null, low, high: null, qualifier: 'AT_LEAST', vague: g.vague };
    } else if (g.dozen) {
      quantity = { ...bounds(12, g.qualifier ?? 'about'), vague: null };
    } else if (g.half) {
      quantity = { ...bounds(6, g.qualifier ?? 'about'), vague: null };
    } else if (g.dozens) {
      // "more than two dozen": a count of dozens, as round as "a dozen" when no qualifier says otherwise
      const dozens = parseNumber(g.dozens);
      if (dozens === null) continue;
      quantity = { ...bounds(dozens * 12, g.qualifier ?? 'about'), vague: null };
    } else if (g.number) {
      const value = parseNumber(g.number);
      if (value === null || /^a$/i.test(g.number.trim())) continue;
      if (isYear(g.number)) continue;
      if (g.upper && /\bfrom\s*$/i.test(text.slice(Math.max(0, start - 6), start))) {
        // "rose from 12 to 40": a change, of which only the later figure stands
        if (upper === null) continue;
        const at = m[0].lastIndexOf(g.upper);
        found.push({
          start: start + at + offset,
          end: end + offset,
          text: g.upper,
          ...bounds(upper, undefined),
          vague: null,
        });
        continue;
      }
      if (upper !== null && upper > value)
        quantity = { count: null, low: value, high: upper, qualifier: 'APPROXIMATELY', vague: null };
      else if (g.upper) continue;
      else quantity = { ...bounds(value, g.qualifier), vague: null };
    }
    if (quantity) found.push({ start: start + offset, end: end + offset, text: m[0], ...quantity });
  }
  return found;
}
