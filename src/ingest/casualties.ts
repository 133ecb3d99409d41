/**
 * Casualty reports: a count (see numbers.ts) tied to what happened to people — killed, injured, missing,
 * arrested, displaced — by the words around it: "left at least 75 people dead", "killing 12 civilians",
 * "dozens of protesters were arrested", "the death toll rose to 40". A count is taken only when such a
 * word is next to it, so "two companies", ages, years, money and times never become casualties. The same
 * figure repeated later in an article is one report.
 *
 * Who gave the figure ("officials said") is not kept: a casualty report has no source column (the
 * statement extractor records the attribution as reported speech over the same words).
 */
import type { casualtyCategories } from '../db/schema/index.js';
import { type ArticleIndex, indexArticle, spanOf } from './article-index.js';
import { MAY_HOLD_COUNT, type Quantity } from './numbers.js';
import { tagRule } from './rules.js';
import type { AnalyzedArticle, ExtractedCasualtyReport, Sentence } from './types.js';

type Category = (typeof casualtyCategories)[number];

const VICTIMS =
  'people|persons?|civilians?|protest[eo]rs?|demonstrators?|soldiers?|troops|servicem[ae]n|police(?:m[ae]n| officers?)?|officers?|servicemembers?|militants?|rebels?|fighters?|insurgents?|child(?:ren)?|wom[ae]n|m[ae]n|students?|workers?|residents?|villagers?|passengers?|migrants?|refugees?|journalists?|miners?|pilgrims?|worshippers?|others|inmates?|prisoners?|detainees?|guards?|firefighters?|tourists?|patients?|families|supporters?|activists?|peacekeepers?|sailors?|crew members?|service members?|teachers?|experts?|bystanders?|monks?|nuns?|clerics?|dissidents?|opposition members?|suspects?|youths?|militiam[ae]n|mutineers?|attackers?|assailants?|gunm[ae]n|terrorists?|extremists?|jihadists?|contractors?|engineers?|interpreters?|drivers?|medics?|hostages?|captives|personnel|blue helmets|[Mm]arines|paratroopers?|commandos?|troopers?|airm[ae]n|seam[ae]n|recruits?|cadets?|conscripts?|reservists?|gendarmes?|guardsm[ae]n|mercenaries|officials|employees|staff members|doctors|nurses|farmers|fishermen|herders|shepherds|spectators|fans|shoppers|commuters|voters|pedestrians|motorists|infants|babies|teenagers|girls|boys|relatives|family members|members? of (?:the |an? |their )?(?:[A-Za-z.-]+ ){0,3}?(?:forces|army|police|military|militia|family|families|crew|contingent|battalion|unit|mission|group)|lives|[A-Z][a-z]+(?:ans|ons|ese|is)';
const CATEGORY_WORD =
  'killed|slain|murdered|executed|beheaded|massacred|dead|died|dying|perished|drowned|shot dead|gunned down|(?:beaten|stabbed|burned|burnt|hacked) to death|lost their lives|succumbed to (?:their|his|her) (?:injuries|wounds)|wounded|injured|hurt|missing|unaccounted for|arrested|detained|displaced|homeless|fled their homes|(?:driven|forced) from their homes|fled|fleeing(?=\\s+(?:their homes|(?:the\\s+)?(?:fighting|violence|clashes|war)|the (?:area|region|town|city|village|villages|country)|to|into|across)\\b)|to flee|lost their homes|taken into custody|taken (?:prisoner|captive)|rounded up|taken away|hauled away|seized|captured|became refugees(?![\\x27’])|became homeless|(?:(?:taken|rushed|flown|evacuated) to (?:a\\s+)?hospitals?|hospitali[sz]ed)(?!\\s+(?:for|with)\\s+(?!(?:their\\s+|the\\s+)?(?:injuries|wounds|burns)))|treated for (?:their |the |his |her )?(?:(?:minor|serious|severe|critical|light|non-life-threatening|life-threatening|gunshot|shrapnel|burn) )?(?:injuries|wounds)|sustained (?:serious |minor |severe |critical |life-threatening )?(?:injuries|wounds)';
/**
 * Arrests told without an arrest word ("took away at least 100 monks", "200 people were rounded up", "four
 * militants were captured"):
 * these verbs also take things ("seized 20 rifles"), so they count only with people named as victims.
 */
const ARREST_WITHOUT_ARREST_WORD = /^(?:took|taking|taken away|rounded|rounding|haul|seiz|captur)/i;
/** "We lost three peacekeepers": a loss of people, never of seats, games or money, so only with victims named. */
const LOSS = /^lost$/;
const ONE =
  'person|civilian|soldier|service member|servicemember|serviceman|trooper|peacekeeper|policeman|police officer|officer|militant|rebel|fighter|insurgent|child|woman|man|boy|girl|student|worker|resident|villager|passenger|journalist|teacher|monk|guard|pilot|sailor|marine|contractor|bystander|protester|demonstrator|militiaman|attacker|engineer|interpreter|translator|driver|medic|blue helmet|paratrooper|commando|airman|seaman|recruit|cadet|conscript|gendarme|mercenary|official|employee|doctor|nurse|farmer|fisherman|teenager|baby';
