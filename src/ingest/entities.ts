/**
 * Stage 4, entities: people with their titles, organizations and places.
 *
 * Rules over capitalized chunks of each sentence, no statistical tagger: a
 * tagger (compromise was tried) missed "Kurmanbek Bakiyev" on the seed and
 * took twenty milliseconds an article, ten times the budget, while a person in
 * news is nearly always introduced with a title or role ("President Dmitry
 * Medvedev", "armed forces chief of staff General Nikolai Makarov"), which
 * rules read reliably. Places come from the gazetteer (countries, demonyms,
 * capitals, regions) and from cues ("Kant air base", "southern Kyrgyzstan",
 * "Osh, Kyrgyzstan"); organizations from a short list of well-known ones and
 * from their head words ("Embassy", "Ministry") or a demonym and a group noun
 * ("Kyrgyz opposition", "Russian news agencies"). Precision is favoured: an
 * unknown capitalized name with no cue is left out.
 */
import type { SeedFile } from '../seed/seed-file.js';
import {
  type Country,
  countryByCode,
  type GazetteerHit,
  lookupPeoplePlural,
  lookupPlace,
  MAX_PLACE_WORDS,
} from './gazetteer.js';
import type { EntityMention, EntityRef, Segment, Sentence } from './types.js';

type Person = SeedFile['people'][number];
type Organization = SeedFile['organizations'][number];
type Place = SeedFile['places'][number];
type Role = SeedFile['roles'][number];
type OrgKind = Organization['kind'];

/** A span that refers to a person by description ("The President", "Russia's top general"); coreference resolves it. */
export interface Description extends Segment {
  /** The head noun in lower case ("president", "general"). */
  head: string;
  /** Place key of the country the description names ("Russia's top general"), if any. */
  country: string | null;
  /** Whether the span names a title ("The President") rather than a descriptive noun. */
  definite: boolean;
}

/** "Mr. Bakiyev": a surname with an honorific; coreference ties it to the person. */
export interface Honorific extends Segment {
  surname: string;
}

export interface EntityResult {
  people: Person[];
  organizations: Organization[];
  places: Place[];
  roles: Role[];
  mentions: EntityMention[];
  descriptions: Description[];
  honorifics: Honorific[];
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** Printed with a space inside ("U. N.", "Ki- moon"). */
  spaced: boolean;
}

