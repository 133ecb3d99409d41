/**
 * Stage 5, coreference: spans that refer to an entity without its full name.
 * - "Mr. Bakiyev" and a bare "Bakiyev" are the person whose name ends in that
 *   surname, when exactly one person in the article does (ALIAS);
 * - a "he"/"she" that attributes a quote ("...," he said) is the person named
 *   last before it (PRONOUN); a sentence that opens with "He said"/"She told" is the one
 *   person the sentence before it, in the same paragraph, names ("He also said" too), or, opening a
 *   paragraph, the one person the paragraph before names when someone speaks in it (PRONOUN);
 * - "The spokesman said" is the one person the article introduces as a spokesman (DESCRIPTION);
 * - "the ministry" is the one organization whose name has that head word ("Interior Ministry"), "the U.N.
 *   mission" the one named "U.N. … Mission" (ALIAS);
 * - "The President" is the last person before it with that title, and
 *   "Russia's top general" is the one person with the title "General" named
 *   within a few sentences of it (DESCRIPTION); the country of the description
 *   then becomes the country of that person's role when the role had none;
 * - a bare "Kant" after "Kant air base" is that base, and "opposition leaders" the one group
 *   the article names with a demonym ("Kyrgyz opposition leaders") (ALIAS);
 * - "the Central Asian nation", "the ex-Soviet republic", "the nation of 5.3 million" are the
 *   country the story happens in: the one whose cities, regions and bases the article names most,
 *   when one country leads (DESCRIPTION).
 * A span is resolved only when the text leaves one candidate: no guess.
 */
import type { EntityResult } from './entities.js';
import { PARTICIPLES } from './statements.js';
import type { EntityMention, Sentence } from './types.js';

const SPEECH_VERB = 'said|says|added|told|continued|explained|insisted|warned|replied|asked';
/**
 * '"…," he said' (the closing mark also typed as two single ones, ’’ or '', or a single one on a page that quotes in
 * single marks) and a clause's trailing "…, he said." (or
 * "…, he said, highlighting that …"): the pronoun is the last person named.
 */
const ATTRIBUTING_PRONOUN = new RegExp(
  `(?:[,!?](?:["”]|’’?|''?)\\s+(he|she)\\s+(?:${SPEECH_VERB})\\b|,\\s+(he|she)\\s+(?:${SPEECH_VERB})(?:\\s*[.!?]["”]?(?:\\s|$)|,\\s+(?:${PARTICIPLES})\\b))`,
  'g',
);
/** A person's name followed (past a role set off by commas) by a speech verb. */
const SPOKE_AFTER = new RegExp(`^(?:,[^."“”]{1,140}?,)?\\s+(?:also\\s+)?(?:${SPEECH_VERB}|announced)\\b`);
const SPEECH_ACT = new RegExp(`\\b(?:${SPEECH_VERB}|called (?:for|on)|urged|condemned)\\b|["“”]`);
// a connective may open the sentence before the pronoun ("However, he added …", "In the meantime, he said …")
const OPENING_PRONOUN = new RegExp(
  `^((?:However|Meanwhile|In the meantime|Separately|Later|Earlier),\\s+)?([Hh]e|[Ss]he) (?:(?:also|later|then|again|further) )?(?:${SPEECH_VERB}|called|expressed|condemned|described)\\b`,
);
/**
 * A lower-case "he" or "she" inside a sentence that hands over to a quote ("… when she said: '…'"; a sentence opening on
 * one is OPENING_PRONOUN's).
 */