/** How badly, between the auxiliary and the casualty word ("261 seriously wounded", "were critically injured"). */
const HOW_BADLY = 'seriously|critically|badly|severely|slightly|lightly|gravely|fatally|mortally';
/** A nationality before the victims of a count ("seven Malawian and …"). */
const NATIONALITY = '[A-Z][a-z]+(?:an|ese|ish|i|ch)';
/** One person named by a nationality alone ("an Ethiopian was killed"). */
const NATIONAL = new RegExp(`^${NATIONALITY}$`);
const AFTER = new RegExp(
  `^\\s+(?:of\\s+(?:them|whom)\\s+|of\\s+those\\s+who\\s+(?:[^,.;"“”]|(?<=\\b[A-Z])\\.){1,80}?\\s+(?=(?:also\\s+)?(?:were|was|had been|have been)\\s))?(?<victims>(?:of\\s+)?(?:the\\s+)?(?:[A-Z][A-Za-z.-]*\\s+){0,3}?(?:[A-Za-z.-]+\\s+){0,2}?(?:${VICTIMS}))?\\b(?:\\s+from\\s+[A-Z][\\w.-]*(?:\\s+[A-Z][\\w.-]*)?|\\s+(?:with|on|in|inside|at|near|aboard|(?:(?:who|that)\\s+(?:serve[sd]?|work(?:s|ed)?|(?:are|were)\\s+(?:serving|working|deployed|stationed|based))|serving|working|deployed|stationed|based|posted|riding|travell?ing)\\s+(?:with|in|for|at|on))\\s+[^,.;:"“”]{1,60}?(?=\\s+(?:were|was|have been|had been|has been)\\s))?(?<also>\\s+and\\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d[\\d,]*)\\s+(?:[A-Za-z.-]+\\s+){0,3}?(?:${VICTIMS}|${ONE}|${NATIONALITY}))?(?:\\s*,\\s*(?:most|many|some|all|including|both)[^,.;]{0,60}(?:,|(?=\\s+(?:were|was|have been|had been)\\s))|(?<=\\w)\\s+[-–—]\\s+[^-–—,.;:"“”]{1,60}?\\s+[-–—])?\\s*(?:(?:who|that)\\s+)?(?:(?:were|was|have|has|had|been|are|is|reportedly|also|later|still|now|all|confirmed|believed|feared|reported|thought|to be|being|remain|remains|remained|left|shot and|${HOW_BADLY})\\s+)*(?<category>${CATEGORY_WORD}|deaths|fatalities)\\b(?!\\s+or\\s+(?:injured|wounded|hurt|missing|arrested|captured|detained)\\b)`,
);
/** The victims after a count: up to two words before the victim word, or a name ("two US Department of Defense contractors"). */
const AFTER_VICTIMS = new RegExp(
  `^\\s+(?:of\\s+)?(?<victims>(?:the\\s+)?(?:(?:[A-Z][A-Za-z.-]*\\s+(?:of\\s+)?){1,4}|(?:[A-Za-z.-]+\\s+){0,2}?)(?:${VICTIMS}))\\b`,
);
const ORDINALS = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)';
const ORDINAL = new RegExp(`^${ORDINALS}$`);
/**
 * One victim told with an article ("A United Nations peacekeeper was killed", "an Afghan soldier was also
 * killed", "a water engineer working for the Red Cross was murdered", "A third soldier and three police
 * officers were wounded", "an interpreter riding with the soldiers also died" but not "died of cancer"): only a
 * singular victim word, and no "of" before it, so "a group of soldiers" is no count of one.
 */
const ONE_VICTIM = new RegExp(
  `\\b(?:a|an|another)\\s+(?<victims>(?:(?!of\\b)[A-Za-z.-]+\\s+){0,4}?(?:${ONE})|${ORDINALS}(?=\\s+(?:was|has been|had been|(?:also\\s+|later\\s+)?died)\\b)|${NATIONALITY}(?=\\s+(?:was|were|has been|had been|(?:also\\s+|later\\s+)?died)\\b))(?:\\s+(?:working|serving|employed|traveling|travelling|riding)\\s+(?:for|with|in|at)\\s+[^,.;"“”]{1,60}?|\\s+and\\s+(?:[\\w.-]+\\s+){1,4}?(?:${VICTIMS}))?(?:\\s+(?:was|were|has been|had been|have been)\\s+(?:(?:also|reportedly|later|critically|seriously|fatally)\\s+)*(?<category>killed|slain|murdered|wounded|injured|hurt|arrested|detained|missing)|\\s+(?:also\\s+|later\\s+)?(?<died>died)(?!\\s+(?:of|from)\\s+(?:natural|old age|an?\\s+(?:heart|illness|stroke)|heart|cancer|illness|complications|disease)))\\b`,
  'gi',
);
/**
 * One victim told by a relative clause: "the shooter, who was killed in the incident", "a policeman, who was wounded
 * in the leg" (a repeat of a victim counted before is the same report again, as any repeat is).
 */