const TITLE_ABBREVIATIONS = new Set(['Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'Adm', 'Gov', 'Sen', 'Rep', 'Brig']);
const HONORIFICS = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr']);
const HONORIFIC_ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr']);

/** Titles that stand before a name; multi-word ones are matched first. Abbreviations map to the full title. */
const TITLES = new Map<string, string>(
  [
    'Vice President',
    'Prime Minister',
    'Deputy Prime Minister',
    'Foreign Minister',
    'Defence Minister',
    'Defense Minister',
    'Interior Minister',
    'Finance Minister',
    'Justice Minister',
    'Health Minister',
    'Trade Minister',
    'Energy Minister',
    'Defense Secretary',
    'Defence Secretary',
    'Foreign Secretary',
    'Home Secretary',
    'Treasury Secretary',
    'Attorney General',
    'Secretary of State',
    'Secretary-General',
    'Secretary General',
    'Lieutenant General',
    'Major General',
    'Brigadier General',
    // British and Commonwealth papers join a two-word rank with a hyphen ("Lieutenant-Colonel Peter Hall")
    'Lieutenant-Colonel',
    'Lieutenant-General',
    'Major-General',
    'Brigadier-General',
    'Chief Justice',
    'President',
    'Minister',
    'General',
    'Colonel',
    'Admiral',
    'Commander',
    'Chancellor',
    'King',
    'Queen',
    'Prince',
    'Senator',
    'Governor',
    'Secretary',
    'Ambassador',
    'Mayor',
    'Pope',
    'Premier',
    'Sheikh',
    'Emir',
    'Sultan',
    'Judge',
    'Speaker',
    'Captain',
    'Lieutenant',
    'Major',
    'Sergeant',
    // "Lance Corporal Lisa Dunn": the ranks below sergeant, spelt out as British and Commonwealth papers print them
    'Corporal',
    'Lance Corporal',
    'Chairman',
    'Rep.',
    'Sen.',
    'Gov.',
    'Gen.',
    'Col.',
    'Lt.',
    'Maj.',
    'Capt.',
    'Sgt.',
    'Adm.',
    // British and Commonwealth papers print military ranks without the full stop ("Col Yasushi Kiyota"); a bare
    // "Gen" is left out, as "Gen Z" names no general
    'Lt Col',
    'Lt Gen',
    'Maj Gen',
    'Brig Gen',
    'Col',
    'Lt',
    'Maj',
    'Capt',
    'Sgt',
    'Brig',
    'Cpl',
  ].map((t) => [t, expandTitle(t)]),
);
const MAX_TITLE_WORDS = 3;
/** Malaysian honours printed before a name ("Datuk Seri", "Tan Sri"), up to the name. */
const MALAYSIAN_HONOURS = /^(?: (?:Datuk|Dato['’]?|Datin|Tan Sri|Tun|Seri|Sri)(?= \p{Lu}))+/u;

function expandTitle(t: string): string {
  const full: Record<string, string> = {
    'Rep.': 'Representative',
    'Sen.': 'Senator',
    'Gov.': 'Governor',
    'Gen.': 'General',
    'Col.': 'Colonel',
    'Lt.': 'Lieutenant',
    'Maj.': 'Major',
    'Capt.': 'Captain',
    'Sgt.': 'Sergeant',
    'Adm.': 'Admiral',
  };
  const dotless: Record<string, string> = {
    'Lt Col': 'Lieutenant Colonel',
    'Lt Gen': 'Lieutenant General',
    'Maj Gen': 'Major General',
    'Brig Gen': 'Brigadier General',
    Brig: 'Brigadier',
    Cpl: 'Corporal',
    'Lieutenant-Colonel': 'Lieutenant Colonel',
    'Lieutenant-General': 'Lieutenant General',
    'Major-General': 'Major General',
    'Brigadier-General': 'Brigadier General',
  };
  return full[t] ?? full[`${t}.`] ?? dotless[t] ?? t;
}

/**
 * A title printed in lower case before a full name ("Former president George Bush", "prime minister Tony Blair"): only
 * titles no other noun is spelled as, and only before two names or more, so "a major Western power" is no one.
 */
const LOWER_CASE_TITLE =
  /(?:^|[\s"“(])((?:vice )?president|prime minister|(?:foreign|defen[cs]e|interior|finance) minister|senator|governor|chancellor) $/;

/** Lower-case words that qualify a title ("ousted Kyrgyz President"). */
const QUALIFIERS = new Set([
  'ousted',
  'former',
  'late',
  'acting',
  'interim',
  'deposed',
  'outgoing',
  'incoming',
  'exiled',
  'self-proclaimed',
  'embattled',
  'toppled',
]);

/** A lower-case role before a titled name ("armed forces chief of staff General ..."); its last words are the head. */
const ROLE_HEADS =
  'chief of staff|chief of the general staff|spokesman|spokeswoman|spokesperson|commander|chief|head|leader|envoy|representative|adviser|advisor|director|chairman|secretary|minister|ambassador';
/** Words that cannot be part of a role phrase: verbs and function words around a name. */
const ROLE_STOP = new Set(
  'quoted said says told the a an and or but of to in on at by as with from for that which who whom his her its their our also has had have was were is are be been will would could should did not'.split(
    ' ',
  ),
);

const KNOWN_ORGANIZATIONS: Array<{ names: string[]; kind: OrgKind; country: string | null }> = [
  { names: ['Reuters'], kind: 'NEWS_AGENCY', country: null },
  { names: ['Associated Press', 'AP'], kind: 'NEWS_AGENCY', country: 'US' },
  { names: ['Agence France-Presse', 'AFP'], kind: 'NEWS_AGENCY', country: 'FR' },
  { names: ['Interfax'], kind: 'NEWS_AGENCY', country: 'RU' },
  { names: ['RIA Novosti'], kind: 'NEWS_AGENCY', country: 'RU' },
  { names: ['Itar-Tass', 'ITAR-TASS', 'TASS'], kind: 'NEWS_AGENCY', country: 'RU' },
  { names: ['Xinhua'], kind: 'NEWS_AGENCY', country: 'CN' },
  { names: ['BBC'], kind: 'NEWS_AGENCY', country: 'GB' },
  { names: ['Voice of America', 'VOA'], kind: 'NEWS_AGENCY', country: 'US' },
  { names: ['Kremlin'], kind: 'GOVERNMENT', country: 'RU' },
  { names: ['White House'], kind: 'GOVERNMENT', country: 'US' },
  { names: ['State Department'], kind: 'GOVERNMENT', country: 'US' },
  { names: ['Downing Street'], kind: 'GOVERNMENT', country: 'GB' },
  { names: ['Pentagon'], kind: 'MILITARY', country: 'US' },
  { names: ['FBI', 'Federal Bureau of Investigation'], kind: 'GOVERNMENT', country: 'US' },
  { names: ['Elysee Palace', 'Élysée Palace', 'Elysée Palace', 'Élysée', 'Elysee'], kind: 'GOVERNMENT', country: 'FR' },
  { names: ['AFRICOM', 'Africom', 'Africa Command'], kind: 'MILITARY', country: 'US' },
  { names: ['CENTCOM', 'Centcom', 'Central Command'], kind: 'MILITARY', country: 'US' },
  { names: ['United Nations', 'U.N.', 'UN'], kind: 'OTHER', country: null },
  { names: ['NATO', 'Nato'], kind: 'MILITARY', country: null },
  { names: ['European Union', 'EU'], kind: 'OTHER', country: null },
  { names: ['Red Cross'], kind: 'OTHER', country: null },
  { names: ['Taliban'], kind: 'POLITICAL_GROUP', country: null },
  // armed groups news names often, each spelling as printed (annotators and editors keep the page's)
  { names: ['Hezbollah'], kind: 'POLITICAL_GROUP', country: 'LB' },
  { names: ['Hizbullah'], kind: 'POLITICAL_GROUP', country: 'LB' },
  { names: ['Hizbollah'], kind: 'POLITICAL_GROUP', country: 'LB' },
  { names: ['Hamas'], kind: 'POLITICAL_GROUP', country: null },
  { names: ['Boko Haram'], kind: 'POLITICAL_GROUP', country: null },
  { names: ['al-Shabaab', 'Al-Shabaab'], kind: 'POLITICAL_GROUP', country: null },
  { names: ['al-Shabab', 'Al-Shabab'], kind: 'POLITICAL_GROUP', country: null },
  { names: ['Resolute Support'], kind: 'MILITARY', country: null },
  { names: ['Collective Security Treaty Organization', 'CSTO'], kind: 'MILITARY', country: null },
  // Multinational forces news names by their acronym alone, often without ever spelling it out
  { names: ['International Security Assistance Force', 'ISAF'], kind: 'MILITARY', country: null },
  { names: ['UNIFIL'], kind: 'MILITARY', country: null },
  { names: ['UNAMID'], kind: 'MILITARY', country: null },
  { names: ['MONUSCO'], kind: 'MILITARY', country: null },
  { names: ['MINUSMA'], kind: 'MILITARY', country: null },
  { names: ['UNMISS'], kind: 'MILITARY', country: null },
  { names: ['AMISOM'], kind: 'MILITARY', country: null },
  { names: ['KFOR'], kind: 'MILITARY', country: null },
  // Companies named like a title and a name.
  { names: ['General Motors'], kind: 'OTHER', country: 'US' },
  { names: ['General Electric'], kind: 'OTHER', country: 'US' },
  { names: ['General Dynamics'], kind: 'OTHER', country: 'US' },
];
const knownOrganization = new Map(KNOWN_ORGANIZATIONS.flatMap((o) => o.names.map((n) => [n, o] as const)));

/** Head words that make a capitalized name an organization, with its kind. */
const ORG_HEADS: Record<string, OrgKind> = {
  Embassy: 'DIPLOMATIC_MISSION',
  Consulate: 'DIPLOMATIC_MISSION',
  Ministry: 'GOVERNMENT',
  Government: 'GOVERNMENT',
  Parliament: 'GOVERNMENT',
  Council: 'GOVERNMENT',
  Office: 'GOVERNMENT',
  Department: 'GOVERNMENT',
  Commission: 'GOVERNMENT',
  Bureau: 'GOVERNMENT',
  Mission: 'OTHER',
  Court: 'GOVERNMENT',
  Assembly: 'GOVERNMENT',
  Army: 'MILITARY',
  Navy: 'MILITARY',
  Force: 'MILITARY',
  Forces: 'MILITARY',
  Guard: 'MILITARY',
  Command: 'MILITARY',
  Contingent: 'MILITARY',
  Battalion: 'MILITARY',
  Police: 'SECURITY_FORCES',
  Party: 'POLITICAL_GROUP',
  Movement: 'POLITICAL_GROUP',
  Front: 'POLITICAL_GROUP',
  Agency: 'OTHER',
  Committee: 'OTHER',
  Organization: 'OTHER',
  Organisation: 'OTHER',
  Union: 'OTHER',
  Bank: 'OTHER',
  Corporation: 'OTHER',
  Company: 'OTHER',
  University: 'OTHER',
  Institute: 'OTHER',
  // newspapers and broadcasters by their names ("The Sunday Times said", "NBC News said")
  Times: 'NEWS_AGENCY',
  Post: 'NEWS_AGENCY',
  Journal: 'NEWS_AGENCY',
  Herald: 'NEWS_AGENCY',
  Tribune: 'NEWS_AGENCY',
  Telegraph: 'NEWS_AGENCY',
  Gazette: 'NEWS_AGENCY',
  News: 'NEWS_AGENCY',
};

/** A country's initials, which news prints where a demonym would stand ("U.S. military", "UK government"). */
const COUNTRY_INITIALS = /^(?:U\.S\.?|US|U\.K\.|UK)$/;
/** A demonym followed by a group noun ("Kyrgyz opposition leaders", "Russian state-run news agencies"). */
const DEMONYM_GROUPS: Array<{ re: RegExp; kind: OrgKind; name: (demonym: string, m: RegExpExecArray) => string }> = [
  {
    re: /^ ((?:state-run |state |official |)news agenc(?:y|ies))\b/,
    kind: 'NEWS_AGENCY',
    name: (d, m) => `${d} ${m[1]}`,
  },
  {
    re: /^ opposition(?: (?:leaders?|figures?|parties|party|groups?))?\b/,
    kind: 'POLITICAL_GROUP',
    name: (d) => `${d} opposition`,
  },
  {
    re: /^ ((?:military |interim |transitional |federal )?government|junta|authorities)\b/,
    kind: 'GOVERNMENT',
    name: (d, m) => `${d} ${m[1]}`,
  },
  { re: /^ (rebels|rebel group|rebel movement|insurgents)\b/, kind: 'POLITICAL_GROUP', name: (d, m) => `${d} ${m[1]}` },
  {
    re: /^ (security forces|police)\b(?! (?:officers?|officials?|m[ae]n|wom[ae]n|chief|stations?|cars?))/,
    kind: 'SECURITY_FORCES',
    name: (d, m) => `${d} ${m[1]}`,
  },
  // "the Italian defense ministry said": a ministry printed in lower case, named as printed; not before one of its
  // people ("said Afghan defence ministry spokesman General X" is X's)
  {
    re: /^ ((?:defen[cs]e|foreign|interior|home|foreign affairs|external affairs) ministry)\b(?! (?:spokes\w+|officials?|sources?|chief|minister))/,
    kind: 'GOVERNMENT',
    name: (d, m) => `${d} ${m[1]}`,
  },
  {
    re: /^ (armed forces|army|military|contingent|battalion)\b(?! (?:officers?|officials?|m[ae]n|wom[ae]n|bases?|vehicles?|aircraft))/,
    kind: 'MILITARY',
    name: (d, m) => `${d} ${m[1]}`,
  },
];

const BASE_SUFFIX = /^ (air base|airbase|naval base|military base|army base|airfield)\b/;
const REGION_SUFFIX = /^ (province|region|district|oblast|governorate)\b/;
const DIRECTION =
  /\b(northern|southern|eastern|western|central|north-western|north-eastern|south-western|south-eastern) $/;
const MONTHS_AND_DAYS = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);
/** Capitalized words that start sentences or headlines and are no names. */
const NOT_NAMES = new Set(
  'The A An This That These Those It He She They We I You His Her Their Its Our Meanwhile But And Or However Also In On At By For From With After Before During While When Where Why How What Who Earlier Later Some Many Most Both Each Other Another'.split(
    ' ',
  ),
);
/** Nouns for what a person is or does, which organizations and places are not. */
const OCCUPATIONS =
  'official|analyst|witness|resident|lawyer|professor|researcher|activist|photographer|correspondent|lawmaker|legislator|trader|farmer|teacher|student|doctor|nurse|survivor|worker|engineer|journalist|reporter|founder|owner|commissioner|executive|candidate|politician|diplomat|economist|expert|scientist|priest|imam|villager|shopkeeper|fisherman|driver|officer|soldier|pilot|mother|father|daughter|son|wife|husband|brother|sister';
/**
 * Offices a person holds "of" a place or a unit (", the governor of Parwan province's Bagram district", ", commanding
 * officer of the 13th Air Assault Support Regiment"), which no organization is called.
 */
const OFFICES = 'governor|mayor|officer|adjutant';
/**
 * A name with no title counts as a person only with a cue that organizations rarely take: an
 * apposition naming a role or an age after it (", a spokesman for ...", ", deputy special representative of ..."
 * where the role without an article still needs what it is a role of, ", 54,"), a role before it
 * ("regional commissioner Adam Mrisho", "A spokesman, Michael Lueth,", "The UN's spokesman in Kinshasa, Mamdou
 * Bah,", but not "a spokesman for the mission in New York", where the name is where), "quoted ... as saying", or an
 * inverted attribution after a quote ('..." said Grace Nyirenda'). "X said" is no cue: "Human Rights
 * Watch said" reads the same.
 */
const PERSON_CUE_AFTER = new RegExp(
  `^(?:, (?:a|an|the) (?:[a-z-]+ |(?:[A-Z]\\.)+ ){0,3}(?:${ROLE_HEADS}|${OCCUPATIONS}|${OFFICES})\\b|, (?:[a-z-]+ ){0,3}(?:${ROLE_HEADS}|${OFFICES}) (?:for|of|at|in|to)\\b|, \\d{1,3}[,.])`,
);
const PERSON_CUE_BEFORE = new RegExp(
  `(?:\\bquoted |[,"”'’] said |\\b(?:${ROLE_HEADS}|${OCCUPATIONS})(?: (?:of|for|at|in) (?:the )?[\\p{L} ]{1,40},|,)? )$`,
  'u',
);

export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/** A name as it is meant, without the spaces a scanned page leaves in it ("U. N." is "U.N.", "Ki- moon" is "Ki-moon"). */
export function unspaced(printed: string): string {
  if (!printed.includes(' ')) return printed;
  return printed.replace(/(\p{Lu}\.) (?=\p{Lu}\.)/gu, '$1').replace(/(\p{L})- (?=\p{L})/gu, '$1-');
}

/** Words of a sentence with their offsets in the body; abbreviations keep their period. */
function tokenize(s: Sentence): Token[] {
  const out: Token[] = [];
  // "Nigerian-led", "Russian-backed": the country stays a word of its own, so the gazetteer sees it;
  // "U.S Army": initials keep together without their last period
  // "U. N." and "Ki- moon": initials and hyphenated words as a scanned page spaces them stay one word too
  // "William S. Cohen": a middle initial keeps its period, so the name runs on over it
  const re =
    /(?:\p{Lu}\.){2,}|\p{Lu}\.(?: \p{Lu}\.)+|\p{Lu}\.(?= (?!(?:The|A|An|He|She|It|They|We|In|On|At|But|And)\b)\p{Lu}\p{Ll})|(?:\p{Lu}\.)+\p{Lu}(?![\p{L}.])|\p{L}+(?:['’]\p{Lu}\p{L}*)?(?:-(?!(?:led|backed|brokered|sponsored|commanded)\b)(?: (?!(?:and|or|to)\b))?\p{L}+)*|\d+(?:[.,]\d+)*|['’]s\b|\S/gu;
  let skipTo = 0;
  for (const m of s.text.matchAll(re)) {
    if (m.index < skipTo) continue;
    let text = m[0];
    const start = s.start + m.index;
    const next = s.text[m.index + text.length];
    if (next === '.' && (TITLE_ABBREVIATIONS.has(text) || HONORIFIC_ABBREVIATIONS.has(text))) text += '.';
    skipTo = m.index + text.length;
    out.push({ text, start, end: start + text.length, spaced: text.includes(' ') });
  }
  return out;
}

/** "Faizan ul-Haq", "Ahmed al-Sharaa": a name's particle before a capital keeps it a name word. */
const PARTICLE_NAME = /^(?:al|el|ul|ud|bin|ibn|abu|van|von|de|di|da|du|le|la)-\p{Lu}\p{Ll}+$/u;
const isCap = (t: Token | undefined) =>
  t !== undefined && (/^\p{Lu}/u.test(t.text) || (t.text.includes('-') && PARTICLE_NAME.test(t.text)));
// "Luiz Inacio Lula da Silva", "Jose Eduardo dos Santos": Portuguese particles join a name too
const CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'ibn', 'van', 'von', 'la', 'da', 'dos']);
const NAME_PARTICLE = /^(?:de|al|bin|ibn|van|von|la|da|dos)$/;
/**
 * "Hans van Baalen": a particle only people's names take inside a plain name is cue enough that it is a person ("de",
 * "la" and "al" also stand inside places and bodies: "Rio de Janeiro").
 */
const PERSON_PARTICLE = /^(?:van|von|bin|ibn)$/;

/** Runs of capitalized tokens (with "of" and the like inside), each ending where a possessive or punctuation does. */
function chunksOf(tokens: Token[]): Array<{ from: number; to: number }> {
  const chunks: Array<{ from: number; to: number }> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      if (isCap(t) && t.start - (tokens[j - 1] as Token).end <= 1) j++;
      else if (CONNECTORS.has(t.text) && isCap(tokens[j + 1])) j += 2;
      // "Democratic Republic of the Congo", "Ministry of the Interior"
      else if (t.text === 'of' && tokens[j + 1]?.text === 'the' && isCap(tokens[j + 2])) j += 3;
      else break;
    }
    chunks.push({ from: i, to: j });
    i = j;
  }
  return chunks;
}

class Collector {
  people = new Map<string, Person>();
  organizations = new Map<string, Organization>();
  places = new Map<string, Place>();
  roles: Role[] = [];
  mentions: EntityMention[] = [];
  descriptions: Description[] = [];
  honorifics: Honorific[] = [];
  /** Plain names with no cue ("Roger King"), a person when the article later lets the surname speak. */
  unnamed: Segment[] = [];
  /** Acronyms the article defined ("… and Democracy (LURD)"), to their organization's key. */
  acronyms = new Map<string, string>();

  constructor(readonly body: string) {}

  span(start: number, end: number): Segment {
    return { start, end, text: this.body.slice(start, end) };
  }

  mention(start: number, end: number, ref: EntityRef, via: EntityMention['via']) {
    this.mentions.push({ ...this.span(start, end), ref, via });
  }

  /** Keys are one namespace in a graph: a person may not take the key of a place ("Georgia"). */
  private keyFor(own: Map<string, unknown>, name: string, suffix: string): string {
    const key = slug(name);
    const taken = [this.people, this.organizations, this.places].some((m) => m !== own && m.has(key));
    return taken ? `${key}-${suffix}` : key;
  }

  country(hit: GazetteerHit & { kind: 'COUNTRY' }): string {
    const key = this.keyFor(this.places, hit.country.name, 'place');
    if (!this.places.has(key)) {
      this.places.set(key, {
        key,
        name: hit.country.name,
        kind: 'COUNTRY',
        countryCode: hit.country.code,
        parent: null,
        population: null,
      });
    }
    return key;
  }

  place(hit: GazetteerHit): string {
    if (hit.kind === 'COUNTRY') return this.country(hit);
    if (hit.kind === 'CITY') {
      const parent = this.country({ kind: 'COUNTRY', country: hit.country, via: 'NAME' });
      return this.addPlace(hit.name, 'CITY', hit.country.code, parent);
    }
    return this.addPlace(hit.region.name, 'REGION', null, null);
  }

  addPlace(name: string, kind: Place['kind'], countryCode: string | null, parent: string | null): string {
    const key = this.keyFor(this.places, name, 'place');
    if (!this.places.has(key)) this.places.set(key, { key, name, kind, countryCode, parent, population: null });
    return key;
  }

  organization(name: string, kind: OrgKind, country: string | null): string {
    const key = this.keyFor(this.organizations, name, 'organization');
    if (!this.organizations.has(key)) this.organizations.set(key, { key, name, kind, country });
    return key;
  }

  person(name: string, nationality: string | null): string {
    const key = this.keyFor(this.people, name, 'person');
    const existing = this.people.get(key);
    if (!existing) this.people.set(key, { key, name, aliases: [], description: null, nationality });
    else if (existing.nationality === null) existing.nationality = nationality;
    return key;
  }
}

/** The longest run of tokens from `i` (at most `max`) whose printed text is a key `lookup` knows. */
function longest<T>(
  body: string,
  tokens: Token[],
  i: number,
  to: number,
  max: number,
  lookup: (s: string) => T | undefined,
): { value: T; n: number } | undefined {
  const most = Math.min(max, to - i);
  let spaced = false;
  for (let k = i; k < i + most; k++) spaced ||= (tokens[k] as Token).spaced;
  for (let n = most; n >= 1; n--) {
    const first = tokens[i] as Token;
    const last = tokens[i + n - 1] as Token;
    const printed = body.slice(first.start, last.end);
    const value = lookup(spaced ? unspaced(printed) : printed);
    if (value !== undefined) return { value, n };
  }
  return undefined;
}

const countryOfHit = (hit: GazetteerHit | undefined) => (hit && hit.kind === 'COUNTRY' ? hit : undefined);

/**
 * `homeCountry` (ISO code) is the country the article is set in when an earlier stage
 * knows it (the place of its photo); places found by a cue alone are put in it.
 */
export function findEntities(body: string, sentences: Sentence[], homeCountry: string | null = null): EntityResult {
  const c = new Collector(body);
  for (const sentence of sentences) analyzeSentence(c, sentence);
  surnamesThatSpeak(c);
  resolvePlaceParents(c, homeCountry);
  c.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    people: [...c.people.values()],
    organizations: [...c.organizations.values()],
    places: [...c.places.values()],
    roles: c.roles,
    mentions: c.mentions,
    descriptions: c.descriptions,
    honorifics: c.honorifics,
  };
}

function analyzeSentence(c: Collector, sentence: Sentence) {
  const { body } = c;
  const tokens = tokenize(sentence);
  const sentenceStart = sentence.start;
  definedAcronyms(c, sentence);
  for (const chunk of chunksOf(tokens)) {
    let i = chunk.from;
    // A demonym or country just before a title gives the role its country ("Kyrgyz President").
    let pendingCountry: { key: string; start: number } | null = null;
    while (i < chunk.to) {
      const t = tokens[i] as Token;
      const before = body.slice(sentenceStart, t.start);

      const defined = c.acronyms.get(t.text);
      if (defined) {
        c.mention(t.start, t.end, { organization: defined }, 'ALIAS');
        i++;
        pendingCountry = null;
        continue;
      }

      const known = longest(body, tokens, i, chunk.to, 4, (s) => knownOrganization.get(s));
      // "U.N. Stabilization Mission": a known name before a head word names a body of its own
      const headAfter = known && [...tokens.slice(i + known.n, chunk.to)].some((x) => ORG_HEADS[x.text]);
      if (known && !headAfter) {
        const last = tokens[i + known.n - 1] as Token;
        const country = known.value.country ? countryKeyByCode(c, known.value.country) : null;
        const key = c.organization(known.value.names[0] as string, known.value.kind, country);
        c.mention(t.start, last.end, { organization: key }, 'NAME');
        i += known.n;
        pendingCountry = null;
        continue;
      }

      const headed = orgByHead(c, tokens, i, chunk.to);
      if (headed) {
        i = headed;
        pendingCountry = null;
        continue;
      }

      const lowerTitle = i === chunk.from && chunk.to - i >= 2 ? LOWER_CASE_TITLE.exec(before.slice(-40)) : null;
      if (lowerTitle?.[1]) {
        const words = lowerTitle[1].split(' ').length;
        const value = lowerTitle[1].replace(/\b\p{Ll}/gu, (x) => x.toUpperCase());
        i = personWithTitle(c, sentence, tokens, i - words, chunk.to, { value, n: words }, pendingCountry);
        pendingCountry = null;
        continue;
      }
      const title = longest(body, tokens, i, chunk.to, MAX_TITLE_WORDS, (s) => TITLES.get(s));
      if (title) {
        i = personWithTitle(c, sentence, tokens, i, chunk.to, title, pendingCountry);
        pendingCountry = null;
        continue;
      }

      if (HONORIFICS.has(t.text) && i + 1 < chunk.to) {
        const surname = tokens[chunk.to - 1] as Token;
        c.honorifics.push({ ...c.span(t.start, surname.end), surname: surname.text });
        i = chunk.to;
        continue;
      }

      // Before places: "Georgia Smith, a resident" is a person, not Georgia.
      // "Helmand province": an unknown name before a region noun.
      if (i === chunk.from && chunk.to - i <= 2) {
        const last = tokens[chunk.to - 1] as Token;
        const region = REGION_SUFFIX.exec(body.slice(last.end, sentence.end));
        // "the Afghan province of Helmand": a demonym names no region, the name after "of" does (placeOfCountry)
        if (region && !NOT_NAMES.has(t.text) && !isDemonym(lookupPlace(body.slice(t.start, last.end)))) {
          const end = last.end + region[0].length;
          const key = c.addPlace(body.slice(t.start, end), 'REGION', null, null);
          c.mention(t.start, end, { place: key }, 'NAME');
          i = chunk.to;
          continue;
        }
      }

      // a name's particles do not count towards its length ("Luiz Inacio Lula da Silva")
      if (i === chunk.from && chunk.to - i >= 2 && chunk.to - i <= 3 + particlesIn(tokens, i, chunk.to)) {
        const names = tokens.slice(i, chunk.to);
        const last = names[names.length - 1] as Token;
        const whole = lookupPlace(body.slice(t.start, last.end));
        const plain =
          !whole &&
          names.every(
            (n, k) =>
              (/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(n.text) ||
                PARTICLE_NAME.test(n.text) ||
                (k === 1 && k < names.length - 1 && /^\p{Lu}\.$/u.test(n.text)) ||
                (k > 0 && k < names.length - 1 && NAME_PARTICLE.test(n.text)) ||
                // initials run together without stops ("PJ Crowley, a spokesman for …"), never a country's ("US")
                (k === 0 && names.length === 2 && /^\p{Lu}{2}$/u.test(n.text) && !lookupPlace(n.text))) &&
              !NOT_NAMES.has(n.text),
          );
        if (
          plain &&
          !names.some((n) => MONTHS_AND_DAYS.has(n.text)) &&
          (PERSON_CUE_AFTER.test(body.slice(last.end, sentence.end)) ||
            PERSON_CUE_BEFORE.test(before) ||
            names.some((n) => PERSON_PARTICLE.test(n.text)))
        ) {
          const key = c.person(body.slice(t.start, last.end), null);
          c.mention(t.start, last.end, { person: key }, 'NAME');
          i = chunk.to;
          continue;
        }
        if (plain && !names.some((n) => MONTHS_AND_DAYS.has(n.text))) c.unnamed.push(c.span(t.start, last.end));
      }
      const place = longest(
        body,
        tokens,
        i,
        chunk.to,
        MAX_PLACE_WORDS,
        (name) => lookupPlace(name) ?? lookupPeoplePlural(name),
      );
      if (place) {
        const last = tokens[i + place.n - 1] as Token;
        const after = body.slice(last.end, sentence.end);
        const countryHit = countryOfHit(place.value);
        const nextIsTitle =
          i + place.n < chunk.to && longest(body, tokens, i + place.n, chunk.to, MAX_TITLE_WORDS, (x) => TITLES.get(x));
        if (countryHit && nextIsTitle) {
          const key = c.country(countryHit);
          c.mention(t.start, last.end, { place: key }, countryHit.via);
          pendingCountry = { key, start: t.start };
          i += place.n;
          continue;
        }
        placeMention(c, place.value, t.start, last.end, before, after, i + place.n === chunk.to);
        i += place.n;
        continue;
      }

      // "Kant air base": an unknown name before a base noun.
      if (i === chunk.from) {
        const last = tokens[chunk.to - 1] as Token;
        const base = BASE_SUFFIX.exec(body.slice(last.end, sentence.end));
        if (base) {
          const end = last.end + base[0].length;
          // "... air base in (northern) Mali": the country it is in.
          const host = /^,? (?:in|near|outside) (?:the )?(?:[a-z-]+ )?(\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)/u.exec(
            body.slice(end, sentence.end),
          );
          const hostName = host?.[1];
          const hostHit = countryOfHit(
            hostName ? (lookupPlace(hostName) ?? lookupPlace(hostName.replace(/\.$/, ''))) : undefined,
          );
          const parent = hostHit ? c.country(hostHit) : null;
          const key = c.addPlace(body.slice(t.start, end), 'MILITARY_BASE', hostHit?.country.code ?? null, parent);
          c.mention(t.start, end, { place: key }, 'NAME');
          i = chunk.to;
          continue;
        }
      }

      i++;
    }
  }
  descriptionsIn(c, sentence);
  possessiveOrganizations(c, sentence);
  countriesThatSpeak(c, sentence);
}

/**
 * "Roger King led the patrol. … King said": a plain two- or three-word name is a person when its last word
 * alone later says or tells something, or when the article names a person so elsewhere. An organization is seldom cut down to its last word, and a name
 * another stage claimed (a place, an organization) is left alone.
 */
const SPEAKING_WORD = /\b([A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’-]+) (?:also )?(?:said|says|told|tells|added)\b/g;

function surnamesThatSpeak(c: Collector) {
  if (c.unnamed.length === 0) return;
  // where each capitalized word last says something, found in one pass over the body
  const lastSpoke = new Map<string, number>();
  for (const m of c.body.matchAll(SPEAKING_WORD)) lastSpoke.set(m[1] as string, m.index);
  // "…, declared a lieutenant in the army, Salim Ibrahim. … said Lieutenant Salim Ibrahim": the whole name of a
  // person the article names elsewhere with a cue is that person wherever it is printed
  const people = new Set([...c.people.values()].map((p) => p.name));
  for (const name of c.unnamed) {
    if (c.mentions.some((m) => m.start < name.end && m.end > name.start)) continue;
    const surname = name.text.split(' ').pop() as string;
    if (lookupPlace(surname) || knownOrganization.has(surname) || ORG_HEADS[surname]) continue;
    if (!people.has(name.text) && (lastSpoke.get(surname) ?? -1) < name.end) continue;
    const key = c.person(name.text, null);
    c.mention(name.start, name.end, { person: key }, 'NAME');
  }
}

function countryKeyByCode(c: Collector, code: string): string | null {
  for (const p of c.places.values()) if (p.kind === 'COUNTRY' && p.countryCode === code) return p.key;
  return null;
}

function placeMention(
  c: Collector,
  hit: GazetteerHit,
  start: number,
  end: number,
  before: string,
  after: string,
  endsChunk: boolean,
) {
  const countryHit = countryOfHit(hit);
  // "Kyrgyz opposition leaders": a demonym and a group noun make an organization.
  const group = (countryKey: string) => {
    for (const g of DEMONYM_GROUPS) {
      const m = g.re.exec(after);
      if (m) {
        const key = c.organization(g.name(c.body.slice(start, end), m), g.kind, countryKey);
        c.mention(start, end + m[0].length, { organization: key }, 'NAME');
        return;
      }
    }
  };
  if (countryHit && countryHit.via === 'DEMONYM' && endsChunk) {
    const countryKey = c.country(countryHit);
    c.mention(start, end, { place: countryKey }, 'DEMONYM');
    group(countryKey);
    placeOfCountry(c, countryHit.country, countryKey, start, end, after);
    return;
  }
  // "US military said", "the U.K. government": a country's initials stand as its demonym before a group noun; the
  // initials stay the country's name mention (below) as well
  if (countryHit && endsChunk && COUNTRY_INITIALS.test(c.body.slice(start, end))) group(c.country(countryHit));
  const direction = countryHit && countryHit.via === 'NAME' ? DIRECTION.exec(before) : null;
  if (countryHit && direction?.[1]) {
    const countryKey = c.country(countryHit);
    const from = start - direction[0].length;
    const key = c.addPlace(c.body.slice(from, end), 'REGION', countryHit.country.code, countryKey);
    c.mention(from, end, { place: key }, 'NAME');
    c.mention(start, end, { place: countryKey }, 'NAME');
    return;
  }
  const key = c.place(hit);
  c.mention(start, end, { place: key }, hit.kind === 'CITY' ? 'NAME' : hit.via);
}

const isDemonym = (hit: GazetteerHit | undefined) => hit?.kind === 'COUNTRY' && hit.via === 'DEMONYM';

function particlesIn(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (NAME_PARTICLE.test((tokens[k] as Token).text)) n++;
  return n;
}

/**
 * "the Somali town of Beledweyne", "the Saudi Arabian city of Dhahran", "the Afghan province of Helmand": a place the
 * gazetteer does not know, put in the country its demonym names; "the Malian capital" is that country's capital. The
 * mention runs from the demonym, so the place reads as where something happened ("killed in the Somali town of …").
 */
const PLACE_OF_COUNTRY =
  /^ (?:(?<city>city|town|village|port(?: city)?|capital)|(?<region>province|region|district|state)) of (?<name>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\b/u;
const CAPITAL_OF_COUNTRY = /^ capital\b(?! (?:of|city)\b)/;

function placeOfCountry(c: Collector, country: Country, countryKey: string, start: number, end: number, after: string) {
  const named = PLACE_OF_COUNTRY.exec(after);
  const name = named?.groups?.name;
  if (named && name && !lookupPlace(name)) {
    const key = c.addPlace(name, named.groups?.city ? 'CITY' : 'REGION', country.code, countryKey);
    c.mention(start, end + named[0].length, { place: key }, 'NAME');
    return;
  }
  const capital = CAPITAL_OF_COUNTRY.exec(after);
  const city = country.capitals[0];
  if (capital && city) {
    const key = c.addPlace(city, 'CITY', country.code, countryKey);
    c.mention(start, end + capital[0].length, { place: key }, 'NAME');
  }
}

/** "Russian Embassy", "Ministry of Defence": a capitalized name ending in (or led by) an organization head word. */
function orgByHead(c: Collector, tokens: Token[], i: number, to: number): number | undefined {
  const { body } = c;
  let head = -1;
  for (let j = i; j < to; j++) if (ORG_HEADS[(tokens[j] as Token).text]) head = j;
  if (head < 0) return undefined;
  const headWord = (tokens[head] as Token).text;
  let from = i;
  while (from < head && NOT_NAMES.has((tokens[from] as Token).text)) from++;
  const first = tokens[from] as Token;
  // "Navy Captain Bill Salvin": a bare service before a title is the person's rank, not an organization's name
  if (head === from && longest(body, tokens, head + 1, to, MAX_TITLE_WORDS, (x) => TITLES.get(x))) return head + 1;
  // Nothing but "The" before the head ("the Party") names no organization, unless "of ..." follows.
  let end = head === from && head + 1 < to ? (tokens[to - 1] as Token).end : (tokens[head] as Token).end;
  if (head === from && end === (tokens[head] as Token).end) return undefined;
  // "Stabilization Mission in Mali": a mission is named with the country it serves in
  const served =
    headWord === 'Mission' && end === (tokens[head] as Token).end
      ? / in ((?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*)/u.exec(body.slice(end, end + 60))
      : null;
  const servedName = served?.[1]?.replace(/\.$/, '');
  const servedHit = servedName && served?.index === 0 ? countryOfHit(lookupPlace(servedName)) : undefined;
  if (servedHit && servedName) {
    c.mention(end + 4, end + 4 + servedName.length, { place: c.country(servedHit) }, servedHit.via);
    end += 4 + servedName.length;
  }
  const name = unspaced(body.slice(first.start, end));
  let country: string | null = null;
  for (let j = from; j < to; j++) {
    const hit = countryOfHit(lookupPlace((tokens[j] as Token).text));
    if (hit) {
      country = c.country(hit);
      c.mention((tokens[j] as Token).start, (tokens[j] as Token).end, { place: country }, hit.via);
      break;
    }
  }
  const key = c.organization(name, ORG_HEADS[headWord] as OrgKind, country);
  c.mention(first.start, end, { organization: key }, 'NAME');
  return end === (tokens[head] as Token).end ? head + 1 : to;
}

function personWithTitle(
  c: Collector,
  sentence: Sentence,
  tokens: Token[],
  i: number,
  to: number,
  title: { value: string; n: number },
  countryBefore: { key: string; start: number } | null,
): number {
  let country = countryBefore;
  const { body } = c;
  const first = tokens[i] as Token;
  let n = i + title.n;
  // "Deputy Defence Minister Datuk Seri Ikmal Hisham Abdul Aziz": a Malaysian honour between title and name is
  // neither (the name is the one the article calls the person by)
  const honour = MALAYSIAN_HONOURS.exec(body.slice((tokens[n - 1] as Token).end, sentence.end));
  const honourEnd = (tokens[n - 1] as Token).end + (honour?.[0].length ?? 0);
  while (n < to && (tokens[n] as Token).end <= honourEnd) n++;
  // "General Nikolai Makarov": a second title is part of the first ("Lieutenant General").
  const nameFrom = n;
  // "Colonel Roger King": a title word that ends the name is a surname (a title stands before a name, not after)
  const surnameTitle = (k: number) => k === to - 1 && k > nameFrom;
  // particles inside a name do not count towards its four words ("Luiz Inacio Lula da Silva")
  let particles = 0;
  while (
    n < to &&
    n - nameFrom - particles < 4 &&
    !lookupPlace((tokens[n] as Token).text) &&
    (!TITLES.has((tokens[n] as Token).text) || surnameTitle(n))
  ) {
    const word = unspaced((tokens[n] as Token).text);
    // a middle initial ("S.") only between name words, never ending the name; initials run together ("Gen. B.B.
    // Bell") may open it too
    const initials = /^\p{Lu}\.$/u.test(word) ? n > nameFrom : /^(?:\p{Lu}\.){2,3}$/u.test(word);
    // "Foreign Minister Abdullah bin Zayed Al-Nahyan", "Prime Minister Nouri al-Maliki": a particle inside a name,
    // never opening it (nor ending it when it stands alone)
    const particle = n > nameFrom && ((n + 1 < to && NAME_PARTICLE.test(word)) || PARTICLE_NAME.test(word));
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(word) && !(initials && n + 1 < to) && !particle) break;
    if (NAME_PARTICLE.test(word)) particles++;
    n++;
  }
  const titleEnd = (tokens[i + title.n - 1] as Token).end;
  if (n === nameFrom) {
    // A title with no name: "The President" refers to someone named elsewhere.
    const the = /\b(the|The) $/.exec(body.slice(sentence.start, first.start));
    if (the) {
      const start = first.start - the[0].length;
      c.descriptions.push({
        ...c.span(start, titleEnd),
        head: title.value.toLowerCase(),
        country: null,
        definite: true,
      });
    }
    return i + title.n;
  }
  const nameStart = (tokens[nameFrom] as Token).start;
  const nameEnd = (tokens[n - 1] as Token).end;
  // "Defence Minister Brendan Nelson Nelson": a last word printed once more is a misprint of the person meant, unless
  // the article calls them by the doubled word again ("Paul Koffi Koffi … Koffi Koffi said": a surname of two words);
  // a name of two words ("Abdullah Abdullah") is left as printed
  const last = (tokens[n - 1] as Token).text;
  const doubled = n - nameFrom >= 3 && last === (tokens[n - 2] as Token).text && printedOnce(body, `${last} ${last}`);
  const name = unspaced(body.slice(nameStart, (tokens[doubled ? n - 2 : n - 1] as Token).end));
  const single = n - nameFrom === 1;
  if (!country) {
    // "Prime Minister Gordon Brown of Britain"
    const of = /^ of (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)/u.exec(
      body.slice((tokens[n - 1] as Token).end, sentence.end),
    );
    const hit = countryOfHit(of?.[1] ? (lookupPlace(of[1]) ?? lookupPlace(of[1].replace(/\.$/, ''))) : undefined);
    if (hit) country = { key: c.country(hit), start: first.start };
  }
  // A bare surname after a title ("President Obama") is a person too, named by what is printed; the one person named
  // in full before ("President Mohamed Muizzu … Maldives President Muizzu") when there is one, the surname ending the
  // name or standing inside it past the first word ("Luiz Inacio Lula da Silva … President Lula").
  const fullNames = single ? [...c.people.values()].filter((p) => ` ${p.name} `.slice(1).includes(` ${name} `)) : [];
  const key = fullNames.length === 1 ? (fullNames[0] as Person).key : c.person(name, country?.key ?? null);
  c.mention(nameStart, nameEnd, { person: key }, 'NAME');

  let start = countryBefore?.start ?? first.start;
  const before = body.slice(sentence.start, start);
  let qualifier: string | null = null;
  const q = /([A-Za-z-]+) $/.exec(before);
  if (q?.[1] && QUALIFIERS.has(q[1].toLowerCase())) {
    qualifier = q[1].toLowerCase();
    start -= q[0].length;
  }
  const roles: Array<{ title: string }> = [{ title: title.value }];
  if (!qualifier) {
    const role = roleBefore(before);
    if (role) {
      roles.push({ title: role });
      start -= role.length + 1;
    }
  }
  for (const r of roles) {
    c.roles.push({
      evidence: c.span(start, nameEnd),
      confidence: single ? 0.7 : 0.9,
      person: key,
      title: r.title,
      organization: null,
      country: country?.key ?? null,
      qualifier,
    });
  }
  return n;
}

/** The lower-case role phrase right before a title ("armed forces chief of staff "), if any. */
function roleBefore(before: string): string | null {
  const head = new RegExp(`(?:^|\\s)(${ROLE_HEADS}) $`).exec(before);
  if (!head?.[1]) return null;
  const modifiers: string[] = [];
  const words = before
    .slice(0, before.length - head[1].length - 1)
    .trimEnd()
    .split(/\s+/);
  for (let w = words.pop(); w && modifiers.length < 3; w = words.pop()) {
    if (!/^[a-z][a-z-]*$/.test(w) || ROLE_STOP.has(w)) break;
    modifiers.unshift(w);
  }
  return [...modifiers, head[1]].join(' ');
}

/** "Russia's top general", "the Russian president": a person described, not named. */
/**
 * "the premier said", "The defence minister told": a speaker named by office, in lower case; coreference resolves it
 * to the one person the article gives that title.
 */
// "the minister said": any minister, the one the article named before (coreference)
const OFFICE_SPEAKER =
  /\b[Tt]he (prime minister|premier|president|vice president|(?:(?:defen[cs]e|foreign|interior) )?minister|chancellor)(?= (?:(?:also|later) )?(?:said|says|told|added)\b)/g;

function descriptionsIn(c: Collector, sentence: Sentence) {
  for (const m of sentence.text.matchAll(OFFICE_SPEAKER)) {
    const start = sentence.start + m.index;
    c.descriptions.push({ ...c.span(start, start + m[0].length), head: m[1] as string, country: null, definite: true });
  }
  const re =
    /\b([A-Z][\p{L}-]+)['’]s (?:(?:top|senior|chief|most senior|former|new) )?(general|commander|diplomat|president|prime minister|leader|minister|envoy|spokesman|official)\b/gu;
  for (const m of sentence.text.matchAll(re)) {
    const hit = countryOfHit(lookupPlace(m[1] as string));
    if (!hit) continue;
    const start = sentence.start + m.index;
    const country = c.country(hit);
    c.descriptions.push({ ...c.span(start, start + m[0].length), head: m[2] as string, country, definite: false });
  }
}

/**
 * "Liberians United for Reconciliation and Democracy (LURD)": a name followed by its acronym in
 * brackets is an organization (rebel groups and movements often have no head word such as "Party"),
 * and the acronym names it from then on. The letters must be the initials of the name's words.
 */
const ACRONYM_DEFINITION =
  /\b(\p{Lu}[\p{L}'’-]*(?: (?:of|for|and|the|de|du|des|la|el|al|\p{Lu}[\p{L}'’-]*))+) \((\p{Lu}{2,8})\)/gu;

function definedAcronyms(c: Collector, sentence: Sentence) {
  if (!sentence.text.includes('(')) return;
  for (const m of sentence.text.matchAll(ACRONYM_DEFINITION)) {
    const acronym = m[2] as string;
    const words = (m[1] as string).split(' ');
    // the name's last words whose initials spell the acronym, with or without its small words
    let found: number | null = null;
    for (let from = words.length - 2; from >= 0 && found === null; from--) {
      const name = words.slice(from);
      if (!/^\p{Lu}/u.test(name[0] as string)) continue;
      const capitals = name.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);
      const all = name.map((w) => (w[0] as string).toUpperCase());
      if (capitals.join('') === acronym || all.join('') === acronym) found = from;
    }
    if (found === null) continue;
    const start = sentence.start + m.index + words.slice(0, found).join(' ').length + (found > 0 ? 1 : 0);
    const end = sentence.start + m.index + (m[1] as string).length;
    const name = c.body.slice(start, end);
    // "Democratic Republic of the Congo (DRC)": a country spelt out with its acronym stays a country
    if (lookupPlace(name)?.kind === 'COUNTRY') continue;
    const known = knownOrganization.get(name) ?? knownOrganization.get(acronym);
    const kind = known?.kind ?? (ORG_HEADS[words[words.length - 1] as string] as OrgKind | undefined) ?? 'OTHER';
    const key = c.organization(known ? (known.names[0] as string) : name, kind, null);
    c.acronyms.set(acronym, key);
    c.mention(start, end, { organization: key }, 'NAME');
  }
}

/**
 * "Burma's military government", "Nigeria's army": a country's government or forces named by what
 * they are, an organization that speaks and acts (a government says, an army sends). Named as printed,
 * so an editor sees the words the article used.
 */
const POSSESSIVE_ORGANIZATION =
  /\b(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,2})['’]s ((?:(?:military|interim|transitional|ruling|federal|central|new) )?(?:(government|junta|authorities)|army|military|armed forces|navy|air force))\b(?! (?:officers?|officials?|bases?|spokesm[ae]n|spokeswoman))/gu;

function possessiveOrganizations(c: Collector, sentence: Sentence) {
  for (const m of sentence.text.matchAll(POSSESSIVE_ORGANIZATION)) {
    // "Meanwhile Burma's": the country is the last words before the possessive
    const words = (m[1] as string).split(' ');
    let skipped = 0;
    let hit: ReturnType<typeof countryOfHit>;
    for (; skipped < words.length && !hit; skipped++) hit = countryOfHit(lookupPlace(words.slice(skipped).join(' ')));
    if (!hit || hit.via === 'DEMONYM') continue;
    const start = sentence.start + m.index + words.slice(0, skipped - 1).join(' ').length + (skipped > 1 ? 1 : 0);
    const end = sentence.start + m.index + m[0].length;
    const key = c.organization(c.body.slice(start, end), m[3] ? 'GOVERNMENT' : 'MILITARY', c.country(hit));
    c.mention(start, end, { organization: key }, 'NAME');
  }
}

const COUNTRY_SPEECH = 'said|says|announced|stated|told|added|confirmed|denied|insisted|warned|reiterated';
const SPEAKS_AFTER = new RegExp(
  `^(?:\\s+(?:also|later|earlier|again|has|have|had|on (?:${[...MONTHS_AND_DAYS].join('|')})|in a statement(?: earlier)?|earlier))*,?\\s+(?:${COUNTRY_SPEECH})\\b`,
);
/** A sentence where a country may speak: one with a speech verb, ending on a stop (a headline ends on none). */
const MAY_SPEAK = new RegExp(`\\b(?:${COUNTRY_SPEECH})\\b[^]*[.!?"”]\\s*$`);
/** Where a subject starts: the sentence's start (past stray marks), a clause boundary, or a conjunction. */
const SUBJECT_START = /(?:^[^\p{L}\p{N}]*|[;:,"“”]\s*|\b(?:and|but|while|as|when|after|because|that)\s+)(?:the\s+)?$/iu;

/**
 * "Rwanda said on Friday it will send …", "Jordan said in a statement", "Kigali said": a country or its capital that
 * speaks is the country's government, an actor of its own like "Burma's military government", named by the country's
 * name. A country named after a
 * preposition or an article's noun ("officials in Rwanda said") is no subject.
 */
function countriesThatSpeak(c: Collector, sentence: Sentence) {
  // most sentences have no speech verb, and skip the scan of the mentions found so far
  if (!MAY_SPEAK.test(sentence.text)) return;
  const named = c.mentions.filter(
    (m) => m.via === 'NAME' && 'place' in m.ref && m.start >= sentence.start && m.end <= sentence.end,
  );
  for (const m of named) {
    const place = 'place' in m.ref ? c.places.get(m.ref.place) : undefined;
    // "Kigali said in a statement": a capital that speaks is its country's government too
    const capital = place?.kind === 'CITY' ? lookupPlace(place.name) : undefined;
    const country =
      capital?.kind === 'CITY'
        ? c.places.get(c.country({ kind: 'COUNTRY', country: capital.country, via: 'NAME' }))
        : place;
    // a headline ("Spain says Iraq troop pullout will be complete") restates the story's speech: MAY_SPEAK left it out
    if (country?.kind !== 'COUNTRY') continue;
    if (!SUBJECT_START.test(c.body.slice(sentence.start, m.start))) continue;
    if (!SPEAKS_AFTER.test(c.body.slice(m.end, sentence.end))) continue;
    const key = c.organization(country.name, 'GOVERNMENT', country.key);
    c.mention(m.start, m.end, { organization: key }, 'NAME');
  }
}

/**
 * A base found by a cue has no parent yet: it lies in the country the article
 * is set in, given by the caller or, failing that, the country of the first
 * capital city the text names.
 */
function resolvePlaceParents(c: Collector, homeCountry: string | null) {
  const homeHit = homeCountry ? countryByCode(homeCountry) : undefined;
  const home = homeHit
    ? c.country({ kind: 'COUNTRY', country: homeHit, via: 'NAME' })
    : ([...c.places.values()].find((p) => p.kind === 'CITY' && p.parent)?.parent ?? null);
  for (const p of c.places.values()) {
    if (p.parent === null && p.kind === 'MILITARY_BASE' && home) {
      p.parent = home;
      p.countryCode = c.places.get(home)?.countryCode ?? null;
    }
  }
}

/** `text` stands in `body` exactly once. */
function printedOnce(body: string, text: string): boolean {
  const first = body.indexOf(text);
  return first >= 0 && body.indexOf(text, first + 1) < 0;
}