const SPEAKING_PRONOUN = new RegExp(`\\b(he|she) (?:also )?(?:${SPEECH_VERB})\\b\\s*[:,]?\\s*["“'‘]`, 'g');
/** What may not stand right before a given name: a letter (inside a word) or a capitalized word (inside a name). */
const GIVEN_NAME_AFTER = /(?:[\p{L}\p{N}_]|\p{Lu}[\p{L}'’-]* )$/u;
/** Titles a descriptive noun stands for ("Japan's top diplomat" is its foreign minister). */
const TITLES_OF_HEAD: Record<string, string[]> = {
  general: ['general', 'chief of staff', 'chief of the general staff'],
  commander: ['commander', 'general', 'admiral'],
  diplomat: ['foreign minister', 'secretary of state', 'ambassador', 'envoy'],
  leader: ['president', 'prime minister', 'leader', 'chancellor', 'king', 'queen', 'premier'],
};

/**
 * A speaker described, not named ("The commander of the regional force said", "a military spokesman
 * told"): a "he" after it is most likely that speaker, so it must not go to a person named earlier.
 */
export const DESCRIBED_SPEAKER =
  /\b(?:the|a|an) (?:[a-z-]+ ){0,3}(?:commander|commanding officer|officer|spokesman|spokeswoman|spokesperson|official|leader|chief|head|minister|general|envoy|diplomat|source|witness|resident|monk|soldier|doctor)(?: (?:of|for|in) [^.,;"“”]{1,60})? (?:said|says|told|added)\b/gi;

/**
 * A sentence opening on an unnamed person ("The caller seemed to be in shock.", "A witness ran …"): the "he" of a
 * quote after it is that person, not one named earlier.
 */
const DESCRIBED_SUBJECT =
  /(?:^|[.!?]["”]?\s+)(?:The|A|An|One) (?:[a-z-]+ ){0,2}(?:caller|man|woman|witness|resident|survivor|villager|boy|girl|youth|monk|driver|farmer|student|teacher|shopkeeper|passer-by|eyewitness)\b(?! (?:named|identified)\b)/g;

const SPOKESPERSON_AFTER = /^,\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?spokes(?:man|woman|person)\b/;
/** "a spokesman, Michael Lueth", "The UN's spokesman in Kinshasa, Mamdou Bah": a spokesperson named after the word. */
const SPOKESPERSON_BEFORE = /\bspokes(?:man|woman|person)(?:\s+(?:in|for|of)\s+(?:the\s+)?[\p{L}.' ]{1,40}?)?,?\s+$/u;
const THE_SPOKESPERSON = /\b[Tt]he spokes(?:man|woman|person)(?= (?:said|says|told|added)\b)/g;

/** How news writing names the country a story happens in without naming it. */
const COUNTRY_DESCRIPTION =
  /\bthe (?:(?:[A-Z][a-z]+ )?[A-Z][a-z]+ |ex-Soviet |former Soviet )?(?:nation|country|republic)(?: of [\d.,]+ (?:million|billion))?\b/g;

/** How many sentences around a description its person may be named in. */
const DESCRIPTION_WINDOW = { before: 3, after: 2 };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function resolveCoreference(body: string, sentences: Sentence[], entities: EntityResult): EntityResult {
  const mentions = [...entities.mentions];
  const covered = (start: number, end: number) => mentions.some((m) => m.start <= start && m.end >= end);
  const add = (m: EntityMention) => {
    if (!covered(m.start, m.end)) mentions.push(m);
  };
  const sentenceOf = (offset: number) => sentences.findIndex((s) => s.start <= offset && offset < s.end);

  // Surnames: a person is the only one in the article whose name ends in it.
  const bySurname = new Map<string, string | null>();
  for (const p of entities.people) {
    // a one-word name is a surname printed after a title ("President Obama"): a bare "Obama" later is that person
    const words = p.name.split(' ');
    // "Ban Ki-moon", "Moon Jae-in": a Korean name puts the family name first and hyphenates the given name
    const familyFirst = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u.test(p.name) ? [words[0] as string] : [];
    for (const surname of [words[words.length - 1] as string, ...familyFirst])
      bySurname.set(surname, bySurname.has(surname) ? null : p.key);
  }
  const people = new Map(entities.people.map((p) => [p.key, { ...p, aliases: [...p.aliases] }]));
  const alias = (key: string, name: string) => {
    const p = people.get(key);
    if (p && !p.aliases.includes(name) && p.name !== name) p.aliases.push(name);
  };
  for (const h of entities.honorifics) {
    const key = bySurname.get(h.surname);
    if (!key) continue;
    add({ start: h.start, end: h.end, text: h.text, ref: { person: key }, via: 'ALIAS' });
    alias(key, h.text);
  }
  for (const [surname, key] of bySurname) {
    if (!key) continue;
    alias(key, surname);
    // "al-Maliki" opens a sentence as "Al-Maliki": a surname on a lower-case particle, capitalized, is the same name
    const capitalized = surname.charAt(0).toUpperCase() + surname.slice(1);
    const printed = capitalized === surname ? [surname] : [surname, capitalized];
    // a letter outside ASCII opens or ends a word too ("the emir thanked Çelik"), which a plain word boundary does not see
    const printedRe = new RegExp(
      `(?<![\\p{L}\\p{N}_])(?:${printed.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`,
      'gu',
    );
    for (const m of body.matchAll(printedRe)) {
      add({ start: m.index, end: m.index + surname.length, text: m[0], ref: { person: key }, via: 'ALIAS' });
    }
  }

  // Given names: "Ikmal Hisham said" for Ikmal Hisham Abdul Aziz (the first two words of a name of three or more), and
  // "Mawa said" for Col. Mawa Muhindo (a first name alone, only as the subject of a speech verb, as an African or Malay
  // paper calls a person by the given name), when exactly one person's name opens so and no one's surname is the word.
  const byGiven = new Map<string, string | null>();
  for (const p of entities.people) {
    const words = p.name.split(' ');
    const given = [words.length >= 3 ? words.slice(0, 2).join(' ') : null, words.length >= 2 ? words[0] : null];
    for (const g of given) if (g) byGiven.set(g, byGiven.has(g) ? null : p.key);
  }
  for (const [given, key] of byGiven) {
    if (!key || bySurname.has(given) || entities.people.some((p) => p.name === given)) continue;
    const alone = !given.includes(' ');
    const printedRe = new RegExp(
      `${escapeRegExp(given)}(?![\\p{L}\\p{N}_]| \\p{Lu})${alone ? `(?= (?:also )?(?:${SPEECH_VERB})\\b)` : ''}`,
      'gu',
    );
    for (const m of body.matchAll(printedRe)) {
      // a word of its own, and no name's last word ("Col. Mawa" is, "Gen. Joseph Mawa" is not)
      if (GIVEN_NAME_AFTER.test(body.slice(Math.max(0, m.index - 40), m.index))) continue;
      add({ start: m.index, end: m.index + given.length, text: m[0], ref: { person: key }, via: 'ALIAS' });
    }
  }

  // A base's first word alone ("arrived at Kant").
  for (const place of entities.places) {
    if (place.kind !== 'MILITARY_BASE') continue;
    const short = place.name.split(' ')[0] as string;
    for (const m of body.matchAll(
      new RegExp(`\\b${escapeRegExp(short)}\\b(?! (?:air|naval|military|army) ?base)`, 'g'),
    )) {
      add({ start: m.index, end: m.index + short.length, text: short, ref: { place: place.key }, via: 'ALIAS' });
    }
  }

  // "the opposition leaders" after (or before) "Kyrgyz opposition leaders": the group without its demonym.
  const groups = new Map<string, string | null>();
  for (const m of entities.mentions) {
    if (!('organization' in m.ref) || m.via !== 'NAME') continue;
    const phrase = /^\p{Lu}\S* ([a-z][a-z -]+)$/u.exec(m.text)?.[1];
    if (!phrase) continue;
    const key = m.ref.organization;
    groups.set(phrase, groups.has(phrase) && groups.get(phrase) !== key ? null : key);
  }
  for (const [phrase, key] of groups) {
    if (!key) continue;
    for (const m of body.matchAll(new RegExp(`\\b${escapeRegExp(phrase)}\\b`, 'g'))) {
      add({ start: m.index, end: m.index + phrase.length, text: phrase, ref: { organization: key }, via: 'ALIAS' });
    }
  }

  const described = [...body.matchAll(DESCRIBED_SPEAKER), ...body.matchAll(DESCRIBED_SUBJECT)].map((m) => m.index);
  const named = mentions.filter((m) => 'person' in m.ref && (m.via === 'NAME' || m.via === 'ALIAS'));
  /**
   * 'X said the first group, led by Col Y, left. "…," he said': a person named inside the clause another person's
   * speech verb reports is what was said about, not who says the next quote; the one who spoke is.
   */
  const reporterOver = (m: EntityMention): EntityMention => {
    const sentence = sentences[sentenceOf(m.start)];
    if (!sentence) return m;
    const reporter = named.find((r) => {
      if (r.start < sentence.start || r.end > m.start || !('person' in r.ref)) return false;
      const verb = SPOKE_AFTER.exec(body.slice(r.end, r.end + 160));
      return !!verb && r.end + verb[0].length <= m.start && !/["“”]/.test(body.slice(r.end, m.start));
    });
    return reporter ?? m;
  };
  const lastPerson = (offset: number): string | null => {
    const last = named.filter((m) => m.end <= offset).sort((a, b) => b.start - a.start)[0];
    if (!last || !('person' in last.ref)) return null;
    const before = reporterOver(last);
    if (!('person' in before.ref)) return null;
    return described.some((at) => at >= last.end && at < offset) ? null : before.ref.person;
  };

  const lastSpeaker = (offset: number): string | null => {
    const spoke = mentions
      .filter(
        (m) =>
          m.end <= offset &&
          'person' in m.ref &&
          (m.via === 'NAME' || m.via === 'ALIAS') &&
          (SPOKE_AFTER.test(body.slice(m.end, m.end + 160)) ||
            /\b(?:said|says|added)\s+$/.test(body.slice(0, m.start))),
      )
      .sort((a, b) => b.start - a.start)[0];
    if (!spoke || !('person' in spoke.ref)) return null;
    return described.some((at) => at >= spoke.end && at < offset) ? null : spoke.ref.person;
  };

  for (const m of body.matchAll(ATTRIBUTING_PRONOUN)) {
    const pronoun = (m[1] ?? m[2]) as string;
    const start = (m.index as number) + m[0].indexOf(pronoun, 2);
    // a clause's "he said" after no quote goes on with the last person who spoke, not the last one named (a
    // role's words, "general director of the National Center …", may read as a name)
    const key = m[1] ? lastPerson(start) : lastSpeaker(start);
    if (key) add({ start, end: start + pronoun.length, text: pronoun, ref: { person: key }, via: 'PRONOUN' });
  }

  const peopleIn = (from: number, to: number, pronouns: boolean) =>
    new Set(
      mentions
        .filter((m) => m.start >= from && m.end <= to && 'person' in m.ref && (pronouns || m.via !== 'PRONOUN'))
        .map((m) => ('person' in m.ref ? m.ref.person : '')),
    );
  sentences.forEach((s, i) => {
    const opening = OPENING_PRONOUN.exec(s.text);
    const pronoun = opening?.[2];
    const previous = sentences[i - 1];
    if (!opening || !pronoun || !previous) return;
    const at = s.start + (opening[1]?.length ?? 0);
    const from = previous.paragraph === s.paragraph ? previous.start : speakingParagraph(sentences, i);
    if (from === null || described.some((at) => at >= from && at < s.start)) return;
    const before = peopleIn(from, s.start, previous.paragraph !== s.paragraph);
    const key = before.size === 1 ? ([...before][0] as string) : null;
    if (key) add({ start: at, end: at + pronoun.length, text: pronoun, ref: { person: key }, via: 'PRONOUN' });
  });

  // "Lance Corporal X, a 26-year-old from Perthshire, spoke for many when she said: '…'": a "he" or "she" handing over
  // to a quote inside a sentence that names one person before it, and no described speaker between, is that person
  for (const m of body.matchAll(SPEAKING_PRONOUN)) {
    // the pattern opens on the pronoun
    const pronoun = m[1] as string;
    const start = m.index;
    const sentence = sentences[sentenceOf(start)];
    if (!sentence || covered(start, start + pronoun.length)) continue;
    const inSentence = peopleIn(sentence.start, start, false);
    const key = inSentence.size === 1 ? ([...inSentence][0] as string) : null;
    if (key && !described.some((at) => at >= sentence.start && at < start))
      add({ start, end: start + pronoun.length, text: pronoun, ref: { person: key }, via: 'PRONOUN' });
  }

  // "The spokesman said": the one person the article introduces as a spokesman
  const spokespeople = new Set<string>();
  for (const m of entities.mentions) {
    if (!('person' in m.ref) || m.via !== 'NAME') continue;
    const after = body.slice(m.end, m.end + 80);
    const before = body.slice(Math.max(0, m.start - 60), m.start);
    if (SPOKESPERSON_AFTER.test(after) || SPOKESPERSON_BEFORE.test(before)) spokespeople.add(m.ref.person);
  }
  const [spokesperson] = spokespeople;
  if (spokespeople.size === 1 && spokesperson) {
    for (const m of body.matchAll(THE_SPOKESPERSON)) {
      const text = m[0];
      add({ start: m.index, end: m.index + text.length, text, ref: { person: spokesperson }, via: 'DESCRIPTION' });
    }
  }

  // "the ministry": the one organization named with that head word.
  // "the U.N. mission": the head word may keep the name's first word ("U.N. Stabilization Mission in Mali")
  const byHead = new Map<string, string | null>();
  const firstWords = new Map<string, string>();
  for (const o of entities.organizations) {
    const head = /\s(\p{Lu}\p{Ll}+)(?: in \p{Lu}.*)?$/u.exec(o.name)?.[1]?.toLowerCase();
    if (!head) continue;
    byHead.set(head, byHead.has(head) ? null : o.key);
    firstWords.set(head, o.name.split(' ')[0] as string);
  }
  for (const [head, key] of byHead) {
    if (!key) continue;
    const first = escapeRegExp(firstWords.get(head) as string);
    for (const m of body.matchAll(new RegExp(`\\bthe (?:${first} )?(${escapeRegExp(head)})\\b`, 'gi'))) {
      const start = m.index + m[0].length - head.length;
      add({ start, end: start + head.length, text: m[1] as string, ref: { organization: key }, via: 'ALIAS' });
    }
  }

  const roles = entities.roles.map((r) => ({ ...r }));
  for (const d of entities.descriptions) {
    let key: string | null = null;
    if (d.definite) {
      const titled = new Set(roles.filter((r) => sameOffice(r.title, d.head)).map((r) => r.person));
      // an office in lower case ("the premier said") is taken only when one person in the article holds it; "the
      // minister", any minister, only when one was named before it
      const heldBefore = mentions.filter((m) => m.end <= d.start && 'person' in m.ref && titled.has(m.ref.person));
      const holders =
        d.head === 'minister' ? new Set(heldBefore.map((m) => ('person' in m.ref ? m.ref.person : ''))) : titled;
      if (/^the /.test(d.text) && holders.size !== 1) continue;
      const before = heldBefore.sort((a, b) => b.start - a.start)[0];
      key = before && 'person' in before.ref ? before.ref.person : null;
    } else {
      const at = sentenceOf(d.start);
      const from = sentences[Math.max(0, at - DESCRIPTION_WINDOW.before)]?.start ?? 0;
      const to = sentences[Math.min(sentences.length - 1, at + DESCRIPTION_WINDOW.after)]?.end ?? body.length;
      const near = new Set(
        mentions
          .filter((m) => m.via === 'NAME' && m.start >= from && m.end <= to && 'person' in m.ref)
          .map((m) => ('person' in m.ref ? m.ref.person : '')),
      );
      const candidates = new Set(
        roles
          .filter((r) => near.has(r.person) && titleFits(r.title, d.head))
          .filter((r) => r.country === null || r.country === d.country)
          .map((r) => r.person),
      );
      if (candidates.size === 1) {
        key = [...candidates][0] as string;
        for (const r of roles) if (r.person === key && r.country === null) r.country = d.country;
        const p = people.get(key);
        if (p && p.nationality === null) p.nationality = d.country;
      }
    }
    if (key) add({ start: d.start, end: d.end, text: d.text, ref: { person: key }, via: 'DESCRIPTION' });
  }

  const storyCountry = countryOfStory(entities, mentions);
  if (storyCountry) {
    for (const m of body.matchAll(COUNTRY_DESCRIPTION)) {
      const start = m.index as number;
      add({ start, end: start + m[0].length, text: m[0], ref: { place: storyCountry }, via: 'DESCRIPTION' });
    }
  }

  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...entities, people: [...people.values()], roles, mentions };
}

/**
 * Where the speaker of a paragraph opening "He said" is named: the paragraph before, when someone speaks
 * in it (a speech verb, "called for", a quote), or the one before that when the paragraph before is
 * nothing but a quote going on from it. Null when the paragraph before tells no speech ("X arrived."):
 * a "he" there may be anyone.
 */
function speakingParagraph(sentences: Sentence[], at: number): number | null {
  const paragraphStart = (paragraph: number) => sentences.find((x) => x.paragraph === paragraph);
  const before = (sentences[at] as Sentence).paragraph - 1;
  const previous = paragraphStart(before);
  if (!previous) return null;
  const text = sentences
    .filter((x) => x.paragraph === before)
    .map((x) => x.text)
    .join(' ');
  // a quote with its attribution inside ('"…," she told CTV. "…"') is a paragraph someone speaks in, not a quote going on
  const outsideQuotes = text.replace(/["“][^"“”]*["”]/g, ' ');
  if (/^["“]/.test(text) && /["”]$/.test(text) && !SPEECH_ACT.test(outsideQuotes)) {
    const earlier = paragraphStart(before - 1);
    const earlierText = sentences
      .filter((x) => x.paragraph === before - 1)
      .map((x) => x.text)
      .join(' ');
    return earlier && /["”]/.test(earlierText) ? earlier.start : null;
  }
  return SPEECH_ACT.test(text) ? previous.start : null;
}

/** The country whose cities, regions and bases the article names most, when exactly one leads. */
function countryOfStory(entities: EntityResult, mentions: EntityMention[]): string | null {
  const places = new Map(entities.places.map((p) => [p.key, p]));
  const countryOf = (key: string | null): string | null => {
    for (let place = key ? places.get(key) : undefined, hops = 0; place && hops < 8; hops++) {
      if (place.kind === 'COUNTRY') return place.key;
      place = place.parent ? places.get(place.parent) : undefined;
    }
    return null;
  };
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const place = 'place' in m.ref ? places.get(m.ref.place) : undefined;
    if (!place || place.kind === 'COUNTRY') continue;
    const country = countryOf(place.key);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}

/** A title and a definite description name the same office ("Prime Minister" and "the premier"). */
function sameOffice(title: string, head: string): boolean {
  if (head === 'minister') return /\bminister$/i.test(title);
  const office = (t: string) =>
    t
      .toLowerCase()
      .replace(/^premier$/, 'prime minister')
      .replace('defence', 'defense');
  return office(title) === office(head);
}

function titleFits(title: string, head: string): boolean {
  const t = ` ${title.toLowerCase()} `;
  return (TITLES_OF_HEAD[head] ?? [head]).some((h) => t.includes(` ${h} `));
}
