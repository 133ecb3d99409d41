/**
 * A synthetic news corpus for the benchmark: articles built from generated
 * sentences, with people, organizations, places, events and every kind of
 * fact, each fact's evidence a real span of its article's body.
 *
 * Deterministic for a seed (its own PRNG, no clock in the data), and written
 * with raw prepared statements in large transactions so that the large corpus
 * builds in minutes.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Db } from '../src/db/client.js';
import type { organizationKinds } from '../src/db/schema/index.js';

export type CorpusSize = 'tiny' | 'medium' | 'large';

/** Articles per corpus size. */
export const CORPUS_SIZES: Record<CorpusSize, number> = { tiny: 200, medium: 10_000, large: 100_000 };

/** Bump when the generator's output changes: the harness caches built corpora by it. */
export const CORPUS_VERSION = 1;

export interface CorpusSummary {
  size: CorpusSize;
  seed: number;
  articles: number;
  people: number;
  organizations: number;
  places: number;
  mentions: number;
  statements: number;
  casualtyReports: number;
  militaryDeployments: number;
  events: number;
  roles: number;
  buildSeconds: number;
  /** Handy ids for the benchmark's canonical operations (row ids, not global ids). */
  samples: { articleId: number; articleUrl: string; personId: number; countryId: number; eventId: number };
}

export interface BuildCorpusOptions {
  size: CorpusSize;
  seed?: number;
  /** Called after every transaction with the articles written so far. */
  onProgress?: (done: number, total: number) => void;
}

/** People, organizations and non-country places per size; the ~195 countries are always there. */
const ENTITY_COUNTS: Record<CorpusSize, { people: number; organizations: number; places: number }> = {
  tiny: { people: 2_000, organizations: 100, places: 400 },
  medium: { people: 20_000, organizations: 1_000, places: 2_000 },
  large: { people: 50_000, organizations: 4_000, places: 4_000 },
};

const ARTICLES_PER_TRANSACTION = 2_000;
/** Exponent of the Zipf-like popularity of people, countries and organizations. */
const ZIPF_S = 1.1;
const MIN_MENTIONS = 20;
const MAX_MENTIONS = 60;

// ---------------------------------------------------------------------------
// Randomness

/** mulberry32: a small, fast, seedable PRNG giving floats in [0, 1). */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** An index into `weights`, chosen with probability proportional to its weight. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] as number;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }
  shuffle<A extends { length: number; [index: number]: unknown }>(items: A): A {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }
}

