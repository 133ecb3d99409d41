/**
 * The world's countries, from the world-countries package (data inside the
 * package, nothing fetched): common and official names, English alternative
 * spellings, demonyms, ISO 3166-1 alpha-2 codes and capitals. A few names
 * news text uses that the data lacks ("Kyrgyz", "Britain", "U.S.") are added
 * here, and the world's regions that articles name ("Central Asia").
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

// The package's type declarations describe an ES default export its CommonJS entry does not have; its JSON is the data.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

export interface Country {
  code: string;
  name: string;
  capitals: string[];
}

export interface Region {
  name: string;
}

export type GazetteerHit =
  | { kind: 'COUNTRY'; country: Country; via: 'NAME' | 'DEMONYM' }
  | { kind: 'CITY'; country: Country; name: string }
  | { kind: 'REGION'; region: Region; via: 'NAME' | 'DEMONYM' };

/** Names and demonyms news text uses that world-countries does not list. */
const EXTRA_NAMES: Record<string, { names?: string[]; demonyms?: string[]; capitals?: string[] }> = {
  KG: { demonyms: ['Kyrgyz'] },
  KZ: { demonyms: ['Kazakh'] },
  TR: { names: ['Turkey'] },
  UZ: { demonyms: ['Uzbek'] },
  TJ: { demonyms: ['Tajik'] },
  TM: { demonyms: ['Turkmen'] },
  // "U.S" without its final period is printed often enough ("the U.S Army") to be a name of its own
  US: {
    names: ['U.S.', 'U.S', 'US', 'America', 'United States of America'],
    demonyms: ['U.S.', 'U.S'],
    capitals: ['Washington'],
  },
  GB: { names: ['Britain', 'U.K.'] },
  RU: { names: ['Russian Federation'] },
  KR: { names: ['South Korea'], demonyms: ['South Korean'] },
  KP: { names: ['North Korea'], demonyms: ['North Korean'] },
  CD: { names: ['Congo'], demonyms: ['Congolese'] },
  // the smaller Congo as news prints it; "Congo" alone and "the Congo" stay the larger one's
  CG: { names: ['Congo Republic', 'Republic of Congo', 'Congo Brazzaville'] },
  MM: { names: ['Burma'], demonyms: ['Burmese'] },
  CZ: { names: ['Czech Republic'] },
  PS: { names: ['Palestinian territories'], demonyms: ['Palestinian'] },
  AE: { names: ['UAE'], demonyms: ['Emirati'] },
  // demonyms news prints that the data spells otherwise ("Motswana", "Nepalese", "Filipino", "Timorese" only as "East
  // Timorese"); not "Serb" or "Croat", which name peoples across borders ("Bosnian Serb forces")
  BW: { demonyms: ['Botswanan'] },
  DJ: { demonyms: ['Djiboutian'] },
  LS: { demonyms: ['Basotho', 'Mosotho'] },
  NP: { demonyms: ['Nepali'] },
  PH: { demonyms: ['Philippine'] },
  AZ: { demonyms: ['Azeri'] },
  BY: { demonyms: ['Belarussian'] },
  BA: { names: ['Bosnia'], demonyms: ['Bosnian'] },
  SI: { demonyms: ['Slovenian'] },
  DK: { demonyms: ['Dane'] },
  SE: { demonyms: ['Swede'] },
  IS: { demonyms: ['Icelandic'] },
  EC: { demonyms: ['Ecuadorian'] },
  AR: { demonyms: ['Argentinian'] },
  TL: { demonyms: ['Timorese'] },
};

/** Regions above countries that news names, with their adjectives. */
const REGIONS: Array<{ name: string; adjectives: string[] }> = [
  { name: 'Central Asia', adjectives: ['Central Asian'] },
  { name: 'Middle East', adjectives: ['Middle Eastern'] },
  { name: 'South Asia', adjectives: ['South Asian'] },
  { name: 'Southeast Asia', adjectives: ['Southeast Asian'] },
  { name: 'East Asia', adjectives: ['East Asian'] },
  { name: 'Europe', adjectives: ['European'] },
  { name: 'Eastern Europe', adjectives: ['Eastern European'] },
  { name: 'Africa', adjectives: ['African'] },
  { name: 'North Africa', adjectives: ['North African'] },
  { name: 'Latin America', adjectives: ['Latin American'] },
  { name: 'Caucasus', adjectives: ['Caucasian'] },
  { name: 'Balkans', adjectives: ['Balkan'] },
];

