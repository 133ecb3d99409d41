/**
 * The dateline stage: the wire-style line opening that says where (and sometimes when) the story was filed —
 * "BAMAKO, Mali (AP) — ", "SARAJEVO, April 18 (Reuters) - ", "KIGALI — ", "(Reuters) - ", "New Delhi, April 9,
 * 2013 : ". Found once per article: the statement stage keeps it out of what was said, the deployment stage takes
 * its country as the host of forces the text puts nowhere else, and the article records its place.
 */
import { MONTH } from './dates.js';
import { type GazetteerHit, lookupPlace } from './gazetteer.js';
import type { Segment } from './types.js';

/** A city or a country, as the gazetteer knows it. */
export type KnownPlace = Extract<GazetteerHit, { kind: 'CITY' | 'COUNTRY' }>;

export interface Dateline extends Segment {
  /** Where the story was filed, when the gazetteer knows the city or the country the dateline names. */
  place: KnownPlace | null;
}

/** A month in full or abbreviated ("Nov. 21", "Nov 3"). */
const MONTH_PRINTED = `(?:${MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
const DATE = `(?:${MONTH_PRINTED})\\s+\\d{1,2}(?:,\\s+\\d{4})?`;
const AGENCY = '\\([^)\\n]{1,30}\\)';
/** Words in capitals that open a caption or a label the way a dateline's city opens a story ("FILE - A soldier …"). */
const NOT_PLACES = '(?:FILE|UPDATE|UPDATED|BREAKING|EXCLUSIVE|ANALYSIS|WATCH|PHOTO|VIDEO|NOTE|EDITOR)';
/** A dateline's city in capitals ("DURRAS", "N'DJAMENA"), not a caption's label. */
const CITY_IN_CAPITALS = `(?!${NOT_PLACES}\\b)(?<city>\\p{Lu}[\\p{Lu}'’.-]+(?: \\p{Lu}[\\p{Lu}'’.-]+)*)`;
/**
 * A city in capitals, then a country, a state or a date, then an agency and a dash or a colon ("DURRAS, Albania (CNN) --", "KABUL: ");
 * an agency alone ("(Reuters) -"); or a city as printed with a full date and a colon or dash ("Lima, May 2, 2019 :").
 * A space must follow, so "UN-led" at a line's start is no dateline.
 */
const FORMS = [
  `${CITY_IN_CAPITALS}(?:,\\s+(?:${DATE}|(?<region>\\p{Lu}[\\p{L}.'’ -]{0,30}?)))?\\s*(?:${AGENCY}\\s*)?(?:—|–|--|-|:)`,
  `${AGENCY}\\s*(?:—|–|--|-)`,
  `(?<printedCity>\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*),\\s+(?:${MONTH_PRINTED})\\s+\\d{1,2},\\s+\\d{4}\\s*[:—–-]`,
];
const DATELINE = new RegExp(`^[ \\t]*(?:${FORMS.map((f) => `(?:${f})`).join('|')})\\s+`, 'mu');
/**
 * "BUDAPEST (UrduPoint News / Sputnik - 30th May, 2023) Fifteen …", "ABIDJAN, 20 August (IRIN) The …": a city in
 * capitals and a longer agency in brackets (its date inside or a day before the month), the story straight after with
 * no dash; taken only when the gazetteer knows the city, as no dash marks the line a dateline.
 */
const UNDASHED = new RegExp(
  `^[ \\t]*${CITY_IN_CAPITALS}(?:,\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PRINTED}(?:,?\\s+\\d{4})?)?\\s*\\([^()\\n]{1,60}\\)\\s+(?=\\p{Lu})`,
  'mu',
);
/** How far into the body a dateline may open a line: past the headline, not into the story. */
const DATELINE_REACH = 600;

const known = (hit: GazetteerHit | undefined): KnownPlace | null =>
  hit?.kind === 'CITY' || (hit?.kind === 'COUNTRY' && hit.via === 'NAME') ? hit : null;

/** "BAMAKO" → "Bamako", "N'DJAMENA" → "N'Djamena": a dateline's city in capitals, as the gazetteer spells it. */
const asPrinted = (city: string): string =>
  city.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase());

function placeOf(city: string, region?: string): KnownPlace | null {
  const cityHit = known(lookupPlace(city)) ?? known(lookupPlace(asPrinted(city)));
  if (region === undefined) return cityHit;
  const regionHit = known(lookupPlace(region.trim()));
  // "PORTLAND, Ore.", "PARIS, Texas": a region that is no country, or a city that does not lie in it, is a place
  // the gazetteer does not know
  if (regionHit?.kind !== 'COUNTRY') return null;
  return cityHit?.kind === 'CITY' && cityHit.country.code === regionHit.country.code ? cityHit : regionHit;
}

/** The article's dateline, when a line near its start opens with one. */
export function findDateline(body: string): Dateline | null {
  const opening = body.slice(0, DATELINE_REACH);
  const m = DATELINE.exec(opening);
  if (!m) {
    const undashed = UNDASHED.exec(opening);
    const place = undashed ? placeOf(undashed.groups?.city as string) : null;
    return undashed && place
      ? { start: undashed.index, end: undashed.index + undashed[0].length, text: undashed[0], place }
      : null;
  }
  const { city, region, printedCity } = m.groups ?? {};
  const named = city ?? printedCity;
  return {
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    place: named ? placeOf(named, region) : null,
  };
}