/** Ranks 0..n-1 drawn with probability ∝ 1/(rank+1)^s: a cumulative table searched by bisection. */
class Zipf {
  private readonly cumulative: Float64Array;
  constructor(n: number, s: number) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += 1 / (i + 1) ** s;
      this.cumulative[i] = sum;
    }
  }
  sample(rng: Rng): number {
    const c = this.cumulative;
    const x = rng.next() * (c[c.length - 1] as number);
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((c[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

// ---------------------------------------------------------------------------
// Word lists

/** The world's countries: ISO 3166-1 alpha-2 code and English short name (ASCII, so offsets are plain). */
const COUNTRIES =
  `AF Afghanistan|AL Albania|DZ Algeria|AD Andorra|AO Angola|AG Antigua and Barbuda|AR Argentina|AM Armenia|
AU Australia|AT Austria|AZ Azerbaijan|BS Bahamas|BH Bahrain|BD Bangladesh|BB Barbados|BY Belarus|BE Belgium|BZ Belize|
BJ Benin|BT Bhutan|BO Bolivia|BA Bosnia and Herzegovina|BW Botswana|BR Brazil|BN Brunei|BG Bulgaria|BF Burkina Faso|
BI Burundi|CV Cabo Verde|KH Cambodia|CM Cameroon|CA Canada|CF Central African Republic|TD Chad|CL Chile|CN China|
CO Colombia|KM Comoros|CG Congo|CD Democratic Republic of the Congo|CR Costa Rica|CI Cote d'Ivoire|HR Croatia|CU Cuba|
CY Cyprus|CZ Czechia|DK Denmark|DJ Djibouti|DM Dominica|DO Dominican Republic|EC Ecuador|EG Egypt|SV El Salvador|
GQ Equatorial Guinea|ER Eritrea|EE Estonia|SZ Eswatini|ET Ethiopia|FJ Fiji|FI Finland|FR France|GA Gabon|GM Gambia|
GE Georgia|DE Germany|GH Ghana|GR Greece|GD Grenada|GT Guatemala|GN Guinea|GW Guinea-Bissau|GY Guyana|HT Haiti|
HN Honduras|HU Hungary|IS Iceland|IN India|ID Indonesia|IR Iran|IQ Iraq|IE Ireland|IL Israel|IT Italy|JM Jamaica|
JP Japan|JO Jordan|KZ Kazakhstan|KE Kenya|KI Kiribati|KP North Korea|KR South Korea|KW Kuwait|KG Kyrgyzstan|LA Laos|
LV Latvia|LB Lebanon|LS Lesotho|LR Liberia|LY Libya|LI Liechtenstein|LT Lithuania|LU Luxembourg|MG Madagascar|
MW Malawi|MY Malaysia|MV Maldives|ML Mali|MT Malta|MH Marshall Islands|MR Mauritania|MU Mauritius|MX Mexico|
FM Micronesia|MD Moldova|MC Monaco|MN Mongolia|ME Montenegro|MA Morocco|MZ Mozambique|MM Myanmar|NA Namibia|NR Nauru|
NP Nepal|NL Netherlands|NZ New Zealand|NI Nicaragua|NE Niger|NG Nigeria|MK North Macedonia|NO Norway|OM Oman|
PK Pakistan|PW Palau|PA Panama|PG Papua New Guinea|PY Paraguay|PE Peru|PH Philippines|PL Poland|PT Portugal|QA Qatar|
RO Romania|RU Russia|RW Rwanda|KN Saint Kitts and Nevis|LC Saint Lucia|VC Saint Vincent and the Grenadines|WS Samoa|
SM San Marino|ST Sao Tome and Principe|SA Saudi Arabia|SN Senegal|RS Serbia|SC Seychelles|SL Sierra Leone|SG Singapore|
SK Slovakia|SI Slovenia|SB Solomon Islands|SO Somalia|ZA South Africa|SS South Sudan|ES Spain|LK Sri Lanka|SD Sudan|
SR Suriname|SE Sweden|CH Switzerland|SY Syria|TJ Tajikistan|TZ Tanzania|TH Thailand|TL Timor-Leste|TG Togo|TO Tonga|
TT Trinidad and Tobago|TN Tunisia|TR Turkey|TM Turkmenistan|TV Tuvalu|UG Uganda|UA Ukraine|AE United Arab Emirates|
GB United Kingdom|US United States|UY Uruguay|UZ Uzbekistan|VU Vanuatu|VE Venezuela|VN Vietnam|YE Yemen|ZM Zambia|
ZW Zimbabwe|VA Vatican City|PS Palestine`
    .split('|')
    .map((entry) => {
      const trimmed = entry.trim();
      return { code: trimmed.slice(0, 2), name: trimmed.slice(3) };
    });

/** Countries whose name takes "the" in running text. */
const WITH_THE = new Set(['BS', 'CF', 'CD', 'DO', 'GM', 'MH', 'NL', 'PH', 'SB', 'AE', 'GB', 'US', 'MV', 'KM', 'SC']);

/** The most newsworthy countries, most popular first; the rest follow in a seeded order. */
const PROMINENT = 'US RU CN GB FR UA IL IR IQ AF SY DE IN PK TR KP JP SA EG KG'.split(' ');

const MALE_NAMES = `Ahmed Ali Omar Hassan Mohammed Yusuf Ibrahim Karim Tariq Farid Ivan Dmitry Sergei Nikolai Alexei
Vladimir Mikhail Andrei Oleg Pavel John James Robert Michael William David Richard Thomas Charles Daniel Pierre Jean
Louis Francois Henri Hans Klaus Stefan Jurgen Lukas Carlos Jose Luis Miguel Juan Diego Pedro Rafael Antonio Marco
Giovanni Luca Paolo Wei Ming Jian Hao Lei Hiroshi Kenji Takeshi Raj Arjun Vikram Sanjay Rahul Kwame Kofi Emeka Chinedu
Abdullahi Tunde Samuel Joseph Emmanuel Mehmet Mustafa Emre Murat Nurlan Askar Almaz Bakyt Temir Arman Lars Erik Nils
Mateusz Piotr Tomasz Jakub Yosef Avi Eitan Reza Hamid Mahmoud Saeed Dawit Tesfaye Jorge Fernando Ricardo`
  .split(/\s+/)
  .filter(Boolean);

const FEMALE_NAMES = `Fatima Aisha Layla Mariam Noor Zainab Yasmin Amira Leila Huda Olga Natalia Elena Irina Svetlana
Tatiana Anna Maria Yulia Ekaterina Mary Elizabeth Sarah Jennifer Emily Susan Margaret Laura Rachel Catherine Sophie
Claire Isabelle Marie Camille Ursula Angela Katrin Sabine Ingrid Lucia Carmen Sofia Isabel Ana Gabriela Valentina
Francesca Giulia Chiara Mei Xiu Yan Hui Yuki Aiko Keiko Priya Anjali Sunita Kavya Deepa Ama Abena Ngozi Chiamaka Folake
Amina Grace Esther Ruth Ayse Elif Zeynep Aigul Gulnara Dinara Roza Asel Astrid Karin Ewa Agnieszka Magdalena Tamar Noa
Shira Maryam Shirin Parisa Hana Selam Paula Beatriz Mariana Roza Nadia Samira Helena Julia Alina`
  .split(/\s+/)
  .filter(Boolean);

const SURNAMES = `Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson
Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell
Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper
Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers
Long Ross Foster Dubois Durand Lefebvre Moreau Laurent Simon Michel Garnier Rousseau Fontaine Chevalier Girard Bonnet
Lambert Faure Muller Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf Neumann
Schwarz Zimmermann Braun Kruger Hartmann Lange Garcia Martinez Rodriguez Lopez Gonzalez Hernandez Perez Sanchez
Ramirez Torres Flores Rivera Gomez Diaz Morales Ortiz Castillo Romero Silva Santos Pereira Oliveira Costa Almeida
Ferreira Souza Carvalho Mendes Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo
Conti Mancini Giordano Rizzo Lombardi Moretti Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov
Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Makarov Zakharov Zaitsev
Solovyov Borisov Yakovlev Grigoriev Romanov Vorobyov Kovalenko Bondarenko Shevchenko Tkachenko Kravchenko Melnyk
Nowak Kowalski Wisniewski Wojcik Kaminski Lewandowski Zielinski Novak Horvat Dvorak Haddad Khalil Hassan Hussein
Ibrahim Mansour Nasser Saleh Abdullah Rahman Farouk Aziz Qasim Darwish Habib Khoury Saad Suleiman Bakr Othman Hamdan
Jaber Yousef Barakat Shaheen Hosseini Mohammadi Ahmadi Rezaei Moradi Karimi Jafari Rahimi Hashemi Sadeghi Tehrani
Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan Bakiyev Atambayev
Nazarbayev Tokayev Aliyev Rakhmonov Karimov Sadyrov Jeenbekov Omurbekov Abdrakhmanov Bekov Tashiev Usenov Wang Li
Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Sato Suzuki Takahashi Tanaka Watanabe Ito
Yamamoto Nakamura Kobayashi Kato Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Sharma Patel Singh Kumar Gupta Reddy
Iyer Nair Rao Mehta Chopra Verma Joshi Desai Banerjee Mukherjee Okafor Okonkwo Adeyemi Balogun Mensah Owusu Boateng
Kamau Otieno Mwangi Njoroge Abebe Tesfaye Haile Diallo Traore Keita Coulibaly Ndiaye Diop Sow Mbeki Dlamini Nkosi
Zulu Banda Phiri Moyo Mutasa Nguyen Tran Le Pham Reyes Cruz Bautista Wijaya Susanto Pratama Tan Wong Ng Chua Cohen
Levi Mizrahi Peretz Biton Friedman Katz Shapiro Hansen Johansson Andersson Nielsen Larsen Karlsson Lindberg Berg
Virtanen Korhonen Abdi Warsame Farah Osman Jama Sesay Kamara Conteh Bangura Mendoza Vargas Castro Rojas Guerrero`
  .split(/\s+/)
  .filter(Boolean);

/** Titles people hold, with weights; the first few go to the most prominent people. */
const TITLES = [
  'President',
  'Prime Minister',
  'Foreign Minister',
  'Defence Minister',
  'Interior Minister',
  'General',
  'Finance Minister',
  'Justice Minister',
  'Colonel',
  'Admiral',
  'Ambassador',
  'Governor',
  'Mayor',
  'Senator',
  'Opposition Leader',
  'Spokesman',
  'Police Chief',
  'Commander',
] as const;
const TITLE_WEIGHTS = [1, 1, 2, 2, 1, 5, 1, 1, 3, 1, 5, 5, 5, 5, 4, 5, 3, 3];
const TOP_TITLES = 6;
/** How many of the most popular people hold a top title in a prominent country. */
const TOP_PEOPLE = 60;

const PUBLISHERS = [
  'The Example Times',
  'Example Wire',
  'Global Example News',
  'The Daily Example',
  'Example Herald',
  'World Example Service',
];

const SYLLABLES =
  'ka ra mi to sa bel dor an li mar ko zan ta bu ne ril os gar ven lu mir sha tal pe nor ba dri ol hen vas tor qa zhi mun del ar es gul bek pol'.split(
    ' ',
  );
const CITY_ENDINGS = ['', '', '', '', 'abad', 'pur', 'grad', 'ton', 'burg', 'polis', 'ville', 'ovo'];

interface GlobalOrg {
  name: string;
  kind: OrgKind;
  code: string | null;
  the: boolean;
}
type OrgKind = (typeof organizationKinds)[number];

/** International organizations and wire services, the most mentioned organizations. */
const GLOBAL_ORGS: GlobalOrg[] = [
  { name: 'Reuters', kind: 'NEWS_AGENCY', code: 'GB', the: false },
  { name: 'United Nations', kind: 'OTHER', code: null, the: true },
  { name: 'Associated Press', kind: 'NEWS_AGENCY', code: 'US', the: true },
  { name: 'NATO', kind: 'MILITARY', code: null, the: false },
  { name: 'Agence France-Presse', kind: 'NEWS_AGENCY', code: 'FR', the: false },
  { name: 'European Union', kind: 'OTHER', code: null, the: true },
  { name: 'Interfax', kind: 'NEWS_AGENCY', code: 'RU', the: false },
  { name: 'International Committee of the Red Cross', kind: 'OTHER', code: 'CH', the: true },
  { name: 'Xinhua', kind: 'NEWS_AGENCY', code: 'CN', the: false },
  { name: 'Human Rights Watch', kind: 'OTHER', code: 'US', the: false },
  { name: 'African Union', kind: 'OTHER', code: null, the: true },
  { name: 'Amnesty International', kind: 'OTHER', code: 'GB', the: false },
  { name: 'TASS', kind: 'NEWS_AGENCY', code: 'RU', the: false },
  { name: 'World Health Organization', kind: 'OTHER', code: 'CH', the: true },
  { name: 'Arab League', kind: 'OTHER', code: null, the: true },
  { name: 'Al Jazeera', kind: 'NEWS_AGENCY', code: 'QA', the: false },
  { name: 'Organization for Security and Co-operation in Europe', kind: 'OTHER', code: null, the: true },
  { name: 'Anadolu Agency', kind: 'NEWS_AGENCY', code: 'TR', the: true },
  { name: 'International Monetary Fund', kind: 'OTHER', code: 'US', the: true },
  { name: 'Kyodo News', kind: 'NEWS_AGENCY', code: 'JP', the: false },
  { name: 'Doctors Without Borders', kind: 'OTHER', code: 'FR', the: false },
  { name: 'Yonhap', kind: 'NEWS_AGENCY', code: 'KR', the: false },
  { name: 'World Bank', kind: 'OTHER', code: 'US', the: true },
  { name: 'Press Trust of India', kind: 'NEWS_AGENCY', code: 'IN', the: true },
  { name: 'Shanghai Cooperation Organisation', kind: 'OTHER', code: null, the: true },
];

/** Organizations every country may have, most important first; `{c}` is the country, `{p}` a major power. */
const COUNTRY_ORGS: Array<[string, OrgKind]> = [
  ['Ministry of Defence of {c}', 'GOVERNMENT'],
  ['Armed Forces of {c}', 'MILITARY'],
  ['Ministry of Foreign Affairs of {c}', 'GOVERNMENT'],
  ['National Police of {c}', 'SECURITY_FORCES'],
  ['Office of the President of {c}', 'GOVERNMENT'],
  ['National News Agency of {c}', 'NEWS_AGENCY'],
  ['Ministry of Interior of {c}', 'GOVERNMENT'],
  ['Embassy of {p} in {c}', 'DIPLOMATIC_MISSION'],
  ['Parliament of {c}', 'GOVERNMENT'],
  ['Social Democratic Party of {c}', 'POLITICAL_GROUP'],
  ['State Security Service of {c}', 'SECURITY_FORCES'],
  ['Army of {c}', 'MILITARY'],
  ['National Unity Movement of {c}', 'POLITICAL_GROUP'],
  ['Ministry of Health of {c}', 'GOVERNMENT'],
  ['Border Guard of {c}', 'SECURITY_FORCES'],
  ['Air Force of {c}', 'MILITARY'],
  ['State Television of {c}', 'NEWS_AGENCY'],
  ['Central Election Commission of {c}', 'GOVERNMENT'],
  ["People's Front of {c}", 'POLITICAL_GROUP'],
  ['Red Crescent Society of {c}', 'OTHER'],
  ['National Guard of {c}', 'SECURITY_FORCES'],
  ['Navy of {c}', 'MILITARY'],
  ['Supreme Court of {c}', 'GOVERNMENT'],
  ['Liberal Party of {c}', 'POLITICAL_GROUP'],
  ['Chamber of Commerce of {c}', 'OTHER'],
  ['General Staff of {c}', 'MILITARY'],
  ['Green Party of {c}', 'POLITICAL_GROUP'],
  ['National University of {c}', 'OTHER'],
];

const WORDS: Record<string, readonly string[]> = {
  threat: [
    'violence',
    'extremists',
    'foreign interference',
    'chaos',
    'corruption',
    'instability',
    'lawlessness',
    'terrorism',
  ],
  undermine: ['undermine', 'destroy', 'threaten', 'derail', 'sabotage'],
  object: [
    'our democracy',
    'the constitution',
    'peace in the region',
    'the rule of law',
    'our sovereignty',
    'the ceasefire',
    'the economy',
    'the peace process',
    'public order',
    'the elections',
  ],
  state: [
    'under control',
    'very tense',
    'extremely serious',
    'calm but tense',
    'deteriorating',
    'improving',
    'stable',
    'critical',
  ],
  group: ['soldiers', 'police officers', 'citizens', 'diplomats', 'supporters', 'volunteers', 'doctors', 'troops'],
  crowd: ['protesters', 'demonstrators', 'militants', 'rebels', 'opposition supporters', 'rioters'],
  defend: ['defend', 'protect', 'restore', 'rebuild', 'support', 'safeguard'],
  respect: ['respect', 'uphold', 'honour', 'observe'],
  solution: [
    'dialogue',
    'peace',
    'free and fair elections',
    'a political solution',
    'justice',
    'stability',
    'an immediate ceasefire',
    'humanitarian aid',
  ],
  dayAdj: ['sad', 'historic', 'dark', 'great', 'difficult'],
  talkAdj: ['constructive', 'productive', 'difficult', 'frank', 'useful', 'disappointing'],
  secAction: ['dispersed', 'detained', 'pushed back', 'surrounded', 'fired on'],
  month: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  leadAction: [
    'arrived in {city} on {weekday} for talks',
    'visited {city} on {weekday}',
    'met officials from {org} on {weekday}',
    'called an emergency meeting on {weekday}',
    'is due to travel to {country2} next week',
    'spoke by telephone with officials in {country2} on {weekday}',
    'cut short a visit to {country2} on {weekday}',
  ],
};

/** Direct quotes: what stands between the quotation marks (no closing punctuation). */
const QUOTES = [
  'We will not allow {threat} to {undermine} {object}',
  'The situation in {city} is {state}',
  'Our {group} are ready to {defend} {object}',
  'There is no alternative to {solution}',
  'We call on all sides to {respect} {object}',
  'This is a {dayAdj} day for {country}',
  'I do not want to believe {country2} is behind this',
  'Nobody in {country} wants a return to {threat}',
  'We have asked {org} to help us {defend} {object}',
  'Our {group} will stay in {city} as long as necessary',
  'The people of {country} deserve {solution}',
  'We are doing everything we can to {defend} {object}',
  'What happened in {city} must never happen again',
  'We expect {country2} to {respect} {object}',
  '{person} has lost all legitimacy',
  'I am not going to resign',
  'The talks with {country2} were {talkAdj}',
  'We need {solution}, and we need it now',
];

/** Reported speech: the clause after "said" or "told ... that". */
const CLAUSES = [
  'the talks with {country2} had been {talkAdj}',
  '{country2} would send more aid to {city}',
  'the government had lost control of {city}',
  'security forces had {secAction} {crowd} in {city}',
  'elections would be held in {month}',
  '{org} had been asked to help {defend} {object}',
  '{person} had agreed to meet {person2} in {city}',
  'the situation in {city} was {state}',
  'there was no alternative to {solution}',
  '{country} was ready to {defend} {object}',
  'the border with {country2} would remain closed',
  'an investigation into the violence in {city} had been opened',
  'more than {num} {group} had been sent to {city}',
  '{threat} would not be tolerated',
];

/** Sentences that only name things (and some that name nothing), to reach the article's mention count. */
const FILLERS = [
  '{person} met {person2} in {city} on {weekday}.',
  '{org} said it was following events in {country} closely.',
  '{city} lies about {num} km from the border with {country2}.',
  'Talks between {country} and {country2} are due to resume next week.',
  'The claims could not be independently verified.',
  '{person} did not respond to a request for comment.',
  'Shops and schools in {city} remained closed on {weekday}.',
  '{country} has long been a close ally of {country2}.',
  'Diplomats from {country2} urged restraint.',
  '{org} has called for an independent investigation.',
  'Flights to {city} were suspended on {weekday}.',
  '{person} was expected to travel to {country2} later this month.',
  'Hundreds of people gathered in the centre of {city} on {weekday}.',
  'It was not immediately clear who was behind the violence.',
  'Officials in {country} and {country2} held talks by telephone.',
  '{person} and {person2} spoke on the sidelines of a meeting of {org}.',
  'Fighting was also reported in {region}.',
];
const EVENT_FILLERS = [
  'The {event} drew condemnation from {org}.',
  '{org} said it was looking into the {event}.',
  'Tension remained high after the {event}.',
  'Residents described scenes of chaos during the {event}.',
];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

type EventKind = 'CLASHES' | 'PROTEST' | 'OUSTER' | 'TRANSFER_OF_POWER' | 'OTHER';
type Category = 'KILLED' | 'INJURED' | 'MISSING' | 'ARRESTED' | 'DISPLACED';

/** What an event is called in running text ("{phrase} {place}") and what caused its toll. */
const EVENT_KINDS: Array<{ kind: EventKind; weight: number; phrases: Array<[string, string]> }> = [
  {
    kind: 'CLASHES',
    weight: 35,
    phrases: [
      ['clashes in', 'clashes between security forces and protesters'],
      ['fighting in', 'fighting between rival groups'],
      ['street battles in', 'clashes between police and demonstrators'],
    ],
  },
  {
    kind: 'PROTEST',
    weight: 25,
    phrases: [
      ['protests in', 'a crackdown on protesters'],
      ['riots in', 'violent protests'],
    ],
  },
  {
    kind: 'OTHER',
    weight: 30,
    phrases: [
      ['car bomb attack in', 'a car bomb attack'],
      ['explosion in', 'an explosion'],
      ['air strike on', 'an air strike'],
      ['shelling of', 'shelling'],
      ['suicide attack in', 'a suicide attack'],
      ['floods in', 'flooding'],
      ['earthquake in', 'an earthquake'],
    ],
  },
  { kind: 'OUSTER', weight: 6, phrases: [['coup in', 'unrest after the coup']] },
  { kind: 'TRANSFER_OF_POWER', weight: 4, phrases: [['transfer of power in', 'unrest during the transfer of power']] },
];
const EVENT_KIND_WEIGHTS = EVENT_KINDS.map((k) => k.weight);

const VICTIMS: Record<Category, readonly string[]> = {
  KILLED: ['people', 'people', 'civilians', 'protesters', 'soldiers', 'police officers'],
  INJURED: ['people', 'people', 'civilians', 'protesters', 'police officers', 'children'],
  MISSING: ['people', 'residents', 'fishermen'],
  ARRESTED: ['protesters', 'opposition supporters', 'suspects'],
  DISPLACED: ['residents', 'families', 'people'],
};

const FORCES = ['troops', 'troops', 'soldiers', 'paratroopers', 'marines', 'special forces', 'military advisers'];
const UNITS = ['two companies', 'a battalion', 'a brigade', 'a small contingent', 'an infantry regiment'];
const PURPOSES = [
  'to protect its embassy',
  'to secure the airport',
  'to help restore order',
  'to train local forces',
  'to support peacekeeping operations',
  'to evacuate its citizens',
];
const QUALIFIER_WORDS: Array<[string, string]> = [
  ['', 'EXACT'],
  ['', 'EXACT'],
  ['about ', 'APPROXIMATELY'],
  ['around ', 'APPROXIMATELY'],
  ['at least ', 'AT_LEAST'],
  ['more than ', 'MORE_THAN'],
  ['up to ', 'UP_TO'],
];
const NO_SPEAKER_LABELS = ['an official', 'a senior official', 'a diplomat', 'a government spokesman', 'a witness'];

// ---------------------------------------------------------------------------
// Dates

const FIRST_DAY_MS = Date.UTC(2008, 0, 1);
const DAY_MS = 86_400_000;
const DAY_COUNT = Math.round((Date.UTC(2024, 11, 31) - FIRST_DAY_MS) / DAY_MS) + 1;
/** 2008-01-01 was a Tuesday. */
const FIRST_WEEKDAY = 2;

// ---------------------------------------------------------------------------
// Templates

const PERSON = 0;
const ORG = 1;
const PLACE = 2;
const EVENT = 3;

type Slot = 'person' | 'person2' | 'country' | 'country2' | 'city' | 'region' | 'org' | 'event' | 'num' | 'weekday';
type Token = string | { words: readonly string[] } | { slot: Slot };
const SLOTS = new Set<string>([
  'person',
  'person2',
  'country',
  'country2',
  'city',
  'region',
  'org',
  'event',
  'num',
  'weekday',
]);

/** Splits "a {slot} b" into literal text, word lists and entity slots once, at load. */
function compile(template: string): Token[] {
  const tokens: Token[] = [];
  for (const [i, piece] of template.split(/\{(\w+)\}/).entries()) {
    if (i % 2 === 0) {
      if (piece) tokens.push(piece);
    } else if (SLOTS.has(piece)) {
      tokens.push({ slot: piece as Slot });
    } else {
      const words = WORDS[piece];
      if (!words) throw new Error(`unknown template slot {${piece}} in "${template}"`);
      tokens.push({ words });
    }
  }
  return tokens;
}

const QUOTE_TOKENS = QUOTES.map(compile);
const CLAUSE_TOKENS = CLAUSES.map(compile);
const FILLER_TOKENS = FILLERS.map(compile);
const EVENT_FILLER_TOKENS = EVENT_FILLERS.map(compile);
const LEAD_ACTION_TOKENS = (WORDS.leadAction ?? []).map(compile);

// ---------------------------------------------------------------------------
// Small helpers

function formatCount(n: number): string {
  const s = String(n);
  return s.length <= 3 ? s : s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function round(n: number): number {
  if (n >= 1000) return Math.round(n / 100) * 100;
  if (n >= 50) return Math.round(n / 10) * 10;
  return n;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

interface Fact {
  method: string;
  reviewStatus: string;
  confidence: number;
}

interface OpenEvent {
  id: number;
  kind: EventKind;
  phrase: string;
  cause: string;
  placeId: number;
  countryId: number;
  startDay: number;
  startsOn: string;
  /** Central tolls the articles scatter around (±30%). */
  tolls: Record<Category, number>;
  remaining: number;
  articles: number;
}

// ---------------------------------------------------------------------------
// The generator

class CorpusGenerator {
  private readonly rng: Rng;
  private readonly sql: ReturnType<typeof prepareStatements>;

  // Places: ids 1..COUNTRIES.length are the countries.
  private readonly placeName: string[] = [''];
  private readonly placeThe: boolean[] = [false];
  private readonly countryByRank: number[] = [];
  private readonly citiesOf: number[][] = [[]];
  private readonly regionsOf: number[][] = [[]];
  private readonly basesOf: number[][] = [[]];
  private readonly countriesWithBases: number[] = [];
  private readonly countryZipf: Zipf;

  // People.
  private readonly personName: string[] = [''];
  private readonly personAlias: Array<string | null> = [null];
  private readonly personNationality: Int32Array;
  private readonly personTitle: Uint8Array;
  private readonly personByRank: Int32Array;
  private readonly personZipf: Zipf;

  // Organizations: ids in rank order.
  private readonly orgName: string[] = [''];
  private readonly orgThe: boolean[] = [false];
  private readonly speakerOrgs: number[] = [];
  private readonly outlets: number[] = [];
  private readonly orgZipf: Zipf;
  private readonly speakerOrgZipf: Zipf;
  private readonly outletZipf: Zipf;

  // Days: ISO strings, and "hot" days that draw many articles.
  private readonly days: string[] = [];
  private readonly hotDays: number[] = [];
  private readonly hotDayZipf: Zipf;

  // Counters for the samples.
  private readonly personMentions: Int32Array;
  private readonly placeMentions: Int32Array;
  private eventCount = 0;
  private readonly openEvents: OpenEvent[] = [];
  private bestEvent = { id: 0, articles: 0 };
  private sampleArticle = { id: 0, url: '' };
  private firstArticle = { id: 0, url: '' };

  // The article being written.
  private articleId = 0;
  private parts: string[] = [];
  private length = 0;
  private mentionBuffer: number[] = [];
  private mentionTarget = 0;
  private readonly introducedIn: Int32Array;
  private castPeople: number[] = [];
  private castCountries: number[] = [];
  private castCities: number[] = [];
  private castOrgs: number[] = [];
  private lastPerson = 0;
  private eventPhrase: { event: OpenEvent } | null = null;
  private dayIndex = 0;
  private curated = false;
  private sentenceStart = true;

  constructor(
    db: Db,
    private readonly size: CorpusSize,
    seed: number,
  ) {
    this.rng = new Rng(seed);
    this.sql = prepareStatements(db);
    const counts = ENTITY_COUNTS[size];
    this.personNationality = new Int32Array(counts.people + 1);
    this.personTitle = new Uint8Array(counts.people + 1);
    this.personByRank = new Int32Array(counts.people);
    this.personMentions = new Int32Array(counts.people + 1);
    this.placeMentions = new Int32Array(COUNTRIES.length + counts.places + 1);
    this.introducedIn = new Int32Array(counts.people + 1);
    this.countryZipf = new Zipf(COUNTRIES.length, ZIPF_S);
    this.personZipf = new Zipf(counts.people, ZIPF_S);
    this.orgZipf = new Zipf(counts.organizations, ZIPF_S);
    for (let d = 0; d < DAY_COUNT; d++) this.days.push(new Date(FIRST_DAY_MS + d * DAY_MS).toISOString().slice(0, 10));
    const hot = Math.max(20, Math.floor(DAY_COUNT / 25));
    for (let i = 0; i < hot; i++) this.hotDays.push(this.rng.int(0, DAY_COUNT - 1));
    this.hotDayZipf = new Zipf(hot, 0.6);
    this.makePlaces(counts.places);
    this.makePeople(counts.people);
    this.makeOrganizations(counts.organizations);
    this.speakerOrgZipf = new Zipf(this.speakerOrgs.length, ZIPF_S);
    this.outletZipf = new Zipf(this.outlets.length, ZIPF_S);
  }

  // --- reference data -----------------------------------------------------

  private makePlaces(others: number): void {
    const { rng, sql } = this;
    COUNTRIES.forEach(({ code, name }, i) => {
      const id = i + 1;
      this.placeName.push(name);
      this.placeThe.push(WITH_THE.has(code));
      this.citiesOf.push([]);
      this.regionsOf.push([]);
      this.basesOf.push([]);
      sql.place.run(id, name, 'COUNTRY', code, null, null);
    });
    const codes = COUNTRIES.map((c) => c.code);
    const prominent = PROMINENT.map((code) => codes.indexOf(code) + 1);
    const rest = rng.shuffle(codes.map((_, i) => i + 1).filter((id) => !prominent.includes(id)));
    this.countryByRank.push(...prominent, ...rest);

    const used = new Set<string>(this.placeName);
    const newName = (): string => {
      for (;;) {
        let stem = '';
        const syllables = rng.int(2, 3);
        for (let s = 0; s < syllables; s++) stem += rng.pick(SYLLABLES);
        const name = capitalize(stem + rng.pick(CITY_ENDINGS));
        if (!used.has(name)) {
          used.add(name);
          return name;
        }
      }
    };
    // Every country gets a city; the rest go to countries by popularity (flatter than mentions).
    const spread = new Zipf(COUNTRIES.length, 0.8);
    let id = COUNTRIES.length;
    const add = (countryId: number, kind: 'CITY' | 'REGION' | 'MILITARY_BASE') => {
      id++;
      const stem = newName();
      let name = stem;
      let population: number | null = null;
      if (kind === 'CITY') {
        population = Math.round(Math.exp(rng.next() * (Math.log(5_000_000) - Math.log(10_000)) + Math.log(10_000)));
        this.citiesOf[countryId]?.push(id);
      } else if (kind === 'REGION') {
        name = rng.pick([`${stem} Province`, `${stem} Region`, `${stem} District`, `Northern ${stem}`]);
        this.regionsOf[countryId]?.push(id);
      } else {
        name = rng.pick([`${stem} Air Base`, `Camp ${stem}`, `${stem} Naval Base`, `Fort ${stem}`]);
        const bases = this.basesOf[countryId] as number[];
        if (bases.length === 0) this.countriesWithBases.push(countryId);
        bases.push(id);
      }
      this.placeName.push(name);
      this.placeThe.push(false);
      sql.place.run(id, name, kind, codes[countryId - 1], countryId, population);
    };
    for (const countryId of this.countryByRank) add(countryId, 'CITY');
    const left = others - COUNTRIES.length;
    const bases = Math.round(left * 0.15);
    const regions = Math.round(left * 0.25);
    for (let i = 0; i < left; i++) {
      const countryId = this.countryByRank[spread.sample(rng)] as number;
      add(countryId, i < bases ? 'MILITARY_BASE' : i < bases + regions ? 'REGION' : 'CITY');
    }
  }

  private makePeople(count: number): void {
    const { rng, sql } = this;
    const firsts = [...MALE_NAMES.map((n) => [n, 'Mr.']), ...FEMALE_NAMES.map((n) => [n, 'Ms.'])];
    const surnames = [...new Set(SURNAMES)];
    const combinations = firsts.length * surnames.length;
    if (count > combinations) throw new Error(`only ${combinations} distinct names for ${count} people`);
    // Popularity is independent of id; the most popular people are leaders of the most newsworthy countries.
    for (let i = 0; i < count; i++) this.personByRank[i] = i + 1;
    rng.shuffle(this.personByRank);
    const rankOf = new Int32Array(count + 1);
    this.personByRank.forEach((id, rank) => {
      rankOf[id] = rank;
    });
    const topTitle = new Zipf(TOP_TITLES, 1);
    // A seeded sample of distinct (first name, surname) pairs.
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(rng.next() * combinations));
    let id = 0;
    for (const combination of chosen) {
      id++;
      const [first, honorific] = firsts[combination % firsts.length] as string[];
      const surname = surnames[Math.floor(combination / firsts.length)] as string;
      const name = `${first} ${surname}`;
      const top = (rankOf[id] as number) < TOP_PEOPLE;
      const nationality = top
        ? (this.countryByRank[Math.floor(PROMINENT.length * rng.next() ** 2)] as number)
        : (this.countryByRank[this.countryZipf.sample(rng)] as number);
      const title = top ? topTitle.sample(rng) : rng.weighted(TITLE_WEIGHTS);
      this.personName.push(name);
      this.personNationality[id] = nationality;
      this.personTitle[id] = title;
      const aliases: string[] = [];
      if (rng.chance(top ? 0.9 : 0.4)) aliases.push(`${honorific} ${surname}`);
      if (rng.chance(0.1)) aliases.push(surname);
      this.personAlias.push(aliases[0] ?? null);
      const description = top || rng.chance(0.7) ? `${TITLES[title]} of ${this.theName(nationality)}` : null;
      sql.person.run(id, name, description, nationality);
      for (const alias of aliases) sql.alias.run(id, alias);
    }
  }

  private makeOrganizations(count: number): void {
    const { sql } = this;
    const codes = COUNTRIES.map((c) => c.code);
    const candidates: Array<{
      key: number;
      countryRank: number;
      name: string;
      kind: OrgKind;
      country: number | null;
      the: boolean;
    }> = [];
    const powers = this.countryByRank.slice(0, 5);
    this.countryByRank.forEach((country, countryRank) => {
      COUNTRY_ORGS.forEach(([template, kind], templateRank) => {
        const power = powers.find((p) => p !== country) as number;
        candidates.push({
          key: (countryRank + 1) * (templateRank + 1),
          countryRank,
          name: template.replace('{c}', this.theName(country)).replace('{p}', this.theName(power)),
          kind,
          country,
          the: true,
        });
      });
    });
    candidates.sort((a, b) => a.key - b.key || a.countryRank - b.countryRank);
    const all = [
      ...GLOBAL_ORGS.map((g) => ({ ...g, country: g.code ? codes.indexOf(g.code) + 1 : null })),
      ...candidates,
    ].slice(0, count);
    all.forEach((org, i) => {
      const id = i + 1;
      this.orgName.push(org.name);
      this.orgThe.push(org.the);
      if (org.kind === 'NEWS_AGENCY') this.outlets.push(id);
      else this.speakerOrgs.push(id);
      sql.organization.run(id, org.name, org.kind, org.country);
    });
  }

  private theName(placeId: number): string {
    const name = this.placeName[placeId] as string;
    return this.placeThe[placeId] ? `the ${name}` : name;
  }

  // --- text ----------------------------------------------------------------

  private add(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    this.sentenceStart = false;
  }

  /** Text that a new sentence (or a quotation) follows: the next word takes a capital. */
  private opening(text: string): void {
    if (text) this.add(text);
    this.sentenceStart = true;
  }

  private atSentenceStart(): boolean {
    return this.sentenceStart;
  }

  /** Appends an entity's name and records the mention; returns where the name starts. */
  private mark(kind: number, id: number, text: string): number {
    const start = this.length;
    this.add(text);
    this.mention(kind, id, start, this.length);
    return start;
  }

  private mention(kind: number, id: number, start: number, end: number): void {
    if (this.mentionBuffer.length >= MAX_MENTIONS * 4) return;
    this.mentionBuffer.push(kind, id, start, end);
    if (kind === PERSON) this.personMentions[id] = (this.personMentions[id] as number) + 1;
    else if (kind === PLACE) this.placeMentions[id] = (this.placeMentions[id] as number) + 1;
  }

  private place(id: number): number {
    if (this.placeThe[id]) this.add(this.atSentenceStart() ? 'The ' : 'the ');
    return this.mark(PLACE, id, this.placeName[id] as string);
  }

  private org(id: number): number {
    if (this.orgThe[id]) this.add(this.atSentenceStart() ? 'The ' : 'the ');
    return this.mark(ORG, id, this.orgName[id] as string);
  }

  /** The person's full name the first time in an article, then often their alias. */
  private person(id: number): { start: number; label: string } {
    const alias = this.personAlias[id];
    const label =
      this.introducedIn[id] === this.articleId && alias && this.rng.chance(0.6)
        ? alias
        : (this.personName[id] as string);
    this.introducedIn[id] = this.articleId;
    this.lastPerson = id;
    return { start: this.mark(PERSON, id, label), label };
  }

  private eventMention(event: OpenEvent): void {
    const start = this.length;
    this.add(`${event.phrase} `);
    this.place(event.placeId);
    this.mention(EVENT, event.id, start, this.length);
  }

  private weekday(): string {
    const back = this.rng.int(0, 1);
    return WEEKDAYS[(((this.dayIndex - back + FIRST_WEEKDAY) % 7) + 7) % 7] as string;
  }

  private other(items: number[], not: number): number {
    if (items.length < 2) return items[0] as number;
    for (let i = 0; i < 4; i++) {
      const x = this.rng.pick(items);
      if (x !== not) return x;
    }
    return items.find((x) => x !== not) as number;
  }

  /** Writes a compiled template, naming the article's cast in its slots. */
  private expand(tokens: Token[]): void {
    const { rng } = this;
    for (const token of tokens) {
      if (typeof token === 'string') this.add(token);
      else if ('words' in token) this.expand(compileCached(rng.pick(token.words)));
      else {
        switch (token.slot) {
          case 'person':
            this.person(this.pickCastPerson());
            break;
          case 'person2':
            this.person(this.other(this.castPeople, this.lastPerson));
            break;
          case 'country':
            this.place(this.castCountries[0] as number);
            break;
          case 'country2':
            this.place(this.other(this.castCountries, this.castCountries[0] as number));
            break;
          case 'city':
            this.place(rng.pick(this.castCities));
            break;
          case 'region': {
            const regions = this.regionsOf[this.castCountries[0] as number] as number[];
            this.place(regions.length > 0 ? rng.pick(regions) : rng.pick(this.castCities));
            break;
          }
          case 'org':
            this.org(rng.pick(this.castOrgs));
            break;
          case 'event':
            if (this.eventPhrase) this.eventMention(this.eventPhrase.event);
            break;
          case 'num':
            this.add(String(rng.int(3, 400)));
            break;
          case 'weekday':
            this.add(this.weekday());
            break;
        }
      }
    }
  }

  private pickCastPerson(): number {
    const cast = this.castPeople;
    return cast[Math.floor(cast.length * this.rng.next() ** 2)] as number;
  }

  private paragraph(): void {
    this.opening(this.length > 0 ? '\n\n' : '');
  }

  private sentenceBreak(): void {
    this.opening(this.length === 0 ? '' : this.rng.chance(0.35) ? '\n\n' : ' ');
  }

  private textSince(part: number): string {
    return this.parts.slice(part).join('');
  }

  // --- facts -------------------------------------------------------------

  private fact(): Fact {
    const { rng } = this;
    if (this.curated) return { method: 'CURATED', reviewStatus: 'CONFIRMED', confidence: 1 };
    const r = rng.next();
    return {
      method: 'EXTRACTED',
      reviewStatus: r < 0.6 ? 'PROPOSED' : r < 0.9 ? 'CONFIRMED' : 'REJECTED',
      confidence: Math.round((0.5 + rng.next() * 0.5) * 100) / 100,
    };
  }

  // --- one article -------------------------------------------------------

  private day(): number {
    const { rng } = this;
    return rng.chance(0.15) ? (this.hotDays[this.hotDayZipf.sample(rng)] as number) : rng.int(0, DAY_COUNT - 1);
  }

  private createEvent(countryId: number, startDay: number): OpenEvent {
    const { rng } = this;
    const kindInfo = EVENT_KINDS[rng.weighted(EVENT_KIND_WEIGHTS)] as (typeof EVENT_KINDS)[number];
    const [phrase, cause] = rng.pick(kindInfo.phrases);
    const cities = this.citiesOf[countryId] as number[];
    const placeId =
      kindInfo.kind === 'OUSTER' || kindInfo.kind === 'TRANSFER_OF_POWER' || rng.chance(0.2)
        ? countryId
        : (cities[Math.floor(cities.length * rng.next() ** 2)] as number);
    const killed = Math.round(Math.exp(rng.next() * Math.log(200))) + 1;
    const event: OpenEvent = {
      id: ++this.eventCount,
      kind: kindInfo.kind,
      phrase,
      cause,
      placeId,
      countryId,
      startDay,
      startsOn: this.days[startDay] as string,
      tolls: {
        KILLED: killed,
        INJURED: Math.round(killed * (1 + rng.next() * 3)) + 1,
        MISSING: rng.int(2, 40),
        ARRESTED: rng.int(5, 400),
        DISPLACED: rng.int(100, 20_000),
      },
      remaining: 1 + rng.weighted([25, 20, 18, 12, 10, 7, 5, 3]),
      articles: 0,
    };
    const ends = rng.chance(0.3) ? null : this.days[Math.min(DAY_COUNT - 1, startDay + rng.int(0, 3))];
    const title = capitalize(`${phrase} ${this.theName(placeId)}`);
    this.sql.event.run(event.id, event.kind, title, placeId, event.startsOn, ends);
    return event;
  }

  private write(articleId: number): void {
    const { rng } = this;
    this.articleId = articleId;
    this.parts = [];
    this.length = 0;
    this.sentenceStart = true;
    this.mentionBuffer = [];
    this.curated = rng.chance(0.02);
    this.mentionTarget = rng.int(MIN_MENTIONS, MAX_MENTIONS);

    // The event the article reports, if any, sets its day and focus country.
    let event: OpenEvent | null = null;
    if (rng.chance(0.45)) {
      if (this.openEvents.length > 0 && rng.chance(0.8)) {
        event = rng.pick(this.openEvents);
      } else {
        const country = this.countryByRank[this.countryZipf.sample(rng)] as number;
        event = this.createEvent(country, this.day());
        this.openEvents.push(event);
      }
      event.remaining--;
      event.articles++;
      if (event.remaining === 0) this.openEvents.splice(this.openEvents.indexOf(event), 1);
      if (event.articles > this.bestEvent.articles) this.bestEvent = { id: event.id, articles: event.articles };
      this.dayIndex = Math.min(DAY_COUNT - 1, event.startDay + rng.int(0, 2));
    } else {
      this.dayIndex = this.day();
    }
    this.eventPhrase = event ? { event } : null;
    const day = this.days[this.dayIndex] as string;

    // The cast: who and what the article names.
    const focus = event ? event.countryId : (this.countryByRank[this.countryZipf.sample(rng)] as number);
    this.castCountries = [focus];
    const countries = rng.int(2, 4);
    for (let i = 0; i < 20 && this.castCountries.length < countries; i++) {
      const c = this.countryByRank[this.countryZipf.sample(rng)] as number;
      if (!this.castCountries.includes(c)) this.castCountries.push(c);
    }
    const focusCities = this.citiesOf[focus] as number[];
    this.castCities = event && event.placeId !== focus ? [event.placeId] : [];
    const cities = rng.int(1, 3);
    for (let i = 0; i < 10 && this.castCities.length < cities; i++) {
      const c = focusCities[Math.floor(focusCities.length * rng.next() ** 2)] as number;
      if (!this.castCities.includes(c)) this.castCities.push(c);
    }
    this.castPeople = [];
    const people = rng.int(3, 8);
    for (let i = 0; i < 30 && this.castPeople.length < people; i++) {
      const p = this.personByRank[this.personZipf.sample(rng)] as number;
      if (!this.castPeople.includes(p)) this.castPeople.push(p);
    }
    const minor = rng.int(1, this.personNationality.length - 1);
    if (!this.castPeople.includes(minor)) this.castPeople.push(minor);
    this.castOrgs = [];
    const orgs = rng.int(2, 4);
    for (let i = 0; i < 20 && this.castOrgs.length < orgs; i++) {
      const o = this.orgZipf.sample(rng) + 1;
      if (!this.castOrgs.includes(o)) this.castOrgs.push(o);
    }

    // Buffers of facts, written after the article row.
    const roleRows: unknown[][] = [];
    const statementRows: unknown[][] = [];
    const casualtyRows: unknown[][] = [];
    const deploymentRows: unknown[][] = [];

    // Lead: the people's roles, and the event.
    const roleCount = 1 + rng.weighted([50, 30, 20]);
    for (let r = 0; r < roleCount && r < this.castPeople.length; r++) {
      this.sentenceBreak();
      const personId = this.castPeople[r] as number;
      const country = this.personNationality[personId] as number;
      const title = TITLES[this.personTitle[personId] as number] as string;
      const q = rng.next();
      const qualifier = q < 0.1 ? 'former' : q < 0.13 ? 'acting' : q < 0.15 ? 'ousted' : null;
      const start = this.length;
      this.add(`${qualifier ? capitalize(qualifier) : ''}${qualifier ? ' ' : ''}${title} `);
      this.person(personId);
      this.add(' of ');
      this.place(country);
      const f = this.fact();
      roleRows.push([
        personId,
        title,
        null,
        country,
        qualifier,
        articleId,
        start,
        this.length,
        f.method,
        f.reviewStatus,
        f.confidence,
      ]);
      this.add(' ');
      this.expand(rng.pick(LEAD_ACTION_TOKENS));
      this.add('.');
      if (r === 0 && event) {
        this.add(rng.chance(0.5) ? ' This came after the ' : ' It followed the ');
        this.eventMention(event);
        this.add('.');
      }
    }

    // The body: statements, casualty reports and deployments in a shuffled order, with fillers between.
    const items: number[] = [];
    const statementCount = 3 + Math.floor(13 * rng.next() ** 1.6);
    for (let i = 0; i < Math.min(15, statementCount); i++) items.push(0);
    const casualtyCount = event ? 1 + rng.weighted([50, 35, 15]) : rng.chance(0.2) ? 1 : 0;
    for (let i = 0; i < casualtyCount; i++) items.push(1);
    const deploymentCount = rng.weighted([65, 25, 10]);
    for (let i = 0; i < deploymentCount; i++) items.push(2);
    rng.shuffle(items);
    // The event's main toll first: its first report is KILLED (or, for protests, sometimes INJURED/ARRESTED).
    let casualtyIndex = 0;
    for (const item of items) {
      this.paragraph();
      if (item === 0) statementRows.push(this.statement(articleId, day));
      else if (item === 1) casualtyRows.push(this.casualty(articleId, day, event, casualtyIndex++));
      else deploymentRows.push(this.deployment(articleId, day));
      if (this.mentionBuffer.length < this.mentionTarget * 4 && rng.chance(0.4)) this.filler();
    }
    for (let guard = 0; this.mentionBuffer.length < this.mentionTarget * 4 && guard < 200; guard++) this.filler();
    if (this.mentionBuffer.length < MIN_MENTIONS * 4) throw new Error(`article ${articleId} has too few mentions`);

    // The article row, then its facts.
    const body = this.parts.join('');
    const title = this.title(event, casualtyRows, deploymentRows);
    const publishedAt = rng.chance(0.9)
      ? `${day}T${pad2(rng.int(0, 22))}:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))}.000Z`
      : null;
    const createdAt = `${day}T23:${pad2(rng.int(0, 59))}:${pad2(rng.int(0, 59))}.000Z`;
    const url = `https://news.example/${day.slice(0, 4)}/${day.slice(5, 7)}/${day.slice(8, 10)}/${slugify(title)}-${articleId}`;
    const sql = this.sql;
    sql.article.run(
      articleId,
      url,
      title,
      body,
      day,
      publishedAt,
      rng.pick(PUBLISHERS),
      rng.chance(0.7) ? `By ${this.personName[rng.int(1, this.personName.length - 1)]}` : null,
      rng.chance(0.6) ? this.castCities[0] : null,
      'en',
      createHash('sha256').update(body).digest('hex'),
      createdAt,
    );
    const m = this.mentionBuffer;
    for (let i = 0; i < m.length; i += 4) {
      const kind = m[i] as number;
      const id = m[i + 1] as number;
      const f = this.fact();
      sql.mention.run(
        kind === PERSON ? id : null,
        kind === ORG ? id : null,
        kind === PLACE ? id : null,
        kind === EVENT ? id : null,
        articleId,
        m[i + 2],
        m[i + 3],
        f.method,
        f.reviewStatus,
        f.confidence,
        createdAt,
      );
    }
    for (const row of roleRows) sql.role.run(...row, createdAt);
    for (const row of statementRows) sql.statement.run(...row, createdAt);
    for (const row of casualtyRows) sql.casualty.run(...row, createdAt);
    for (const row of deploymentRows) sql.deployment.run(...row, createdAt);

    if (articleId === 1) this.firstArticle = { id: articleId, url };
    if (
      this.sampleArticle.id === 0 &&
      casualtyRows.length > 0 &&
      deploymentRows.length > 0 &&
      statementRows.length >= 5
    ) {
      this.sampleArticle = { id: articleId, url };
    }
  }

  private filler(): void {
    this.sentenceBreak();
    const tokens =
      this.eventPhrase && this.rng.chance(0.15) ? this.rng.pick(EVENT_FILLER_TOKENS) : this.rng.pick(FILLER_TOKENS);
    this.expand(tokens);
  }

  private title(event: OpenEvent | null, casualties: unknown[][], deployments: unknown[][]): string {
    const { rng } = this;
    const first = casualties[0];
    if (event && first) {
      const stated = first[5] as string;
      const verb = {
        KILLED: 'killed',
        INJURED: 'injured',
        MISSING: 'missing',
        ARRESTED: 'arrested',
        DISPLACED: 'displaced',
      }[first[0] as Category];
      return capitalize(`${stated} ${verb} in ${event.phrase} ${this.theName(event.placeId)}`);
    }
    const deployment = deployments[0];
    if (deployment && rng.chance(0.7)) {
      const deploying = capitalize(this.theName(deployment[0] as number));
      const host = this.theName(deployment[1] as number);
      return deployment[7] === 'WITHDRAWN'
        ? `${deploying} withdraws troops from ${host}`
        : `${deploying} sends forces to ${host}`;
    }
    const focus = this.castCountries[0] as number;
    const second = this.castCountries[1] ?? focus;
    const person = this.personName[this.castPeople[0] as number] as string;
    const city = this.placeName[this.castCities[0] as number] as string;
    return rng.pick([
      `${capitalize(this.theName(focus))} and ${this.theName(second)} hold talks`,
      `Tension rises in ${city}`,
      `${person} visits ${city}`,
      `${person} warns of ${rng.pick(WORDS.threat ?? [])} in ${this.theName(focus)}`,
      `Officials meet in ${city} as crisis deepens`,
    ]);
  }

  /** A quote or reported speech, by a person (most), an organization (some) or nobody named (a few). */
  private statement(articleId: number, day: string): unknown[] {
    const { rng } = this;
    const r = rng.next();
    const speakerKind = r < 0.75 ? PERSON : r < 0.9 ? ORG : -1;
    const direct = rng.chance(0.5);
    let speakerPerson: number | null = null;
    let speakerOrg: number | null = null;
    let speakerStart = 0;
    let speakerLabel = '';
    let verb = 'said';
    let addresseePerson: number | null = null;
    let addresseeLabel: string | null = null;
    let outlet: number | null = null;
    let outletLabel: string | null = null;
    let start = 0;
    let end = 0;
    let text = '';

    const speaker = (): void => {
      if (speakerKind === PERSON) {
        speakerPerson = this.pickCastPerson();
        const p = this.person(speakerPerson);
        speakerStart = p.start;
        speakerLabel = p.label;
      } else if (speakerKind === ORG) {
        speakerOrg = this.speakerOrgs[this.speakerOrgZipf.sample(rng)] as number;
        speakerStart = this.org(speakerOrg);
        speakerLabel = this.orgName[speakerOrg] as string;
      } else {
        speakerLabel = rng.pick(NO_SPEAKER_LABELS);
        if (this.atSentenceStart()) speakerLabel = capitalize(speakerLabel);
        speakerStart = this.length;
        this.add(speakerLabel);
      }
    };
    const spoken = (tokens: Token[][]): void => {
      const part = this.parts.length;
      start = this.length;
      this.expand(rng.pick(tokens));
      end = this.length;
      text = this.textSince(part);
    };
    const toOutlet = (): void => {
      verb = 'told';
      outlet = this.outlets[this.outletZipf.sample(rng)] as number;
      this.org(outlet);
      outletLabel = this.orgName[outlet] as string;
    };

    const form = rng.int(0, 3);
    if (direct) {
      this.opening('"');
      spoken(QUOTE_TOKENS);
      this.add(',"');
      if (form === 0) {
        this.add(' said ');
        speaker();
        this.add('.');
      } else if (form === 1) {
        this.add(' ');
        speaker();
        this.add(speakerKind === ORG ? ' said in a statement.' : ' said.');
      } else if (form === 2) {
        this.add(' ');
        speaker();
        this.add(' told ');
        toOutlet();
        this.add('.');
      } else {
        this.add(' ');
        speaker();
        verb = 'told';
        addresseeLabel = 'reporters';
        this.add(' told reporters in ');
        this.place(rng.pick(this.castCities));
        this.add('.');
      }
    } else {
      speaker();
      if (form === 0) {
        this.add(' said ');
      } else if (form === 1) {
        this.add(' told ');
        toOutlet();
        this.add(' that ');
      } else if (form === 2) {
        verb = 'told';
        addresseeLabel = 'reporters';
        this.add(' told reporters that ');
      } else if (speakerKind === PERSON && this.castPeople.length > 1) {
        verb = 'told';
        addresseePerson = this.other(this.castPeople, speakerPerson ?? 0);
        this.add(' told ');
        addresseeLabel = this.person(addresseePerson).label;
        this.add(' that ');
      } else {
        this.add(` said on ${this.weekday()} that `);
      }
      spoken(CLAUSE_TOKENS);
      this.add('.');
    }
    const f = this.fact();
    return [
      direct ? 'DIRECT_QUOTE' : 'REPORTED_SPEECH',
      text,
      speakerPerson,
      speakerOrg,
      speakerLabel,
      speakerStart,
      speakerStart + speakerLabel.length,
      verb,
      addresseePerson,
      null,
      addresseeLabel,
      outlet,
      outletLabel,
      day,
      articleId,
      start,
      end,
      f.method,
      f.reviewStatus,
      f.confidence,
    ];
  }

  /** A toll: for an event, scattered ±30% around the event's figure; otherwise a one-off incident. */
  private casualty(articleId: number, day: string, event: OpenEvent | null, index: number): unknown[] {
    const { rng } = this;
    let category: Category;
    if (event && index === 0) {
      category =
        event.kind === 'PROTEST'
          ? ((['KILLED', 'INJURED', 'ARRESTED'] as const)[rng.weighted([50, 30, 20])] ?? 'KILLED')
          : 'KILLED';
    } else if (index === 1) {
      category = 'INJURED';
    } else {
      category =
        (['KILLED', 'INJURED', 'MISSING', 'ARRESTED', 'DISPLACED'] as const)[rng.weighted([40, 25, 10, 10, 15])] ??
        'KILLED';
    }
    const central = event ? event.tolls[category] : rng.int(2, 60);
    const n = Math.max(2, Math.round(central * (0.7 + rng.next() * 0.6)));

    // How the figure is printed.
    let count: number | null = n;
    let low: number | null = null;
    let high: number | null = null;
    let qualifier: string;
    let stated: string;
    let q = rng.weighted([25, 35, 12, 18, 5, 3, 2]);
    if (n < 10 && (q === 3 || q === 6)) q = 1; // "about 4", "between 3 and 5": say "at least 4" instead
    if (q === 0) {
      qualifier = 'EXACT';
      stated = n <= 10 && rng.chance(0.6) ? (NUMBER_WORDS[n] as string) : formatCount(n);
    } else if (q === 1) {
      qualifier = 'AT_LEAST';
      low = n;
      stated = `at least ${formatCount(n)}`;
    } else if (q === 2) {
      qualifier = 'MORE_THAN';
      count = null;
      low = n + 1;
      stated = `more than ${formatCount(n)}`;
    } else if (q === 3) {
      qualifier = 'APPROXIMATELY';
      count = round(n);
      stated = `${rng.pick(['about', 'around', 'some', 'nearly'])} ${formatCount(count)}`;
    } else if (q === 4 || q === 5) {
      qualifier = q === 4 ? 'UP_TO' : 'AT_MOST';
      count = null;
      high = n;
      stated = `${q === 4 ? 'up to' : 'at most'} ${formatCount(n)}`;
    } else {
      qualifier = 'APPROXIMATELY';
      count = null;
      low = n;
      high = n + rng.int(2, Math.max(3, Math.round(n * 0.3)));
      stated = `between ${formatCount(low)} and ${formatCount(high)}`;
    }
    const victims = rng.pick(VICTIMS[category]);
    const cause = event ? event.cause : rng.pick(['an explosion', 'a fire', 'shelling', 'an attack', 'a landslide']);
    const placeId = event
      ? rng.chance(0.8)
        ? event.placeId
        : event.countryId
      : rng.chance(0.6)
        ? rng.pick(this.castCities)
        : (this.castCountries[0] as number);

    const wrapper = rng.int(0, 4);
    if (wrapper === 0) this.add('Officials said ');
    else if (wrapper === 1) this.add('Local media reported that ');
    else if (wrapper === 2) {
      this.org(rng.pick(this.castOrgs));
      this.add(' said ');
    } else if (wrapper === 3) this.add('According to hospital sources, ');
    else this.add(`By ${this.weekday()} evening, `);
    const start = this.length;
    const form = rng.int(0, 1);
    switch (category) {
      case 'KILLED':
        if (form === 0) {
          this.add(`${cause} in `);
          this.place(placeId);
          this.add(` left ${stated} ${victims} dead`);
        } else {
          this.add(`${stated} ${victims} were killed in `);
          this.place(placeId);
        }
        break;
      case 'INJURED':
        if (form === 0) {
          this.add(`${stated} ${victims} were injured in `);
          this.place(placeId);
        } else {
          this.add(`${cause} in `);
          this.place(placeId);
          this.add(` left ${stated} ${victims} wounded`);
        }
        break;
      case 'MISSING':
        this.add(`${stated} ${victims} were missing after ${cause} in `);
        this.place(placeId);
        break;
      case 'ARRESTED':
        this.add(`police detained ${stated} ${victims} in `);
        this.place(placeId);
        break;
      case 'DISPLACED':
        this.add(`${cause} in `);
        this.place(placeId);
        this.add(` forced ${stated} ${victims} from their homes`);
        break;
    }
    const end = this.length;
    this.add('.');
    const f = this.fact();
    return [
      category,
      count,
      low,
      high,
      qualifier,
      stated,
      victims,
      cause,
      placeId,
      event ? event.id : null,
      event ? event.startsOn : day,
      articleId,
      start,
      end,
      f.method,
      f.reviewStatus,
      f.confidence,
    ];
  }

  /** One country's forces in another's territory. */
  private deployment(articleId: number, day: string): unknown[] {
    const { rng } = this;
    let host = this.castCountries[0] as number;
    let deploying = this.countryByRank[this.countryZipf.sample(rng)] as number;
    for (let i = 0; deploying === host && i < 10; i++)
      deploying = this.countryByRank[this.countryZipf.sample(rng)] as number;
    if (deploying === host) deploying = this.countryByRank[host === this.countryByRank[0] ? 1 : 0] as number;

    const statuses = ['ARRIVED', 'STATIONED', 'ANNOUNCED', 'ORDERED', 'LEASED', 'WITHDRAWN', 'PROPOSED'];
    let status = statuses[rng.weighted([30, 15, 15, 12, 5, 13, 10])] as string;
    let location: number | null = null;
    if (status === 'STATIONED' || status === 'LEASED') {
      // Bases are in some countries only; a deployment to a base moves the story there.
      if ((this.basesOf[host] as number[]).length === 0) {
        const candidate = rng.pick(this.countriesWithBases);
        if (candidate !== deploying) host = candidate;
      }
      const bases = this.basesOf[host] as number[];
      if (bases.length > 0) location = rng.pick(bases);
      else status = 'ARRIVED';
    }
    let orderedBy: number | null = null;
    if (status === 'ORDERED') {
      const candidates = this.castPeople.filter((p) => this.personNationality[p] !== host);
      if (candidates.length > 0) {
        orderedBy = rng.pick(candidates);
        deploying = this.personNationality[orderedBy] as number;
      } else status = 'ARRIVED';
    }
    const force = rng.pick(FORCES);
    let personnel: number | null = round(Math.round(Math.exp(Math.log(50) + rng.next() * Math.log(100))));
    let [qualifierText, qualifier] = rng.pick(QUALIFIER_WORDS) as [string, string | null];
    let unitSize: string | null = null;
    let purpose: string | null = null;
    const figure = (): string => `${qualifierText}${formatCount(personnel ?? 0)}`;

    const wrapper = rng.int(0, 3);
    if (wrapper === 1) this.add(`On ${this.weekday()}, `);
    else if (wrapper === 2) this.add('Officials confirmed that ');
    const start = this.length;
    switch (status) {
      case 'ARRIVED':
      case 'ORDERED':
        if (orderedBy) this.person(orderedBy);
        else this.place(deploying);
        this.add(` ${status === 'ORDERED' ? 'ordered' : 'sent'} ${figure()} ${force} to `);
        this.place(host);
        break;
      case 'STATIONED':
        this.place(deploying);
        this.add(` has ${figure()} ${force} stationed at `);
        this.place(location as number);
        this.add(' in ');
        this.place(host);
        break;
      case 'ANNOUNCED':
        personnel = null;
        qualifier = null;
        unitSize = rng.pick(UNITS);
        this.place(deploying);
        this.add(` announced it would deploy ${unitSize} of ${force} to `);
        this.place(host);
        break;
      case 'LEASED':
        personnel = null;
        qualifier = null;
        this.place(deploying);
        this.add(' leases ');
        this.place(location as number);
        this.add(' from ');
        this.place(host);
        break;
      case 'WITHDRAWN':
        qualifierText = '';
        qualifier = 'EXACT';
        this.place(deploying);
        this.add(` withdrew its remaining ${figure()} ${force} from `);
        this.place(host);
        break;
      default:
        qualifierText = 'up to ';
        qualifier = 'UP_TO';
        this.place(deploying);
        this.add(` proposed sending ${figure()} peacekeepers to `);
        this.place(host);
    }
    if ((status === 'ARRIVED' || status === 'ORDERED' || status === 'ANNOUNCED') && rng.chance(0.4)) {
      purpose = rng.pick(PURPOSES);
      this.add(` ${purpose}`);
    }
    const end = this.length;
    this.add(wrapper === 0 ? ', officials said.' : '.');

    // Some deployments are events of their own, named by the whole clause.
    let eventId: number | null = null;
    if (rng.chance(0.1)) {
      eventId = ++this.eventCount;
      const title = `${capitalize(this.theName(deploying))} deployment to ${this.theName(host)}`;
      this.sql.event.run(eventId, 'DEPLOYMENT', title, host, day, null);
      this.mention(EVENT, eventId, start, end);
    }
    const f = this.fact();
    return [
      deploying,
      host,
      location,
      status === 'LEASED' ? null : status === 'PROPOSED' ? 'peacekeepers' : force,
      unitSize,
      personnel,
      qualifier,
      status,
      purpose,
      orderedBy,
      eventId,
      day,
      articleId,
      start,
      end,
      f.method,
      f.reviewStatus,
      f.confidence,
    ];
  }

  // --- the whole corpus ------------------------------------------------

  run(onProgress?: (done: number, total: number) => void): void {
    const total = CORPUS_SIZES[this.size];
    const client = this.sql.client;
    for (let done = 0; done < total; ) {
      const batch = Math.min(ARTICLES_PER_TRANSACTION, total - done);
      client.transaction(() => {
        for (let i = 1; i <= batch; i++) this.write(done + i);
      })();
      done += batch;
      onProgress?.(done, total);
    }
  }

  samples(): { articleId: number; articleUrl: string; personId: number; countryId: number; eventId: number } {
    let personId = 1;
    for (let id = 1; id < this.personMentions.length; id++) {
      if ((this.personMentions[id] as number) > (this.personMentions[personId] as number)) personId = id;
    }
    let countryId = 1;
    for (let id = 1; id <= COUNTRIES.length; id++) {
      if ((this.placeMentions[id] as number) > (this.placeMentions[countryId] as number)) countryId = id;
    }
    const article = this.sampleArticle.id > 0 ? this.sampleArticle : this.firstArticle;
    return {
      articleId: article.id,
      articleUrl: article.url,
      personId,
      countryId,
      eventId: this.bestEvent.id,
    };
  }
}

const compiled = new Map<string, Token[]>();
function compileCached(template: string): Token[] {
  let tokens = compiled.get(template);
  if (!tokens) {
    tokens = compile(template);
    compiled.set(template, tokens);
  }
  return tokens;
}

function prepareStatements(db: Db) {
  const client = db.$client;
  const facts = 'article_id, evidence_start, evidence_end, method, review_status, confidence, created_at';
  const factParams = '?, ?, ?, ?, ?, ?, ?';
  return {
    client,
    place: client.prepare(
      'INSERT INTO places (id, name, kind, country_code, parent_id, population) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    person: client.prepare('INSERT INTO people (id, name, description, nationality_id) VALUES (?, ?, ?, ?)'),
    alias: client.prepare('INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)'),
    organization: client.prepare('INSERT INTO organizations (id, name, kind, country_id) VALUES (?, ?, ?, ?)'),
    event: client.prepare(
      'INSERT INTO events (id, kind, title, place_id, starts_on, ends_on) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    article: client.prepare(
      `INSERT INTO articles (id, url, title, body, published_on, published_at, publisher, byline, dateline_place_id,
        language, content_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    mention: client.prepare(
      `INSERT INTO mentions (person_id, organization_id, place_id, event_id, ${facts}) VALUES (?, ?, ?, ?, ${factParams})`,
    ),
    role: client.prepare(
      `INSERT INTO roles (person_id, title, organization_id, country_id, qualifier, ${facts})
        VALUES (?, ?, ?, ?, ?, ${factParams})`,
    ),
    statement: client.prepare(
      `INSERT INTO statements (kind, text, speaker_person_id, speaker_organization_id, speaker_label, speaker_start,
        speaker_end, verb, addressee_person_id, addressee_organization_id, addressee_label, outlet_id, outlet_label,
        stated_on, ${facts}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${factParams})`,
    ),
    casualty: client.prepare(
      `INSERT INTO casualty_reports (category, count, count_low, count_high, qualifier, stated_count, victims, cause,
        place_id, event_id, occurred_on, ${facts}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${factParams})`,
    ),
    deployment: client.prepare(
      `INSERT INTO military_deployments (deploying_country_id, host_country_id, location_id, force_type, unit_size,
        personnel, personnel_qualifier, status, purpose, ordered_by_id, event_id, occurred_on, ${facts})
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${factParams})`,
    ),
  };
}

/**
 * Fills an empty, migrated database with the synthetic corpus of the given
 * size. Deterministic for a seed (default 1); `synchronous` is OFF while it
 * writes and restored afterwards.
 */
export function buildCorpus(db: Db, options: BuildCorpusOptions): CorpusSummary {
  const { size, seed = 1, onProgress } = options;
  if (!(size in CORPUS_SIZES)) throw new Error(`unknown corpus size "${size}"`);
  const client = db.$client;
  const count = (table: string): number =>
    (client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  for (const table of ['articles', 'people', 'organizations', 'places', 'events']) {
    if (count(table) > 0) throw new Error(`buildCorpus needs an empty database, but ${table} has rows`);
  }

  const started = performance.now();
  const synchronous = client.pragma('synchronous', { simple: true }) as number;
  client.pragma('synchronous = OFF');
  let samples: CorpusSummary['samples'];
  try {
    let generator: CorpusGenerator | undefined;
    client.transaction(() => {
      generator = new CorpusGenerator(db, size, seed);
    })();
    if (!generator) throw new Error('the corpus generator did not start');
    onProgress?.(0, CORPUS_SIZES[size]);
    generator.run(onProgress);
    samples = generator.samples();
    client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    client.pragma(`synchronous = ${synchronous}`);
  }
  const buildSeconds = Math.round((performance.now() - started) / 10) / 100;

  return {
    size,
    seed,
    articles: count('articles'),
    people: count('people'),
    organizations: count('organizations'),
    places: count('places'),
    mentions: count('mentions'),
    statements: count('statements'),
    casualtyReports: count('casualty_reports'),
    militaryDeployments: count('military_deployments'),
    events: count('events'),
    roles: count('roles'),
    buildSeconds,
    samples,
  };
}