const ascii = (s: string) => /^[\x20-\x7e]+$/.test(s);

function build() {
  const byName = new Map<string, GazetteerHit>();
  const byCode = new Map<string, Country>();
  const add = (key: string, hit: GazetteerHit) => {
    // The first entry wins: a common name is never shadowed by another country's alternative spelling.
    if (ascii(key) && !byName.has(key)) byName.set(key, hit);
  };
  const sorted = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  for (const c of sorted) {
    const extra = EXTRA_NAMES[c.cca2] ?? {};
    const country: Country = {
      code: c.cca2,
      name: c.name.common,
      capitals: [...c.capital, ...(extra.capitals ?? [])],
    };
    byCode.set(c.cca2, country);
    // An alternative spelling equal to the code ("KG") is left out: two capitals are too often something else.
    const alternatives = c.altSpellings.filter((s) => s !== c.cca2);
    for (const name of [c.name.common, c.name.official, ...(extra.names ?? []), ...alternatives]) {
      add(name, { kind: 'COUNTRY', country, via: 'NAME' });
    }
    const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(extra.demonyms ?? [])];
    // A language named like the country is its demonym too ("Kazakh" for Kazakhstan).
    for (const language of Object.values(c.languages ?? {})) {
      if (c.name.common.startsWith(language) && language.length >= 4) demonyms.push(language);
    }
    for (const d of demonyms) if (d) add(d, { kind: 'COUNTRY', country, via: 'DEMONYM' });
  }
  for (const c of sorted) {
    const country = byCode.get(c.cca2) as Country;
    for (const capital of country.capitals) add(capital, { kind: 'CITY', country, name: capital });
  }
  for (const r of REGIONS) {
    add(r.name, { kind: 'REGION', region: { name: r.name }, via: 'NAME' });
    for (const a of r.adjectives) add(a, { kind: 'REGION', region: { name: r.name }, via: 'DEMONYM' });
  }
  return { byName, byCode };
}

const { byName, byCode } = build();

/** What a capitalized name (exactly as printed) denotes: a country, a demonym, a capital or a region. */
export function lookupPlace(name: string): GazetteerHit | undefined {
  return byName.get(name);
}

/** People named by a plural their demonym does not make with "s" ("two Britons", "the Poles"). */
const PEOPLE_PLURALS: Record<string, string> = {
  Britons: 'GB',
  Poles: 'PL',
  Finns: 'FI',
  Turks: 'TR',
  Frenchmen: 'FR',
  Dutchmen: 'NL',
  Englishmen: 'GB',
  Irishmen: 'IE',
};

/**
 * A country's people named by a plural noun ("300 Rwandans", "the Ugandans", "two Italians", "Britons"), as its
 * demonym; a demonym whose plural is the same word ("Swiss", "Chinese", "French") is found by `lookupPlace` already.
 * Only a demonym takes the "s": "Americas" is no plural of the name "America".
 */
export function lookupPeoplePlural(name: string): GazetteerHit | undefined {
  const code = PEOPLE_PLURALS[name];
  if (code) return { kind: 'COUNTRY', country: byCode.get(code) as Country, via: 'DEMONYM' };
  // a demonym ending in "s" is its own plural ("Swiss")
  if (!/\p{Ll}s$/u.test(name) || name.endsWith('ss')) return undefined;
  const singular = byName.get(name.slice(0, -1));
  return singular?.kind === 'COUNTRY' && singular.via === 'DEMONYM' ? singular : undefined;
}

/** The ISO code of a country named by any of its names, the canonical one included ("Türkiye", "Turkey"). */
export function countryCodeNamed(name: string): string | undefined {
  const hit = byName.get(name);
  if (hit?.kind === 'COUNTRY') return hit.country.code;
  return [...byCode.values()].find((c) => c.name === name)?.code;
}

export function countryByCode(code: string): Country | undefined {
  return byCode.get(code.toUpperCase());
}

/** The longest gazetteer name, in words; the entity stage tries spans up to this length. */
export const MAX_PLACE_WORDS = Math.max(...[...byName.keys()].map((k) => k.split(' ').length));