const ONE_RELATIVE = new RegExp(
  `\\b(?:the|a|an)\\s+(?<victims>(?:(?!of\\b)[A-Za-z.-]+\\s+){0,3}?(?:${ONE}|shooter|gunman|assailant|bomber)),\\s+who\\s+(?:was|had been|has been)\\s+(?:(?:also|later|reportedly|fatally|critically|seriously)\\s+)*(?<category>killed|slain|murdered|wounded|injured|hurt|arrested|detained)\\b`,
  'gi',
);
const BEFORE = new RegExp(
  `\\b(?<verb>killings? of|deaths? of|bodies of|killing|killed|kills|kill|(?<execution>murdered|murdering|executed|executing|beheaded|beheading|massacred|massacring|shot dead|shooting dead|gunned down|gunning down)|wounding|wounded|injuring|injured|arrested|arresting|detained|detaining|rounded up|rounding up|took away|taking away|(?<taking>took|taking|takes)|hauled away|hauling away|seized|seizing|captured|capturing|displacing|displaced|left|leaving|claim(?:ed|ing) the li(?:fe|ves) of|claimed|claiming|lost|cost|costing|drove|driven|driving|forced|forcing)\\s+(?:all\\s+)?(?<first>(?:a|an|\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:[\\w.-]+\\s+){0,3}?(?:${ONE}|[a-z]+s|${NATIONALITY})(?:,\\s+[^,;]{1,40}?,?)?\\s+and\\s+)?$`,
);
/**
 * One victim as the object of a casualty verb: "killing a U.S. soldier and at least four police officers",
 * "the attack claimed the life of a French sailor", "Kenya has lost another soldier" (a loss only of people, so "lost
 * a seat" is none).
 */
const ONE_OBJECT = new RegExp(
  `\\b(?<category>killing|killed|wounding|wounded|injuring|injured|claim(?:ed|ing) the life of|(?<lost>lost|losing))\\s+(?:a|an|(?<=lost\\s+|losing\\s+)another)\\s+(?<victims>(?:(?!of\\b)[A-Za-z.-]+\\s+){0,3}?(?:${ONE}))\\b(?!\\s+of\\b)`,
  'gi',
);
/** What follows an active casualty verb when the count before it is its subject: an object, counted or named. */
const AGENT_OBJECT =
  /^\s+(?:at least\s+|more than\s+|about\s+|some\s+|nearly\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|thousands|several|many|a|an|the|their|his|her|its)\b)/i;
/**
 * "hit the vehicle of six Canadian soldiers on Wednesday, killing them", "a plane bringing 62 Spanish peacekeepers back
 * from Afghanistan crashed in Turkey, killing all on board": the counted victims are the object of the casualty verb
 * that follows their clause (all of them, or all on board what carried them).
 */
const THEM_AFTER = new RegExp(
  `^\\s+(?<victims>(?:[A-Za-z.-]+\\s+){0,2}?(?:${VICTIMS}))\\b[^,.;:"“”]{0,60},\\s+(?<verb>killing|wounding|injuring)\\s+(?:them|all\\s+of\\s+them|(?<board>(?:all|everyone)\\s+(?:on\\s+board|aboard)))\\b`,
);
/** "received a half-dozen corpses of Iraqi army soldiers": the dead counted by their bodies, only of people named. */
const BODIES_AFTER = new RegExp(
  `^\\s+(?:bodies|corpses)\\s+of\\s+(?:the\\s+)?(?<victims>(?:[A-Za-z.-]+\\s+){0,3}?(?:${VICTIMS}))\\b`,
);
/**
 * A count listed after a casualty verb's counted object: "killed 14 people, including three NATO soldiers and four
 * police" (each listed count needs its victims).
 */
const INCLUDING = new RegExp(
  `\\b(?<word>killed|killing|kills|wounded|wounding|injured|injuring|arrested|arresting|detained|detaining)\\s+(?:at least\\s+|more than\\s+|about\\s+|some\\s+|nearly\\s+|over\\s+)?(?:[\\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\\s+(?:[A-Za-z.-]+\\s+){0,2}?(?:${VICTIMS}),\\s+(?:including|among them)\\s+(?:(?:(?!\\band\\b)[^,.;:"“”]){1,50}?(?:,\\s+(?:and\\s+)?|\\s+and\\s+)){0,4}$`,
);
/** A count in digits or words, or a vague one, as a list's subject or a verb's object states it. */
const COUNT_WORD =
  '(?:\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)';
/**
 * A count listed after a counted subject, its verb after the list: "34 KFOR soldiers, including 14 Italians, were
 * wounded" (the listed count needs its victims, and the passive verb must follow the list's closing comma).
 */
const INCLUDING_SUBJECT = new RegExp(
  `\\b${COUNT_WORD}\\s+(?:[A-Za-z.-]+\\s+){0,3}?(?:${VICTIMS}),\\s+(?:including|among them)\\s+$`,
);
const INCLUDING_LAST = /(?:including|among them)\s+$/;
const INCLUDING_SUBJECT_VERB = new RegExp(
  `^\\s+(?<victims>(?:[A-Za-z.-]+\\s+){0,2}?(?:${VICTIMS}|${ONE}))\\s*,\\s+(?:(?:were|was|had been|have been|also|reportedly|${HOW_BADLY})\\s+)+(?<category>killed|slain|dead|wounded|injured|hurt|missing|arrested|detained)\\b`,
);
/**
 * A part of a toll told by its time: "42 peacekeepers have been killed by hostile acts – including 10 so far this
 * year –", "lost 140 soldiers, including 20 this year" (only a period after the count, so "including 10 in the
 * capital" is none).
 */
const INCLUDING_PERIOD_BEFORE = new RegExp(
  `(?:\\b${COUNT_WORD}\\s+(?:[A-Za-z.-]+\\s+){0,3}?(?:${VICTIMS})\\b[^.;:"“”]{0,40}?\\b(?<word>killed|died|dead|wounded|injured)|\\b(?<verb>killed|lost|wounded|injured)\\s+${COUNT_WORD}\\s+(?:[A-Za-z.-]+\\s+){0,2}?(?:${VICTIMS}))\\b[^.;:"“”]{0,60}?\\s*[-–—,]\\s+including\\s+$`,
);
const INCLUDING_PERIOD_AFTER =
  /^\s+(?:(?:so\s+far|already)\s+)?(?:this|last)\s+(?:year|month|week)\b|^\s+in\s+(?:19|20)\d\d\b|^\s+since\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** "one soldier from NATO's mission was among the dead", "Among the wounded were two children". */
const AMONG_CATEGORY = 'dead|killed|wounded|injured|missing|arrested|detained';
const AMONG_AFTER = new RegExp(
  `^\\s+(?<victims>(?:[A-Za-z.-]+\\s+){0,2}?(?:${VICTIMS}|${ONE}))\\b(?:\\s+(?:from|of|with)\\s+[^,.;:"“”]{1,50}?)?\\s+(?:was|were|is|are)\\s+(?:also\\s+|reportedly\\s+)?among\\s+(?:the|those)\\s+(?<category>${AMONG_CATEGORY})\\b`,
);
const AMONG_BEFORE = new RegExp(
  `\\b[Aa]mong\\s+(?:the|those)\\s+(?<word>${AMONG_CATEGORY})\\s+(?:was|were|are|is)\\s+$`,
);
/** "The dead included four soldiers and a police officer". */
const INCLUDED = new RegExp(`\\b[Tt]he\\s+(?<word>${AMONG_CATEGORY})\\s+(?:included|include|includes)\\s+$`);
const INTRANSITIVE = /^(?:fled|died|dying|perished|drowned)$/;
const PASSIVE = /\b(?:were|was|been|are|is|being)\b/i;
/** "left … dead or captured" tells no one category, as "killed or injured" does not. */
const LEFT_STATE =
  /^\s+(?<state>dead|wounded|injured|missing|homeless|hurt)\b(?!\s+or\s+(?:[a-z]+ed|dead|hurt|missing)\b)/;
/**
 * Those taken as captives, named by the taking ("took 40 prisoners") or after the people taken ("took 12 soldiers
 * prisoner"). Hostages are not among them: a kidnapping is no arrest, as annotators read "kidnapped 30 teachers".
 */
const CAPTIVES = /^(?:(?:[A-Za-z.-]+\s+){0,2}?)(?:prisoners|captives)$/;
const CAPTIVE_AFTER = /^\s+(?:as\s+)?(?:prisoners?|captives?)\b/;
/** "drove more than 300,000 people from their homes": a displacement only with homes named, never "forced 12 soldiers to retreat". */
const DRIVING = /^(?:drove|driven|driving|forced|forcing)$/;
const FROM_HOMES = /^\s+(?:from|out of)\s+their\s+(?:homes|villages|houses)\b/;
/**
 * A running total: "the number of people killed has risen to 40", "put the number of dead at four", "takes the number of UNAMID peacekeepers who have been murdered in Darfur … to 27", "bringing the
 * total NZDF losses in Afghanistan to five". A casualty word must stand inside it, so "bringing the total number of
 * troops to 5,000" is none.
 */
/** Verbs that bring a total to a figure. */
const RAISING = 'bringing|brings|brought|bring|taking|takes|took|raising|raises|raised|pushing|pushes|pushed';
/** "the (overall) number", "its total": the total a running count is told of. */
const TOTAL_NOUN = String.raw`(?:the|its|their)\s+(?:(?:overall|total)\s+)?(?:total|number|tally|count)`;
/** A character inside one clause: no stop or quote mark, but the stop of an initial ("U.N."). */
const CLAUSE_CHAR = String.raw`(?:[^.;:"“”]|(?<=\b[A-Z])\.)`;
const RUNNING_TOTAL = new RegExp(
  String.raw`\b(?:(?:${RAISING})\s+${TOTAL_NOUN}\b(?<between>${CLAUSE_CHAR}{1,140}?)\s+to|(?:number|tally|count|total)\s+of\b(?<subject>${CLAUSE_CHAR}{1,80}?)\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|jumped|increased|grown|grew|stood|stands)\s+(?:to|at)|\bput(?:s|ting)?\s+the\s+(?:number|total|tally)\s+of\b(?<put>${CLAUSE_CHAR}{1,80}?)\s+at)\s*$`,
  'i',
);
/** The total told after its count: "It brings to eight the number of American troops killed in Afghanistan this year". */
const TO_BEFORE_TOTAL = new RegExp(String.raw`\b(?:${RAISING})\s+to\s*$`, 'i');
const TOTAL_AFTER = new RegExp(
  String.raw`^\s+${TOTAL_NOUN}\s+of\b${CLAUSE_CHAR}{1,80}?\b(?<word>killed|dead|deaths|died|murdered|slain|fatalities|wounded|injured|missing)\b`,
  'i',
);
const RUNNING_TOTAL_WORD =
  /\b(?<word>killed|dead|deaths|died|murdered|slain|losses|lost their lives|fatalities|wounded|injured|missing)\b/i;
/** "400,000 refugees and internally displaced people": people named by their displacement. */
const DISPLACED_PEOPLE =
  /^\s+(?:(?:refugees|migrants)\s+and\s+)?(?:internally\s+)?displaced\s+(?:people|persons|civilians|residents)\b/;
/** "the death toll rose to 40", "took the death toll of U.S. personnel to over 2,000" (whose toll, then "to"). */
const TOLL =
  /\b(?:death toll|toll)(?:\s+(?:of|among|from)\s+(?:[^,.;:"“”]|(?<=\b[A-Z])\.){1,60}?\s+(?:to|at)|\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|stood|stands|is|was|jumped|of)?\s*(?:to|at)?)\s*$/i;
const CAUSES =
  'clashes|fighting|violence|unrest|riots?|protests?|explosions?|blasts?|bombings?|bomb|attacks?|air ?strikes?|airstrikes?|strikes?|shelling|rocket fire|gunfire|shootings?|earthquake|quake|floods?|flooding|storms?|cyclone|hurricane|typhoon|fire|blaze|crash|collision|stampede|landslides?|avalanche|ambush|raids?|assault|offensive|battles?|skirmish(?:es)?|crackdown';
const CAUSE_PHRASE = `(?:[a-z-]+\\s+)?(?:${CAUSES})(?:\\s+(?:between|with|in|on|at|near|by|against|of|outside|across)\\s+(?:(?!\\b(?:killed|killing|left|leaving|wounded|wounding|injured|injuring|claimed|claiming)\\b)[^,.;"“”]){1,80}?)?`;
const CAUSE_BEFORE = new RegExp(
  `(?<cause>${CAUSE_PHRASE})\\s+(?:(?:that|which)\\s+)?(?:has\\s+|have\\s+|had\\s+)?(?:left|leaving|killed|killing|wounded|wounding|injured|injuring|claimed|claiming)\\s+$`,
  'i',
);
const CAUSE_AFTER = new RegExp(
  `^\\s*(?:on\\s+\\w+day\\s+)?(?:in|during|after|following)\\s+(?:an?\\s+|the\\s+)?(?<cause>${CAUSE_PHRASE})(?=[,.;]|\\s+(?:on|in|after|when|as|that|which)\\b|$)`,
  'i',
);
const NOT_A_CAUSE_WORD =
  /^(?:the|a|an|after|in|of|that|and|during|following|by|with|amid|into|two|three|several|new|from)$/i;
const PLACE_PREPOSITION = /\b(?:in|near|at|outside|across|around)\s+(?:the\s+)?$/;

function categoryOf(word: string): Category {
  if (/^(?:lost their homes|fled|fleeing|to flee|driven|forced)/i.test(word)) return 'DISPLACED';
  if (
    /^(?:killed|slain|murder|execut|behead|massacr|dead|died|dying|succumbed|bodies|perished|drowned|shot|gunned|beaten|stabbed|burn|hacked|lost|losses|deaths?|fatalities|lives|killing|kills?|claim)/i.test(
      word,
    )
  )
    return 'KILLED';
  if (/^(?:wound|injur|hurt|hospitali|treated|sustained)|hospitals?$/i.test(word)) return 'INJURED';
  if (/^(?:missing|unaccounted)/i.test(word)) return 'MISSING';
  if (/^(?:arrest|detain|taken|took|taking|round|haul|seiz|captur)/i.test(word)) return 'ARRESTED';
  return 'DISPLACED';
}

interface Found {
  category: Category;
  victims: string | null;
  /** Where the wording of the report starts and ends, the count included. */
  start: number;
  end: number;
  /** Which wording it was read from (see rules.ts). */
  rule: string;
  /** A second object of one casualty verb ("killed two soldiers and two contractors"): other victims than the first's. */
  secondObject?: boolean;
}

/**
 * Victims named once for two counts: "the killing of seven Malawian and one Tanzanian peacekeepers" is of seven
 * Malawian peacekeepers (and one Tanzanian, read by the second count as any second object is).
 */
const SHARED_VICTIMS = new RegExp(
  `^\\s+(?<own>${NATIONALITY})\\s+and\\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d[\\d,]*)\\s+${NATIONALITY}\\s+(?<noun>${VICTIMS}|${ONE})\\b`,
);

/** Whether the words around a count make it a casualty figure: a toll, not the size of a force. */
export function isCasualtyFigure(sentence: Sentence, q: Quantity): boolean {
  return read(sentence.text, q, sentence.start) !== null;
}

/** The words around a count that make it a casualty figure, or null when there are none. */
function read(sentence: string, q: Quantity, at: number): Found | null {
  const before = sentence.slice(0, q.start - at);
  const after = sentence.slice(q.end - at);
  const shared = SHARED_VICTIMS.exec(after);
  if (!shared?.groups?.own || !shared.groups.noun) return readAround(before, after, q, at);
  // read as if the victims were told whole ("seven Malawian peacekeepers"), then end the evidence where they do
  const own = ` ${shared.groups.own} ${shared.groups.noun}`;
  const found = readAround(before, own + after.slice(shared[0].length), q, at);
  if (found && found.end > q.end) found.end += shared[0].length - own.length;
  return found && { ...found, rule: `${found.rule}:shared-victims` };
}

function readAround(before: string, after: string, q: Quantity, at: number): Found | null {
  const cue = BEFORE.exec(before);
  const victims = cue ? AFTER_VICTIMS.exec(after) : null;
  const afterVictims = victims ? after.slice(victims[0].length) : after;
  // "forced thousands of residents to flee" is told after the count: only "from their homes" makes the verb the cue
  const homes = victims ? FROM_HOMES.exec(afterVictims) : null;
  const driving = cue?.groups?.verb !== undefined && DRIVING.test(cue.groups.verb);
  const verb = driving && !homes ? null : cue;
  // "killing a soldier and four police officers": a second object; "killed two and 12 were wounded" is no object
  const secondObject = verb?.groups?.first !== undefined;
  if (verb?.groups?.verb && !(secondObject && /^\s+(?:were|was|are|is|have|has|had)\b/.test(afterVictims))) {
    const start = at + (verb.index ?? 0);
    const victimsEnd = q.end + (victims?.[0].length ?? 0);
    if (/^(?:left|leaving)$/.test(verb.groups.verb)) {
      const state = LEFT_STATE.exec(afterVictims);
      if (!state?.groups?.state) return null;
      return {
        category: categoryOf(state.groups.state),
        victims: victims?.groups?.victims ?? null,
        start,
        end: victimsEnd + state[0].length,
        rule: 'verb-before-state',
      };
    }
    if (driving && homes)
      return {
        category: 'DISPLACED',
        victims: victims?.groups?.victims ?? null,
        start,
        end: victimsEnd + homes[0].length,
        rule: 'from-homes',
      };
    // "took 40 prisoners", "taking 12 soldiers prisoner": a capture only of captives ("took 12 soldiers to hospital" is none)
    if (verb.groups.taking) {
      const held = victims ? CAPTIVE_AFTER.exec(afterVictims) : null;
      if (!victims?.groups?.victims || !(CAPTIVES.test(victims.groups.victims) || held)) return null;
      return {
        category: 'ARRESTED',
        victims: victims.groups.victims,
        start,
        end: victimsEnd + (held?.[0].length ?? 0),
        rule: 'verb-before:capture',
      };
    }
    // "cost several hundred lives": only lives are a cost in people ("cost 12 jobs" is none)
    if (/^cost/.test(verb.groups.verb)) {
      if (victims?.groups?.victims !== 'lives') return null;
      return { category: 'KILLED', victims: null, start, end: victimsEnd, rule: 'cost-lives' };
    }
    // "claimed 12 soldiers and four police died": what was claimed is told after the count
    if (/^claim\w*$/.test(verb.groups.verb) && victims?.groups?.victims !== 'lives') return told(after, q);
    const needsVictims =
      ARREST_WITHOUT_ARREST_WORD.test(verb.groups.verb) ||
      verb.groups.execution !== undefined ||
      LOSS.test(verb.groups.verb) ||
      /^(?:killings?|deaths?|bodies) of$/.test(verb.groups.verb) ||
      secondObject;
    if (needsVictims && (!victims?.groups?.victims || victims.groups.victims === 'lives')) return null;
    return {
      category: categoryOf(verb.groups.verb),
      victims: victims?.groups?.victims === 'lives' ? null : (victims?.groups?.victims ?? null),
      start,
      end: victimsEnd,
      rule: verb.groups.execution ? 'verb-before:execution' : 'verb-before',
      secondObject,
    };
  }
  const toll = TOLL.exec(before);
  if (toll && /toll/i.test(toll[0]))
    return { category: 'KILLED', victims: null, start: at + toll.index, end: q.end, rule: 'toll' };
  const total = RUNNING_TOTAL.exec(before);
  const between = total?.groups?.between ?? total?.groups?.subject ?? total?.groups?.put;
  const totalWord = between ? RUNNING_TOTAL_WORD.exec(between)?.groups?.word : undefined;
  if (total && totalWord)
    return {
      category: categoryOf(totalWord),
      victims: null,
      start: at + total.index,
      end: q.end,
      rule: 'running-total',
    };
  // the "including" that INCLUDING_SUBJECT ends on, tested first as the cheap half
  const listed =
    INCLUDING_LAST.test(before) && INCLUDING_SUBJECT.test(before) ? INCLUDING_SUBJECT_VERB.exec(after) : null;
  if (listed?.groups?.category)
    return toldAfter(
      q,
      listed[0],
      categoryOf(listed.groups.category),
      listed.groups.victims ?? null,
      'including-subject',
    );
  // the anchored pattern after the count first: it rules out most figures at once
  const totalAfter = TOTAL_AFTER.exec(after);
  const to = totalAfter ? TO_BEFORE_TOTAL.exec(before) : null;
  if (to && totalAfter?.groups?.word) {
    const found = toldAfter(q, totalAfter[0], categoryOf(totalAfter.groups.word), null, 'running-total:count-first');
    return { ...found, start: at + to.index };
  }
  const period = INCLUDING_PERIOD_AFTER.exec(after);
  const part = period ? INCLUDING_PERIOD_BEFORE.exec(before) : null;
  const partWord = part?.groups?.word ?? part?.groups?.verb;
  if (part && partWord && period)
    return {
      category: categoryOf(partWord),
      victims: null,
      start: at + part.index,
      end: q.end + period[0].length,
      rule: 'including-period',
    };
  const displaced = DISPLACED_PEOPLE.exec(after);
  if (displaced) return toldAfter(q, displaced[0], 'DISPLACED', null, 'displaced-people');
  return (
    withOwnVictims(INCLUDING.exec(before), after, at, q, 'including') ??
    withOwnVictims(AMONG_BEFORE.exec(before), after, at, q, 'among') ??
    withOwnVictims(INCLUDED.exec(before), after, at, q, 'dead-included') ??
    told(after, q)
  );
}

/** A casualty word before the count ("killed 14 people, including", "Among the dead were") and the count's own victims. */
function withOwnVictims(m: RegExpExecArray | null, after: string, at: number, q: Quantity, rule: string): Found | null {
  const word = m?.groups?.word;
  const victims = word ? AFTER_VICTIMS.exec(after) : null;
  if (!m || !word || !victims?.groups?.victims) return null;
  return {
    category: categoryOf(word),
    victims: victims.groups.victims,
    start: at + m.index,
    end: q.end + victims[0].length,
    rule,
  };
}

/** A count told by what follows it: "12 soldiers were killed", "one soldier … was among the dead". */
function told(after: string, q: Quantity): Found | null {
  const m = AFTER.exec(after);
  if (m?.groups?.category) {
    const victims = m.groups.victims?.replace(/^(?:of\s+)?(?:the\s+)?/, '') ?? null;
    if (victims === 'lives') return null;
    if (ARREST_WITHOUT_ARREST_WORD.test(m.groups.category) && !victims) return null;
    // "Two gunmen killed five soldiers": with an object after the active verb the counted are the killers; a verb
    // that takes no victim ("have fled the fighting", "died the next day") leaves them the victims
    const rest = after.slice(m[0].length);
    if (victims && AGENT_OBJECT.test(rest) && !PASSIVE.test(m[0]) && !INTRANSITIVE.test(m.groups.category)) return null;
    // "12 soldiers and four police were killed": the first count is told only with its own victims
    if (m.groups.also && !victims) return null;
    return toldAfter(q, m[0], categoryOf(m.groups.category), victims, m.groups.also ? 'coordinated' : 'verb-after');
  }
  const among = AMONG_AFTER.exec(after);
  if (among?.groups?.category)
    return toldAfter(q, among[0], categoryOf(among.groups.category), among.groups.victims ?? null, 'among');
  const bodies = BODIES_AFTER.exec(after);
  if (bodies?.groups?.victims) return toldAfter(q, bodies[0], 'KILLED', bodies.groups.victims, 'bodies-of');
  const them = THEM_AFTER.exec(after);
  if (them?.groups?.verb)
    return toldAfter(
      q,
      them[0],
      categoryOf(them.groups.verb),
      them.groups.victims ?? null,
      them.groups.board ? 'them-after:on-board' : 'them-after',
    );
  return null;
}

/** A report whose wording follows its count: from the count to the end of `wording`. */
function toldAfter(q: Quantity, wording: string, category: Category, victims: string | null, rule: string): Found {
  return { category, victims, start: q.start, end: q.end + wording.length, rule };
}

function report(ix: ArticleIndex, s: Sentence, q: Quantity, f: Found, rule: string): ExtractedCasualtyReport {
  const body = ix.a.body;
  const text = s.text;
  let start = Math.min(f.start, q.start);
  let end = f.end;
  let cause: string | null = null;
  const causeBefore = CAUSE_BEFORE.exec(text.slice(0, q.start - s.start));
  if (causeBefore?.groups?.cause) {
    let phrase = causeBefore.groups.cause;
    const first = /^([a-z-]+)\s+/i.exec(phrase);
    if (first?.[1] && NOT_A_CAUSE_WORD.test(first[1])) phrase = phrase.slice(first[0].length);
    cause = phrase;
    start = s.start + causeBefore.index + causeBefore[0].indexOf(phrase);
  } else {
    const causeAfter = CAUSE_AFTER.exec(text.slice(end - s.start));
    if (causeAfter?.groups?.cause) {
      let phrase = causeAfter.groups.cause;
      const first = /^([a-z-]+)\s+/i.exec(phrase);
      if (first?.[1] && NOT_A_CAUSE_WORD.test(first[1])) phrase = phrase.slice(first[0].length);
      cause = phrase;
      end = end + causeAfter[0].length;
    }
  }
  const places = ix
    .mentionsIn(s.start, s.end)
    .filter((m) => 'place' in m.ref && m.via !== 'DEMONYM' && PLACE_PREPOSITION.test(body.slice(s.start, m.start)))
    .map((m) => ('place' in m.ref ? m.ref.place : ''))
    .sort((x, y) => Number(ix.place(x)?.kind === 'COUNTRY') - Number(ix.place(y)?.kind === 'COUNTRY'));
  return tagRule(
    {
      evidence: spanOf(body, start, end),
      // set from the rule's measured precision by tagRule
      confidence: 0,
      category: f.category,
      count: q.count,
      countLow: q.low,
      countHigh: q.high,
      qualifier: q.qualifier,
      statedCount: q.text,
      victims: f.victims,
      cause,
      place: places[0] ?? null,
      event: null,
      occurredOn: ix.dayIn(start, Math.min(s.end, end + 30)),
    },
    `${rule}${q.vague ? ':vague' : ''}`,
  );
}

/** What a sentence must hold for a victim told with an article; most sentences hold none, and skip both patterns. */
const ONE_CATEGORY =
  /\b(?:killed|killing|slain|murdered|wounded|wounding|injured|injuring|hurt|arrested|detained|missing|died|claim(?:ed|ing) the life|lost|losing)\b/i;

function oneVictim(s: Sentence): Array<[Quantity, Found]> {
  if (!ONE_CATEGORY.test(s.text)) return [];
  const relative = new Set(s.text.includes(', who ') ? s.text.matchAll(ONE_RELATIVE) : []);
  return [...s.text.matchAll(ONE_VICTIM), ...s.text.matchAll(ONE_OBJECT), ...relative].map((m) => {
    const start = s.start + m.index;
    const article = (relative.has(m) ? /\b(?:the|a|an)\b/i : /\b(?:a|an|another)\b/i).exec(m[0]) as RegExpExecArray;
    const q: Quantity = {
      start: start + article.index,
      end: start + article.index + article[0].length,
      text: article[0],
      count: 1,
      low: 1,
      high: 1,
      qualifier: 'EXACT',
      vague: null,
    };
    const category = categoryOf(m.groups?.category ?? m.groups?.died ?? '');
    // "a fourth was seriously wounded": one more of the victims counted before it
    const ordinal = ORDINAL.test(m.groups?.victims ?? '');
    const victims = ordinal ? null : (m.groups?.victims ?? null);
    const rule = ordinal
      ? 'one-victim:ordinal'
      : m.groups?.lost
        ? 'one-victim:lost'
        : relative.has(m)
          ? 'one-victim:relative'
          : NATIONAL.test(victims ?? '')
            ? 'one-victim:nationality'
            : 'one-victim';
    return [q, { category, victims, start, end: start + m[0].length, rule }];
  });
}

/** Those who attack rather than are attacked: a figure of them never repeats one of their victims'. */
const ATTACKERS =
  /\b(?:militants?|rebels?|insurgents?|attackers?|assailants?|shooters?|gunm[ae]n|terrorists?|extremists?|jihadists?|militiam[ae]n|mutineers?|bombers?)$/i;

/**
 * Why a figure already reported (with the victims given) is told of other people, or undefined when it is the same
 * report again: "three assailants were killed" after "three blue helmets were killed". "Others" in a later sentence
 * tells nothing ("21 others were wounded" repeats "21 French troops wounded" as often as it counts new victims); in the
 * sentence of the first figure they are new people ("Two soldiers were killed by a mine and two others died in a road
 * accident"), and so are a casualty verb's second object ("killed two U.S. servicemembers and two contractors").
 */
function newVictims(earlier: Array<string | null>, found: Found, sameSentence: boolean): string | null | undefined {
  const victims = found.victims;
  if (victims === null) return undefined;
  if (sameSentence && /^others$/i.test(victims)) return 'others';
  if (sameSentence && found.secondObject && !earlier.includes(victims)) return 'second-object';
  const side = (v: string | null) => v !== null && ATTACKERS.test(v);
  if (earlier.every((v) => v !== null && side(v) !== side(victims))) return 'other-side';
  return undefined;
}

export function extractCasualtyReports(a: AnalyzedArticle): ExtractedCasualtyReport[] {
  const ix = indexArticle(a);
  const reports: ExtractedCasualtyReport[] = [];
  // the victims of each figure reported so far, by category and count
  const seen = new Map<string, Array<string | null>>();
  for (const s of a.sentences) {
    const ones = oneVictim(s);
    if (ones.length === 0 && !MAY_HOLD_COUNT.test(s.text)) continue;
    let victims: string | null = null;
    // the figures this sentence reported, by the same key as `seen`
    const here = new Set<string>();
    const counted: Array<[Quantity, Found | null]> = [
      ...ones,
      ...ix.quantitiesIn(s).map((q): [Quantity, Found | null] => [q, read(s.text, q, s.start)]),
    ].sort((x, y) => x[0].start - y[0].start);
    for (const [q, found] of counted) {
      if (!found) continue;
      // "12 people were killed and 30 wounded": the second count is of the same victims
      const carried = !found.victims && victims !== null;
      // a count listed after "including" is part of the victims before it, not whom a later figure counts
      if (!found.victims) found.victims = victims;
      else if (found.rule !== 'including') victims = found.victims;
      const key = [found.category, q.count, q.low, q.high, q.qualifier].join('|');
      const earlier = seen.get(key);
      const again = earlier === undefined ? null : newVictims(earlier, found, here.has(key));
      if (again === undefined) continue;
      here.add(key);
      const rule = `${found.rule}${carried ? ':carried-victims' : ''}${again ? `:${again}` : ''}`;
      if (earlier) earlier.push(found.victims);
      else seen.set(key, [found.victims]);
      reports.push(report(ix, s, q, found, rule));
    }
  }
  return reports;
}
