/**
 * Foreign military deployments: one country's forces going to, staying in, or leaving another's
 * territory. A sentence is a cue when it has a force ("troops", "two companies of paratroopers",
 * "150 [servicemen]") and a verb that gives the status, or when it names a standing presence
 * ("Russia's Kant air base", "the United States leases an air base"). The deploying country is the
 * country named before the verb (by name, demonym or possessive) or the nationality of whoever ordered
 * it; the host is the country (or a place inside it) the forces go to, are at or leave. A sentence that
 * names neither carries on the deployment of the sentence before (up to three sentences back), as
 * articles do ("'Around 150 have arrived at Kant,' he said").
 *
 * Cues of one movement (proposed, announced, ordered, sent, arrived) between the same two countries are
 * one deployment whose evidence runs from the first cue to the last, with the furthest status reached;
 * a withdrawal, and each standing presence, is a deployment of its own.
 */
import type { deploymentStatuses } from '../db/schema/index.js';
import { type ArticleIndex, indexArticle, spanOf } from './article-index.js';
import { isCasualtyFigure } from './casualties.js';
import { WEEKDAY } from './dates.js';
import { lookupPlace } from './gazetteer.js';
import { parseNumber } from './numbers.js';
import { ruleOf, tagRule } from './rules.js';
import type { AnalyzedArticle, EntityMention, ExtractedDeployment, Sentence } from './types.js';

type Status = (typeof deploymentStatuses)[number];

/** Forces named by their ships and aircraft, whose count is no count of people (see personnel). */
const MACHINE_WORDS = 'warships|warplanes|fighter jets|fighter planes|combat aircraft|bombers';
const MACHINES = new RegExp(`^(?:${MACHINE_WORDS})$`);
/**
 * Forces by what news calls them; a sentence may open with one ("Troops from Chad arrived …"); officers only after a
 * nationality ("German officers"), as "police officers" are none.
 */
const FORCE =
  "(?:peacekeeping|intervention|stabili[sz]ation|protection|multinational|regional|reaction) force|(?:rapid[- ])?[Rr]esponse (?:[Tt]eam|[Ff]orce)|[Pp]aratroopers|[Tt]roops|[Ss]oldiers|[Ss]ervicem[ae]n|[Ss]ervice members|[Mm]arines|[Pp]eacekeepers|[Ss]pecial forces|[Cc]ommandos|[Ss]ailors|[Aa]irmen|(?:officers|personnel|trainers)(?<=[A-Z][a-z]+ (?:officers|personnel|trainers))|military advisers|military advisors|military instructors|military personnel|military police|(?:armed|military|ground|naval|air|foreign|[A-Z][A-Za-z.']*) forces|battalions?|battle ?groups?|contingent|" +
  MACHINE_WORDS;
const FORCE_RE = new RegExp(`\\b(?:${FORCE})\\b`, 'g');
/** The same, for a yes or no: a global pattern's `test` would carry its position from one text to the next. */
const FORCE_WORD = new RegExp(FORCE_RE.source);
const GENERIC_FORCE = /^(?:troops|soldiers|servicem[ae]n|service members|military personnel|.* forces?|contingent)$/i;
const UNIT = new RegExp(
  `\\b(?<size>(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\\d+)\\s+(?:companies|company|battalions?|brigades?|platoons?|regiments?|divisions?|squadrons?))\\s+of\\s+(?:[A-Z][a-z]+\\s+)?(?<force>${FORCE})\\b`,
);
const FORCE_SUBJECT = new RegExp(
  `^(?:'s)?\\s+(?:[\\w-]+\\s+){0,3}?(?:${FORCE})\\s+(?:(?:are|is|were|was|remain|remained|have been|had been|still|also|already|now|currently)\\s+)*$`,
);
/**
 * What follows a figure of forces: a force word after at most two words or a unit's name ("300 Botswanan Defence
 * Force troops"), the members of a named force ("80 members of the Ground Self-Defence Force"), or a unit's size
 * ("the 700-member battalion", "the 2,800-strong main body").
 */
const PERSONNEL_AFTER = new RegExp(
  `^\\s*\\[?\\s*(?:(?:(?!(?:compan|battalion|brigade|platoon|regiment|division|squadron|of\\b))[A-Za-z][A-Za-z.-]*\\s+){0,2}?|(?:\\p{Lu}[\\p{L}.-]*\\s+){3,4}?)(?<force>${FORCE}|(?<=[A-Z][A-Za-z.]*\\s)personnel)\\b|^\\s+members\\s+of\\s+(?:the\\s+)?(?<namedForce>(?:[\\p{Lu}\\d][\\p{L}\\d-]*\\s+){1,5}(?:Force|Forces|Army|Brigade|Regiment|Battalion|Corps|Contingent|Division))\\b|^[- ](?:member|strong)\\s+(?:[\\p{L}.-]+\\s+){0,3}?(?<unit>battalion|contingent|force|unit|brigade|company|main body)\\b`,
  'u',
);

/** Status cues, tried in this order; the first that matches the sentence decides. */
const STATUS_CUES: ReadonlyArray<[Status, RegExp]> = [
  // "Dutch troops arrive in Mali": a headline's present tense, not one still to come ("will arrive", "to arrive");
  // "with the arrival of more than 160 troops"
  [
    'ARRIVED',
    /\b(?:arrived|arriving|arrival of(?=\s+(?:(?:more than|about|some|nearly|around)\s+)?\d)|arrives?(?<!\b(?:to|will|would|not|shall|may|might|could|should)\s+arrives?)(?=\s+(?:in|at)\b)|have landed|has landed|landed|reached|rolled (?:out|into)|came ashore|(?:crossed|crossing) (?:the (?:[a-z]+ )?border )?into|(?:took|taken|take|takes) up positions|beg[au]n (?:its|their) deployment)\b/,
  ],
  [
    'WITHDRAWN',
    // "to pull about 400 troops from Afghanistan": "pull" only with a "from" close after it
    new RegExp(
      String.raw`\b(?:withdrew|withdrawn|withdrawing|withdraw|pulled out|pulled back|pulling out|pull(?:s|ed|ing)?(?=(?:\s+[\w,.-]+){1,4}\s+(?:from|out of)\b)|flown out|flew out|completed (?:its|the|their) withdrawal|brought home|(?:sent|brought|flown) back|sent home|(?:left|leaves?|leaving)(?=\s+(?:the\s+)?(?!${WEEKDAY}\b)[A-Z])|(?:have |has )?left the country\b|left(?=\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?(?:base|camp|airport)\s+(?:in|at|near)\b)|depart(?:ed|s|ing)?(?=\s+from\s+(?:the\s+)?[A-Z]))\b`,
    ),
  ],
  [
    'ORDERED',
    // "decided Thursday to send", "approved sending": a parliament's or a government's decision
    new RegExp(
      String.raw`\b(?:ordered|authori[sz]ed|took the decision to send|decided(?: on)?(?: (?:${WEEKDAY}|today|yesterday))? to (?:send|deploy)|approved (?:the deployment of|sending|deploying)|voted to (?:send|deploy))\b`,
    ),
  ],
  [
    'PROPOSED',
    /\b(?:plans?|proposal)\b(?:[^.;]|\.(?!\s+[A-Z])){0,100}?\b(?:the )?deployment of\b|\b(?:proposed (?:sending|to send|deploying)|offered to (?:send|deploy)|(?:is|are|was|were) considering (?:sending|deploying)|asked (?:\S+\s+){1,3}to (?:send|deploy)|requested|called for)\b/,
  ],
  [
    'ANNOUNCED',
    // "are scheduled to arrive", "is due to arrive", "will be deployed": a movement still to come ("pledged to
    // reduce troop numbers" is no movement)
    /\b(?:(?:will|would|plans? to|planned to|is to|are to|is preparing to|pledged to|promised to|agreed to)\s+(?:send|deploy|dispatch|contribute|join|(?:leave|depart|head|set (?:off|out)) for(?=\s+(?:the\s+)?[A-Z]))|(?:due|scheduled|expected|set|slated)\s+to\s+(?:arrive|deploy|be deployed|be sent|join)|being\s+(?:sent|deployed|dispatched)|(?:will|would)\s+(?:arrive|be deployed|be sent|be dispatched)|(?:is|are|was|were) (?:sending|deploying|dispatching|contributing)|(?:to )?contribute|(?:pledged|promised)(?!\s+to\s+(?!send|deploy|dispatch|contribute|join)\w)|announced (?:the )?(?:deployment|plans))\b/,
  ],
  // "are currently deployed in Estonia", "has about 900 troops deployed in Estonia", "the French soldiers deployed in
  // Niger", "contributes 1,100 troops to UNIFIL", "the French troops already deployed": forces there now, not a movement ("has deployed 800 troops to
  // Estonia" and "were deployed in Mali in 2013" are movements)
  [
    'STATIONED',
    /\b(?:(?:are|is|remain|remains)\s+(?:(?:currently|now|still|already)\s+)?deployed\s+(?:in|at|there)|(?:has|have)\s+(?!deployed)[^.;]{0,80}?\bdeployed\s+(?:in|at|there)|deployed(?<=\b(?:troops|soldiers|forces|peacekeepers|personnel|marines|paratroopers|airmen|sailors|contingent|units?)\sdeployed)\s+(?:in|at)|(?<=\b(?:troops|soldiers|forces|peacekeepers|personnel|contingents?)\s)already\s+deployed|contributes|provides)\b/,
  ],
  [
    'ARRIVED',
    // "were headed for Lesotho", "left for Lebanon this evening": forces on their way are sent
    /\b(?:sent|dispatched|deployed|flew|flown|moved into|entered|crossed into|poured into|marched into|invaded|(?:prompted|led|forced)\s[^.;]{1,80}?\bto (?:deploy|send)|(?:left|departed|set (?:off|out)|headed|(?:are|were|is|was) heading) (?:for|to)(?=\s+(?:the\s+)?[A-Z])|(?:sailed|sailing|steamed|steaming) (?:toward|towards|for|to)(?=\s+(?:the\s+)?[A-Z]))\b(?! by)/,
  ],
];
const STATIONED = new RegExp(
  `\\b(?:stationed|based|garrisoned)\\s+(?:in|at|near)\\b|\\b(?:has|have|maintains|keeps|keep)\\s+(?:a\\s+|an\\s+)?(?:military\\s+|air\\s+|naval\\s+)?base\\b|\\b(?:has|have|had|maintains|maintained|keeps|keep|kept)\\b[^.;]{0,40}?\\b(?:${FORCE}|[A-Z][A-Za-z.]*\\s+personnel)\\s+(?:stationed\\s+|based\\s+)?(?:in|at)\\b(?!\\s+the\\s+(?:[A-Z][a-z]+\\s+)?region\\b)|\\brotates?\\b[^.;]{0,40}?\\bthrough\\b|\\b(?:is|are|was|were)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:troop\\s+)?contributor\\s+(?:to|of\\s+(?:[\\w-]+\\s+)?(?:troops|forces|soldiers|peacekeepers))\\b`,
  'g',
);
/** "We (also) have …": a first-person subject, whose forces are told by their country after the verb. */
const WE_BEFORE = /(?:^|[\s"“])[Ww]e\s+(?:also\s+|now\s+|still\s+|already\s+)?$/;
const OWNED_FORCE = new RegExp(`^\\s+(?:${FORCE}|personnel)\\s`);
/** How far after "leases an air base" (in characters) the facility's country may be named. */
const LEASE_HOST_REACH = 40;
/** What may stand between the facility and its country: "near the (Kazakh …)", "in (Kazakhstan)", "outside the town of (…)". */
const FACILITY_PLACE = /^\s+(?:near|in|outside|at|close to)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:of\s+)?$/;
const LEASED =
  /\b(?:leases|leased|rents|rented|is leasing)\s+(?:an?\s+|the\s+)?(?<facility>(?:air|military|naval)\s+base|base|airfield|port|facility)\b/;
const PURPOSE =
  /\bto (?:protect|support|help|guard|secure|train|assist|defend|reinforce|evacuate|bolster|strengthen|back|provide security for|maintain|monitor|patrol|fight|combat|counter|deter|stabili[sz]e|restore)\b[^,.;"“”]*/;
/** What joins the items of a list: "Ethiopia, Kenya, Burundi and Rwanda", "850 from Gabon, 500 from Chad". */
const SEPARATOR = String.raw`\s*,\s*(?:and\s+)?|\s+and\s+`;
const CONTINGENT_SEPARATOR = new RegExp(`^(?:${SEPARATOR})$`);
/** A list of countries, where a group of countries named as one may stand ("Poland, the Baltic states and Romania"). */
const LIST_SEPARATOR = new RegExp(
  `^(?:${SEPARATOR}|\\s*,\\s*the\\s+(?:[A-Z][a-z]+\\s+)+(?:states|countries|republics),?\\s+(?:and\\s+)?)$`,
);
/** "troops from Ghana, Mali, Benin and Togo", "peacekeepers promised from …": the countries the forces come from. */
const FORCE_FROM = new RegExp(`\\b(?:${FORCE})\\s+(?:[a-z]+\\s+){0,2}?from\\s+(?:the\\s+)?$`);
/** Forces whose presence a casualty sentence implies, and the words that tell it. */
const IMPLIED_FORCE =
  /\b(?:peacekeepers?|blue helmets?|troops|soldiers?|service members?|servicem[ae]n|Marines?|contingents?)\b/g;
const IMPLIED_FORCE_WORD = new RegExp(IMPLIED_FORCE.source);
/** "a plane bringing 62 Spanish peacekeepers (back from) Afghanistan crashed in Turkey": where forces coming home served. */
const BACK_FROM = /^\s+(?:[a-z-]+\s+){0,3}?(?:back|home)\s+from\s+(?:the\s+)?$/;
const HIT = /\b(?:killed|killing|wounded|injured|died|dead|deaths?|slain|attack(?:ed|s)?|ambushed|hurt|lost)\b/;
/** "no British soldiers were wounded", "none of the Nigerian troops": forces the toll leaves out. */
const NONE_HIT = /\b(?:no|none\s+of\s+(?:the|its|their))\s+$/i;
const BASE = String.raw`^\s+(?:(?:air|military|naval|army)\s+)?base`;
/** "the U.S. air base in the southern city of Kandahar", "the main U.S. base in Afghanistan": a country's own base. */
const OWN_BASE = new RegExp(String.raw`${BASE}\s+(?:in|at|near)\s`);
/** "an attack on a US military base": a country's base, named with no place, where fighting is. */
const ATTACKED_BASE = new RegExp(String.raw`${BASE}\b`);
/** "U.S. Special Forces soldiers", "three Indian peacekeepers", "Pakistan's troops": the owner just before. */
const OWNER_BEFORE = /^(?:['’]s)?\s+(?:(?:\p{Lu}[\p{L}.-]*|special|military|army|combat|elite)\s+){0,2}$/u;
/** "peacekeepers from Chad", "peacekeepers, all from Niger", "The peacekeepers killed Thursday were from Tanzania". */
const OWNER_AFTER = /^(?:\s*,\s*all|\s+(?:\w+\s+){0,3}?(?:were|are)(?:\s+all)?)?\s+from\s+(?:the\s+)?$/;
/** "the peacekeepers were Chadian": a nationality after the verb, ending its clause. */
const OWNER_PREDICATE = /^\s+(?:\w+\s+){0,3}?(?:were|are)(?:\s+all)?\s+$/;
const NATIONALITY_TOLD = /\bpeacekeepers\s+(?:\w+\s+){0,3}?(?:were|are)\s+(?:all\s+)?(?:from\s+)?\p{Lu}/u;
/**
 * "A French military intervention": an intervention, told as a noun, by the country just before it; so are an invasion
 * and a military campaign a country leads ("the US-led invasion of Iraq", "A French-led military campaign"). Not any
 * invasion: "Russia's invasion of Ukraine" is the background of many a story that records no such deployment.
 */
const INTERVENTION =
  /^(?:(?:'s|’s|-led)?\s+(?:military\s+|armed\s+)?intervention|-led\s+(?:invasion|military\s+campaign))\b/;
/** "the US-led invasion (of Iraq)": the country invaded. */
const INVADED = /^\s+of\s+(?:the\s+)?$/;
/** An intervention only asked for, feared or weighed is no deployment. */
const NOT_AN_INTERVENTION =
  /\b(?:call(?:s|ed)? for|ask(?:s|ed)? for|request|propos|consider|possible|potential|would|could|threat|oppos|against|warn|rule[sd]? out)/i;
/** "Kenyan soldiers are (still) in Somalia", "have been in", "There are 2,500 US troops in Iraq": forces there now. */
const PRESENT_IN =
  '(?:(?:are|were|is|was)\\s+(?:(?:still|now|currently|already)\\s+)?(?:present\\s+)?|present\\s+|(?:have|has)\\s+been\\s+|(?<=\\bleaving\\s[^.;]{0,40})|(?<=\\b[Tt]here\\s+(?:are|were|remain)\\s(?:[^.;]|(?<=\\b[A-Z])\\.){0,60})(?:now\\s+)?(?:on the ground\\s+)?|(?<=\\bthe\\s+(?:(?:some|about|nearly|roughly|approximately|around|estimated)\\s+)?\\d[\\d,]*\\s+[^;,]{0,30}))(?=in\\b)';
/** "The Dutch contingent numbers (450)", "soldiers, who at the last count numbered (1,432)": a force's count. */
const NUMBERED = new RegExp(
  `\\b(?:${FORCE})(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*)?(?:,\\s*(?:who|which)\\b[^,;]{0,30}?)?\\s+(?:number(?:s|ed)?|total(?:s|led|ed)?)\\s+(?=(?:(?:about|some|around|nearly|roughly|more than)\\s+)?\\d)`,
  'gu',
);
/** "about 3,000 French soldiers serve", "fewer than 150 U.S. soldiers were at the base": forces told where they are. */
const SERVING = new RegExp(
  `\\b(?:${FORCE}|force)(?:\\s+and\\s+(?:${FORCE}))?\\s+(?:(?:(?:who|that)\\s+)?(?:(?:are|is|were|was|have been|has been)\\s+)?(?:(?:currently|now|still)\\s+)?(?:serve[sd]?\\b|serving\\b|(?:fought|fighting|fight)\\s+(?=in\\b)|(?:will\\s+|would\\s+)?(?:remain|stay)(?:s|ed)?\\s+(?=in\\b|at\\b)|(?:were|are|was|is)\\s+(?:at|inside)\\s+the\\s+(?:[a-z]+\\s+)?base\\b)|${PRESENT_IN})`,
  'g',
);
/**
 * "It includes troops from Burundi, Uganda …", "The contingent comprised units of the armed forces of Russia, Belarus
 * …": the countries that make up a force, each present where it serves.
 */
/** A force told by what it is made of. */
const INCLUDING = 'includes?|included|including|comprises?|comprised|comprising|made up of';
/** Forces that join, reinforce or take over from others. */
const JOIN_VERB = 'join(?:s|ed|ing)?|alongside|reinforce|relieve|replace';
const CONTRIBUTORS = new RegExp(
  `\\b(?:${INCLUDING})\\s+(?:[a-z]+\\s+){0,2}?(?:(?:${FORCE})\\s+from|(?<units>units|troops|soldiers|contingents)\\s+(?:of|from)\\s+the\\s+(?:armed|military)\\s+forces\\s+of)\\s+(?:the\\s+)?`,
);
/** "the 3,600 soldiers (from the) United States, France, Canada and Chile that have been in Haiti": see fromPresent. */
const FROM_NAME = /\sfrom\s+(?:the\s+)?(?=[A-Z])/g;
/** The forces right before that "from" ("the 3,600 (soldiers)"). */
const FORCE_BEFORE_FROM = new RegExp(`\\b(?:${FORCE}|contingents)$`);
/** "will join (contingents from) …": forces the moved ones join, which those countries do not send. */
const JOINED_FROM = new RegExp(
  `\\b(?:${JOIN_VERB})\\s+(?:the\\s+)?(?:[\\w,-]+\\s+){0,3}?(?:${FORCE}|contingents)\\s+(?:[a-z]+\\s+){0,2}?from\\s+(?:the\\s+)?$`,
);
/** What tells the forces from a list are somewhere, between the list and the place. */
const PRESENT_AFTER_LIST =
  /^\s*,?\s*(?:(?:that|who|which)\s+)?(?:(?:have|had)\s+been|are|were|remain(?:ed)?|stay(?:ed)?)\s+(?:(?:still|now|currently|already)\s+)?(?:(?:stationed|based|deployed|serving|present)\s+)?(?:in|inside)\s+(?:the\s+)?$/;
/** "a battalion involving (Irish, Maltese, Polish and Hungarian personnel)": a force told by its nationalities. */
const NATIONALITIES_IN =
  /\b(?:force|battalion|brigade|contingent|mission|battle ?group)\s+(?:[a-z]+\s+){0,2}?(?:involving|including|includes|included|comprising|comprises|comprised|made up of)\s+(?=\p{Lu})/u;
/** The forces after the nationalities listed. */
const NATIONALITIES_FORCE = new RegExp(`^\\s+(?:${FORCE}|personnel|units|contingents)\\b`);
/** What opens a force's contingents told one by one (see composition). */
const COMPOSITION = new RegExp(String.raw`(?:\b(?:with|${INCLUDING})|\s[-–—:])\s+(?=\d)`);
/**
 * A contingent's nationality after its figure: "850 Burundians", "900 French", "500 from Gabon", "850 from the
 * Democratic Republic of Congo", "300 Chilean troops".
 */
const CONTINGENT = new RegExp(
  `^\\s+(?:from\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*)*(?:\\s+(?:${FORCE}))?(?=\\s*(?:,|\\band\\b|[.;]|$))`,
  'u',
);
/** "The East Africa Response Force (EARF)": a force's acronym, by which the article goes on to name it. */
const FORCE_ACRONYM = new RegExp(`\\b(?:${FORCE})\\s*\\((?<acronym>[A-Z]{2,6})\\)`, 'g');
/** A country named as the owner of forces ("U.S. soldiers", "American troops", "France's armed forces"). */
const FORCES_OF = new RegExp(`^(?:'s)?\\s+(?:[\\w-]+\\s+){0,2}?(?:${FORCE}|forces)\\b`);
const ORIGIN = /\b(?:from|out of)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/;
/** "(left Germany) for Bosnia", "(left Kigali) on Friday morning for Sudan's Darfur": where forces set out for. */
const ONWARD =
  /^(?:\s+(?:on\s+)?\w+(?:\s+(?:morning|afternoon|evening|night))?)?\s+for\s+(?:the\s+)?(?:\p{Lu}|neighbou?ring\s)/u;
/** "(US) troops", "(Dutch) military advisers": a country's forces named right after it. */
const OWN_FORCES = new RegExp(`^(?:['’]s)?\\s+(?:(?:military|army|combat|special)\\s+)?(?:${FORCE})\\b`);
/** "sent (its) forces to", "withdrawing its forces from": "forces" with no other word, as what the verb moves. */
const OBJECT_FORCES = /^\s+(?:(?:its|their|more|additional|some)\s+)?forces\s+(?:to|into|in|from|out of)\b/;
/** "arrived outside the city", "in the capital": a city the article named before. */
const THE_CITY = /^(?:\s+[a-z]+){0,3}?\s+(?:in|into|to|at|outside|near|around)\s+the\s+(?:city|capital|town)\b/;
/** A verb right after a country: the country is its clause's subject ("… to Mali and Germany sent 200 …"). */
const NEXT_CLAUSE =
  /^\s+(?:[a-z]+\s+)?(?:sent|sends|send|deployed|deploys|will|would|has|have|had|is|are|was|were|said|says)\b/;
/** "South African National Defence Force", "Kenya Defence Forces", "Turkish Armed Forces": a country's own forces. */
const NATIONAL_FORCE =
  /^(?:the\s+)?(.+?)\s+(?:National\s+|People['’]s\s+)?(?:Defen[cs]e\s+Forces?|Armed\s+Forces|Army|Navy|Air\s+Force|Marine\s+Corps)$/;
/**
 * "withdrawal", "pullout", "ending its military presence", "the end of their peacekeeping role in": forces leaving,
 * told without a verb of moving.
 */
const WITHDRAWAL_NOUN =
  /\b(?:withdrawal|pullout|pull-out|drawdown)\b|\bend(?:s|ed|ing)?\s+(?:its|their)\s+(?:military\s+)?presence\b|\b(?:end(?:s|ed|ing)?|the\s+end\s+of)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:presence|mission|role)(?=\s+in\b)/;
const WITHDRAWN_FROM = /^(?:\s+of\s+[^,;]*?)?\s+from\s+(?:the\s+)?$/;
/** What stands between a word and the country after it: "in (the)", "from (the)". */
const IN_THE = /^\s+in\s+(?:the\s+)?$/;
const FROM_THE = /^\s+from\s+(?:the\s+)?$/;
/** "(US)-led coalition forces", "(U.S.)-led occupation troops": forces of a coalition the country leads. */
const LED_FORCES = /^-led\s+(?:coalition|occupation)\s+(?:forces|troops)\b/;
/** ", home to", ", which hosts": a place that has another country's forces. */
const HOME_TO =
  /,\s+(?:home to|which hosts|which is home to|hosting)\s+(?:the\s+|a\s+|an\s+)?(?:large\s+|major\s+|key\s+|sprawling\s+)?/;
/** What the owner's name is followed by when its forces are what is hosted ("U.S. Navy's Fifth Fleet", "French base"). */
const HOSTED_FORCE = new RegExp(
  `^(?:['’]s)?\\s+(?:(?:military|naval|air|army)\\s+)?(?:Navy|Army|Air Force|base|bases|air base|naval base|fleet|Fleet|${FORCE}|forces)\\b`,
);
/** Alliances and the UN, which field forces no one country's ("NATO-led", "U.N. peacekeepers", "to the UN force"). */
const ALLIANCE_NAMES = String.raw`NATO|U\.N\.|UN|EU|AU|African Union`;
/** What may stand before a sentence's subject: nothing, or a word that links it to the one before. */
const SENTENCE_OPENING = /^(?:(?:But|And|Meanwhile|However|Now|Separately|Instead|Still),?\s+)?$/;
/** "deployment to (Iraq)", "troops in (Mali)": a place inside a subject, where its forces go or are. */
const SUBJECT_PLACE = /\b(?:to|into|in|inside)\s+(?:the\s+)?(?:war-torn\s+|neighbou?ring\s+|nearby\s+)?$/;
/** "Malian (territory)": a demonym that names a place, not the forces' country. */
const TERRITORY = /^\s+(?:territory|soil|airspace|waters)\b/;
/** "forces against (Russia)": whom forces face, never who sends them. */
const ADVERSARY = /\bagainst\s+(?:the\s+)?$/;
/** "to (Mali)", "in neighbouring (Chad)", "to ally (Saudi Arabia)", "to its close ally (Kuwait)": before a host. */
const HOST_PREPOSITION =
  /\b(?:to|into|in|at|from|inside|for|out of)\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+|(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+|(?:(?:its|their)\s+)?(?:close\s+|key\s+|Gulf\s+)?(?:ally|partner)\s+)?$/;
/** "the northern Iraqi town of Irbil", "the Kenyan port city of Mombasa": a demonym naming where a place lies. */
const DEMONYM_PLACE = /^\s+(?:[a-z]+\s+)?(?:town|city|village|province|region|port|capital|district)\b/;
/** What stands before the forces a speaker speaks for: "…, a spokesman for the (Rwandan contingent)". */
const SPOKESMAN_FOR =
  /,\s+(?:an?\s+|the\s+)?(?:spokes(?:man|woman|person)|officer|commander)\s+(?:for|of)\s+(?:the\s+)?$/;
/** "to Central Africa": a destination by name, known to the gazetteer or not; "to the UN force in …" is none. */
const NAMED_DESTINATION = new RegExp(
  String.raw`\b(?:to|into)\s+(?:the\s+)?(?:nearby\s+|neighbou?ring\s+)?(?=\p{Lu})(?!(?:United Nations|${ALLIANCE_NAMES})\b)`,
  'u',
);
/** What may stand between a destination and the country it lies in: "to Kant, in Kyrgyzstan", "to Libreville, Gabon". */
const DESTINATION_PLACE = /^(?:\s*,\s*|[\s,]*(?:in|near|outside|of)\s+(?:the\s+)?)$/;
/** "to a military base in Manda Bay, (Kenya)": a town the gazetteer does not know, then the country it lies in. */
const TOWN_BEFORE = /\b(?:to|into|in|at|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*,\s*$/u;
/** "to Gabon, Congo or neighboring Republic of Congo": places offered as alternatives, not a destination. */
const ALTERNATIVE_AFTER = /^(?:,\s*[^,;.]{1,40}){0,4},?\s+or\s/;
const ALTERNATIVE_BEFORE = /\bor\s+(?:the\s+)?(?:[a-z]+\s+)?$/;
/** "reduce its troop levels in Afghanistan", "trimming its force", "reduce the British force in Iraq": a force cut. */
const REDUCTION =
  /\b(?:reduce[sd]?|reducing|cut(?:s|ting)?|trim(?:s|med|ming)?|scal(?:e|es|ed|ing) back|draw(?:s|ing)? down|drew down)\s+(?:its|their|the)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:troop levels?|troops|forces?|contingent|military presence|presence)\b/u;
/** What stands before a figure of a cut: "by (about 500)", "from the current force of (4,800)", "to (9,500)". */
const CUT_BY = /\bby\s+$/;
const CUT_FROM =
  /\bfrom\s+(?:(?:the|its|a)\s+)?(?:(?:current|present)\s+)?(?:(?:force|level|strength|total)\s+of\s+)?$/;
const CUT_TO = /\bto\s+(?:(?:about|around|some|roughly)\s+)?$/;
/**
 * "its 3,200 strong peace contingent": the size of the force a movement belongs to; so is the whole force a
 * country is still to withdraw ("will withdraw its 1,700 soldiers from Iraq", "to pull all 1,900 troops from Haiti":
 * 1,700 and 1,900 are there now).
 */
const FORCE_SIZE =
  /\b(?:its|their)\s+(?<size>\d[\d,]*)[- ]strong\s+(?:[a-z-]+\s+){0,2}?(?:contingent|force)\b|\b(?:will|would|to)\s+(?:withdraw|pull(?: out)?|remove|bring home)\s+(?:all\s+(?:of\s+)?(?:(?:its|their)\s+)?|(?:its|their)\s+)(?<whole>\d[\d,]*)\s+(?:[a-z-]+\s+){0,2}?(?:troops|soldiers|peacekeepers|personnel|forces)\b/;
/**
 * "the 300-strong Estonian contingent", "the 2,800-strong main body": a unit's size, which the number finder leaves
 * out (a "300-strong" crowd counts no victims).
 */
const STRONG_UNIT = new RegExp(
  `\\b(?<size>\\d[\\d,]*)-strong\\s+(?:[\\p{L}.-]+\\s+){0,3}?(?<force>force|unit|brigade|company|main body|${FORCE})\\b`,
  'gu',
);
/** "the (15,000)-strong U.S. force": a force's size before its owner. */
const STRONG_BEFORE = /\b(?<size>\d[\d,]*)[- ]strong\s+(?:the\s+)?$/;
/**
 * "alongside a Greek battalion", "working alongside some 1,600 French troops": another country's unit (the figure is
 * theirs), serving where the sentence's forces serve.
 */
const ALONGSIDE =
  /\balongside\s+(?:the\s+|a\s+|an\s+)?(?:(?:some|about|around|nearly|roughly|more than)\s+)?(?:\d[\d,]*\s+)?$/;
const UNIT_AFTER =
  /^\s+(?:[a-z-]+\s+)?(?:battalions?|brigades?|compan(?:y|ies)|contingents?|units?|troops|forces|soldiers|peacekeepers)\b/;
/** "the arrival in Kigali of about 150 more troops", "returned home to …": forces back in their own country. */
const HOMECOMING = /\b(?:arrival|return(?:ed|ing)?)\s+(?:back\s+)?(?:home\s+)?(?:in|to)\s+(?:the\s+)?$/;
/** "NATO-led troops", "U.N. peacekeepers": forces an alliance fields, which no one country's article-wide forces are. */
const ALLIANCE = String.raw`(?:-led|\b(?:${ALLIANCE_NAMES}|coalition|multinational|international|allied))`;
const ALLIANCE_FORCE = new RegExp(`${ALLIANCE}\\s+$`);
/** "13,000 UN peacekeepers": a figure of an alliance's forces. */
const ALLIANCE_FIGURE = new RegExp(`${ALLIANCE}\\s`);
/**
 * "The US government will resume training now that (the last batch of 1,000 UPDF soldiers) withdrew": forces that open
 * a clause of their own ("now that", "after", "because" …) before the verb are its subject, not the country before.
 */
const FORCE_CLAUSE = new RegExp(
  `\\b(?:now that|after|because|since|when|once|until|before|although|though|whereas)\\s+(?:(?:[^,;:"“”]|,(?=\\d))*?\\s)?(?:${FORCE})\\s[^,;:"“”]*$`,
);
/** "a pact that requires all American troops to (withdraw)": a movement someone demands, which no one has made. */
const DEMANDED =
  /\b(?:requir(?:e|es|ed|ing)|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on)\s+(?:[^.;:"“”]{0,60}?\s)?to\s+$/;
/** "troops from 13 countries": a coalition's forces, which no one country sends. */
const FROM_COUNTRIES =
  /\bfrom\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|various|dozens of|(?:a\s+)?dozen)\s+(?:other\s+|different\s+)?(?:countries|nations)\b/;
/** The auxiliary that ends a long subject before its verb, and what a subject's own words cannot hold. */
const LONG_SUBJECT_TAIL = /\s(?:have|has|had|were|was)\s+(?:been\s+)?$/;
/**
 * "keeps about 800 troops at Rukla": a place the gazetteer does not know, right after the presence's "in" or "at"
 * (see standing).
 */
const UNKNOWN_PLACE = /^(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:base|camp))?\s*(?:[,.;]|and\b|$)/u;
/** What names forces the moved ones join or relieve, right before their nationality (see movement). */
const JOINED = new RegExp(
  String.raw`\b(?:${JOIN_VERB})\s+(?:the\s+)?(?:(?:some|about|around|nearly|roughly)\s+)?(?:\d[\d,]*\s+)?$`,
);
const NOT_IN_SUBJECT =
  /[.;:"“”]|\b(?:is|are|was|were|has|have|had|will|would|said|says|after|when|while|who|which|that)\b/;
const THE_COUNTRY = /^\s*(?:in|at)\s+the\s+(?:[\w-]+\s+)?(?:country|kingdom|nation|republic)\b/;
const CLAUSE_BREAK = /,\s+while\s+|;\s+/g;
const RANK: Record<Status, number> = {
  PROPOSED: 0,
  ANNOUNCED: 1,
  ORDERED: 2,
  ARRIVED: 3,
  STATIONED: 4,
  LEASED: 4,
  WITHDRAWN: 4,
};

interface Cue extends ExtractedDeployment {
  sentence: number;
  /** The countries came from the sentence itself, not from the sentences before it. */
  explicit: boolean;
  /** The rule that found it (see rules.ts); the method's name when the method tells no more. */
  rule?: string;
}

class DeploymentFinder {
  private readonly body: string;
  /** The last movement's senders and host (null when it went to no place the gazetteer knows). */
  private last: { deploying: string[]; host: string | null; sentence: number } | null = null;
  /** The one country whose forces the article names, if only one: who moves when a sentence names no one. */
  private readonly forcesCountry: string | null;
  /** Acronyms the article gives its forces ("EARF"), as a pattern, or null. */
  private readonly acronyms: RegExp | null;
  /** The country named just before a force's acronym is defined ("The Portuguese Rapid Response Force (RRF)"). */
  private readonly acronymOwners = new Map<string, string>();
  /** A country's armed forces named for it ("South African National Defence Force", "SANDF"): organization → country. */
  private readonly nationalForces = new Map<string, string>();
  /** Where each country's forces were put so far, in text order: the host of a later "there" or "the base". */
  private readonly hosts: Array<{ deploying: string; host: string }> = [];
  /** The country of the dateline's place. */
  private readonly dateline: string | null;

  constructor(private readonly ix: ArticleIndex) {
    this.body = ix.a.body;
    for (const o of ix.a.organizations) {
      const named = NATIONAL_FORCE.exec(o.name);
      const hit = named ? lookupPlace(named[1] as string) : undefined;
      const code = hit?.kind === 'COUNTRY' ? hit.country.code : null;
      // only a country the article names as a place: a deployment's countries are places of its graph
      const country = ix.a.places.find((p) => p.kind === 'COUNTRY' && p.countryCode === code);
      if (country) this.nationalForces.set(o.key, country.key);
    }
    const owners = new Set(
      ix.a.mentions
        .filter((m) => this.isCountry(m) && FORCES_OF.test(this.body.slice(m.end, m.end + 60)))
        .map((m) => ix.countryOfMention(m)),
    );
    this.forcesCountry = owners.size === 1 ? ([...owners][0] ?? null) : null;
    const defined = [...this.body.matchAll(FORCE_ACRONYM)];
    const acronyms = [...new Set(defined.map((m) => m.groups?.acronym as string))];
    for (const m of defined) {
      const owner = ix.a.mentions
        .filter((x) => this.isCountry(x) && x.end <= m.index && OWNER_BEFORE.test(this.body.slice(x.end, m.index)))
        .pop();
      if (owner) this.acronymOwners.set(m.groups?.acronym as string, ix.countryOfMention(owner) as string);
    }
    this.acronyms = acronyms.length > 0 ? new RegExp(`\\b(?:${acronyms.join('|')})\\b`, 'g') : null;
    const filedIn = ix.a.dateline?.place;
    this.dateline = filedIn ? ix.countryOf(filedIn) : null;
  }

  /**
   * The country of the article's dateline ("DURRAS, Albania (CNN) --", "BAMAKO, Mali (AP) —", "KIGALI —"), when it
   * is also the country the article names most: where forces named with no place are, the reporter being there.
   */
  private datelineHost(deploying: readonly string[]): string | null {
    return this.dateline && !deploying.includes(this.dateline) && this.mainCountry(deploying) === this.dateline
      ? this.dateline
      : null;
  }

  /** "arrived outside the city": the country of the last city the article named before the sentence. */
  private cityNamedBefore(s: Sentence, deploying: readonly string[]): string | null {
    const city = this.ix.a.mentions
      .filter((m) => m.end <= s.start && 'place' in m.ref && this.ix.place(m.ref.place)?.kind === 'CITY')
      .pop();
    const country = city ? this.countryNamed(city) : null;
    return country && !deploying.includes(country) ? country : null;
  }

  /** The one country where the article has put forces so far (of `deploying`, when given). */
  private knownHost(deploying: string | null): string | null {
    const found = new Set(this.hosts.filter((h) => deploying === null || h.deploying === deploying).map((h) => h.host));
    return found.size === 1 ? ([...found][0] as string) : null;
  }

  run(): ExtractedDeployment[] {
    const cues: Cue[] = [];
    const implied: Cue[] = [];
    this.ix.a.sentences.forEach((s, i) => {
      const composed = tagged('composition', this.composition(s, i));
      // "more than 4,000 troops were deployed, with 850 Burundians, …": forces told by their contingents are no one
      // sender's, whoever the sentences before named
      const moved = clauses(s).flatMap((c) => this.movement(c, i));
      const found = [
        ...tagged('standing', this.standing(s, i)),
        ...(composed.length > 0 ? moved.filter((c) => c.explicit) : moved),
        ...tagged('intervention', this.intervention(s, i)),
        ...tagged('serving', this.serving(s, i)),
        ...tagged('contributors', this.contributors(s, i)),
        ...tagged('from-present', this.fromPresent(s, i)),
        ...composed,
        ...tagged('alongside', this.alongside(s, i)),
        ...tagged('homecoming', this.homecoming(s, i)),
        ...tagged('home-to', this.homeTo(s, i)),
        ...tagged('withdrawal-noun', this.withdrawalNoun(s, i)),
      ];
      found.push(...tagged('reduction', this.reduction(s, i, found)));
      cues.push(...found);
      if (found.length === 0) {
        const hits = tagged('implied', this.implied(s, i));
        implied.push(...hits);
        found.push(...hits);
      }
      for (const c of found) this.hosts.push({ deploying: c.deployingCountry, host: c.hostCountry });
      implied.push(...tagged('led-forces', this.ledForces(s, i)));
    });
    // a presence implied is told once, and only when nothing else the article says links the two countries
    const pair = (c: Cue) => `${c.deployingCountry}|${c.hostCountry}`;
    const told = new Set(cues.map(pair));
    for (const c of implied) {
      if (told.has(pair(c))) continue;
      told.add(pair(c));
      cues.push(c);
    }
    this.sizeUntold(cues);
    return merge(this.body, cues);
  }

  /**
   * "Rwandan troops arrived in Sudan on Sunday … The 150 soldiers from Rwanda are expected to be joined …": forces
   * of one sender sent to one host with no figure in any cue take the one figure the article gives that sender's
   * forces elsewhere ("150 soldiers from Rwanda", "about 400 Kenyan soldiers"); none when it gives two.
   */
  private sizeUntold(cues: Cue[]): void {
    // most articles give every sender's forces a figure somewhere, and need no second reading
    const untold = new Set(cues.filter((c) => c.rule !== 'implied').map((c) => c.deployingCountry));
    for (const c of cues) if (c.personnel !== null) untold.delete(c.deployingCountry);
    if (untold.size === 0) return;
    const sizes = new Map<string, Array<{ personnel: number; qualifier: Cue['personnelQualifier'] }>>();
    for (const s of this.ix.a.sentences) {
      // digits only: "About a dozen elite Australian troops" is no size told of a sender (MAY_HOLD_COUNT would read it)
      if (!FORCE_WORD.test(s.text) || !/\d/.test(s.text)) continue;
      for (const q of this.ix.quantitiesIn(s)) {
        const size = q.count === null ? null : this.personnel(s, q.start, q.start + 1);
        if (!size || size.start !== q.start) continue;
        const from = this.countriesIn(size.end, s.end).find((c) => FROM_THE.test(this.body.slice(size.end, c.m.start)));
        // "3,600 soldiers from the United States, France, Canada and Chile": a list's figure is no one country's
        const owner =
          this.countriesIn(q.end, size.end)[0] ?? (from && this.listAround(s, from.m).length === 1 ? from : undefined);
        // only the senders told with no figure are looked for
        if (!owner || !untold.has(owner.country)) continue;
        const found = sizes.get(owner.country) ?? [];
        if (!found.some((f) => f.personnel === size.personnel))
          found.push({ personnel: size.personnel, qualifier: size.qualifier });
        sizes.set(owner.country, found);
      }
    }
    for (const [country, [size, other]] of sizes) {
      const own = cues.filter((c) => c.deployingCountry === country);
      if (!size || other || new Set(own.map((c) => c.hostCountry)).size !== 1) continue;
      for (const c of own) {
        // a presence implied by its dead: a figure of the same forces is more likely a toll than their size
        if ((c.status !== 'ARRIVED' && c.status !== 'STATIONED') || c.rule === 'implied') continue;
        c.personnel = size.personnel;
        c.personnelQualifier = size.qualifier;
        c.rule = `${c.rule ?? 'untagged'}:sized`;
      }
    }
  }

  /** "…, a spokesman for the Rwandan contingent said": the country of the forces a speaker after `from` speaks for. */
  private spokenFor(s: Sentence, from: number): { m: EntityMention; country: string } | undefined {
    return this.countriesIn(from, s.end).find(
      (c) =>
        c.country === this.forcesCountry &&
        SPOKESMAN_FOR.test(this.body.slice(from, c.m.start)) &&
        FORCES_OF.test(this.body.slice(c.m.end, s.end)),
    );
  }

  /**
   * A presence the text implies without a deployment verb: a country's forces hit where they serve ("four
   * U.S. troops have been killed at … Bagram Air Base in Afghanistan", "22 Pakistani soldiers were killed in
   * Somalia's capital", "five U.N. peacekeepers from Chad were killed … in northern Mali", "the peacekeepers,
   * all from Niger"). Only in a sentence with no movement word (so "withdrew troops from Iraq" is none), with
   * a casualty or attack word, and with the host named in the sentence after the force or, for peacekeepers
   * (who serve abroad by definition), where their paragraph or the article puts them (see servedIn).
   */
  private implied(s: Sentence, i: number): Cue[] {
    const cues: Cue[] = [];
    const base = s.text.includes('base');
    // "the peacekeepers were Chadian": their nationality told outright needs no casualty word
    const hit = IMPLIED_FORCE_WORD.test(s.text) && (HIT.test(s.text) || NATIONALITY_TOLD.test(s.text));
    if (!base && !hit) return cues;
    const countries = this.countriesIn(s.start, s.end);
    const fighting = base && HIT.test(s.text);
    for (const owner of base ? countries : []) {
      const after = this.body.slice(owner.m.end, s.end);
      const base = OWN_BASE.exec(after) ?? (fighting ? ATTACKED_BASE.exec(after) : null);
      if (!base) continue;
      const where = this.placeAfter(s, owner.m.end + base[0].length, owner.country);
      // attacked with no place named: where the article has put all the forces it names so far, if one country
      const host = (where ? this.countryNamed(where) : null) ?? (where || !fighting ? null : this.knownHost(null));
      if (!host || host === owner.country) continue;
      const location = this.locationOf(where);
      const end = where?.end ?? owner.m.end + base[0].length;
      cues.push(this.presence(i, 'STATIONED', owner.m.start, end, owner.country, host, location, null, null));
    }
    if (!hit || STATUS_CUES.some(([, re]) => re.test(s.text))) return cues;
    for (const force of s.text.matchAll(IMPLIED_FORCE)) {
      const forceStart = s.start + force.index;
      const forceEnd = forceStart + force[0].length;
      const before = countries
        .filter((c) => c.m.end <= forceStart && OWNER_BEFORE.test(this.body.slice(c.m.end, forceStart)))
        .pop();
      // "the mission's contingent from Burkina Faso"; "a spokesman for the Rwandan contingent" speaks for it (see
      // spokenFor), and a contingent's nationality before it tells no one hit
      if (/^contingent/.test(force[0]) && before) continue;
      const after = before
        ? undefined
        : countries.find(
            (c) =>
              c.m.start >= forceEnd &&
              (OWNER_AFTER.test(this.body.slice(forceEnd, c.m.start)) ||
                OWNER_PREDICATE.test(this.body.slice(forceEnd, c.m.start))),
          );
      // "The dead peacekeepers are from Rwanda, Ghana and Uganda": every country listed; with no owner in the
      // sentence, "…, a spokesman for the Rwandan contingent said": the forces its speaker speaks for
      const named = before ?? after;
      const spokenFor = named ? undefined : this.spokenFor(s, forceEnd);
      // "a compound housing American, Saudi, French and British troops": every nationality listed before the force
      const owners = named
        ? this.listAround(s, named.m).map((m) => ({ m, country: this.countryNamed(m) as string }))
        : spokenFor
          ? [spokenFor]
          : [];
      const listed = owners.map((o) => o.country);
      const first = Math.min(forceStart, ...owners.map((o) => o.m.start));
      if (NONE_HIT.test(this.body.slice(s.start, first))) continue;
      // forces hit on their way home served where they come back from, not where it happened
      const servedAt = this.ix
        .mentionsIn(forceEnd, s.end)
        .find((m) => 'place' in m.ref && m.via !== 'DEMONYM' && BACK_FROM.test(this.body.slice(forceEnd, m.start)));
      // a contingent is one country's part of a multinational force, abroad as peacekeepers are
      const peacekeepers = /^(?:peacekeeper|blue helmet|contingent)/.test(force[0]);
      for (const owner of owners) {
        const deploying = owner.country;
        const where = servedAt ?? this.placeAfter(s, Math.max(forceEnd, owner.m.end), deploying);
        // peacekeepers the article has already put somewhere serve there ("It includes troops from Rwanda …")
        const host =
          (where ? this.countryNamed(where) : null) ??
          (peacekeepers
            ? (this.knownHost(deploying) ?? this.servedIn(s, listed))
            : // where the article already put this country's forces comes before the dateline's country
              (this.knownHost(deploying) ?? this.datelineHost(listed)));
        if (!host || (before ? host === deploying : listed.includes(host))) continue;
        const location = this.locationOf(where);
        const start = Math.min(owner.m.start, forceStart);
        const end = Math.max(owner.m.end, forceEnd, where?.end ?? 0);
        const cue = this.presence(i, 'STATIONED', start, end, deploying, host, location, force[0], null);
        cues.push(cue);
      }
    }
    return cues;
  }

  /** The country a mention names: by name, demonym, a place inside it, or its armed forces' name ("SANDF"). */
  private countryNamed(m: EntityMention): string | null {
    return 'organization' in m.ref
      ? (this.nationalForces.get(m.ref.organization) ?? null)
      : this.ix.countryOfMention(m);
  }

  /** Countries named in [start, end), by name, demonym or their armed forces' name ("SANDF soldiers"). */
  private countriesIn(start: number, end: number): Array<{ m: EntityMention; country: string }> {
    return this.ix.mentionsIn(start, end).flatMap((m) => {
      const country = this.countryNamed(m);
      const named = 'organization' in m.ref || this.isCountry(m);
      return country && named ? [{ m, country }] : [];
    });
  }

  /**
   * The country named nearest before `at` in the sentence: the deploying country's subject position. A country
   * the subject sends its forces to or has them in ("Japan's deployment to Iraq arrived") is not who sends them.
   */
  private subjectCountry(s: Sentence, at: number): EntityMention | null {
    return (
      this.countriesIn(s.start, at)
        .filter(
          ({ m }) =>
            !this.placeInSubject(s, m) && !ADVERSARY.test(this.body.slice(s.start, m.start)) && !this.inDateline(m),
        )
        .pop()?.m ?? this.capitalSubject(s, at)
    );
  }

  /** "Washington will deploy …", "Moscow sent …": a capital opening the sentence as its subject is its country. */
  private capitalSubject(s: Sentence, at: number): EntityMention | null {
    const m = this.ix.mentionsIn(s.start, at)[0];
    const place = m && 'place' in m.ref ? this.ix.place(m.ref.place) : undefined;
    if (!m || place?.kind !== 'CITY' || lookupPlace(place.name)?.kind !== 'CITY') return null;
    return SENTENCE_OPENING.test(this.body.slice(s.start, m.start)) &&
      /^\s+(?:[a-z][\w-]*\s+)*$/.test(this.body.slice(m.end, at))
      ? m
      : null;
  }

  /**
   * The country a subject's forces go to or are in ("Japan's deployment to Iraq arrived"), named before `at` in the
   * verb's own clause; not a country that leads something ("a blow to the US-led occupation, Zapatero said …").
   */
  private subjectHost(s: Sentence, at: number): string | null {
    return (
      this.countriesIn(s.start, at)
        .filter(({ m }) => this.placeInSubject(s, m) && /^(?![-‐]led)[^,;]{0,80}$/.test(this.body.slice(m.end, at)))
        .pop()?.country ?? null
    );
  }

  /** "DILI, Indonesia - Peacekeepers landed …": where the story was filed, no part of what it says. */
  private inDateline(m: EntityMention): boolean {
    const dateline = this.ix.a.dateline;
    return dateline !== null && m.start >= dateline.start && m.end <= dateline.end;
  }

  /** A country named in the subject as a place: "to Iraq", "in neighbouring Chad", "on Malian territory". */
  private placeInSubject(s: Sentence, m: EntityMention): boolean {
    return (
      SUBJECT_PLACE.test(this.body.slice(s.start, m.start)) ||
      (m.via === 'DEMONYM' && TERRITORY.test(this.body.slice(m.end, m.end + 12)))
    );
  }

  /** Where the forces go, are or leave: the first place after the verb that lies in another country. */
  private destination(
    s: Sentence,
    from: number,
    deploying: string | readonly string[],
    purpose: [number, number] | null,
    leaving = false,
    sent = false,
  ) {
    const senders = typeof deploying === 'string' ? [deploying] : deploying;
    // "deployed to Central Africa in advance of … demonstrations in Congo": the first destination named is
    // where the forces go, known or not; a country named later in the sentence is there for another reason
    const named = leaving ? null : NAMED_DESTINATION.exec(this.body.slice(from, s.end));
    const namedAt = named ? from + named.index + named[0].length : -1;
    const namedEnd = named
      ? namedAt +
        (/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u.exec(this.body.slice(namedAt, s.end))?.[0].length ?? 0)
      : -1;
    // "sent 2,300 troops to help the reconstruction in Iraq": forces sent with no destination of their own go
    // where their purpose is carried out (not a base "leased to support operations in Afghanistan")
    let purposeHost: { host: string; location: null; m: EntityMention } | null = null;
    for (const m of this.ix.mentionsIn(from, s.end)) {
      if (named && m.start >= namedEnd && !DESTINATION_PLACE.test(this.body.slice(namedEnd, m.start))) return null;
      if (!('place' in m.ref)) continue;
      const place = this.ix.place(m.ref.place);
      const country = this.ix.countryOf(m.ref.place);
      if (!place || !country || senders.includes(country)) continue;
      // "to the U.S.-led coalition": the country that leads an alliance is not where its forces go
      if (this.body.startsWith('-led', m.end)) continue;
      // "flew 200 troops from Sierra Leone to Liberia": only forces that leave are hosted where they come from
      if (!leaving && ORIGIN.test(this.body.slice(s.start, m.start))) continue;
      const inPurpose = purpose !== null && m.start >= purpose[0] && m.end <= purpose[1];
      if (place.kind === 'COUNTRY') {
        const gap = this.body.slice(from, m.start).trim();
        if (
          sent &&
          inPurpose &&
          !purposeHost &&
          m.via !== 'DEMONYM' &&
          /\bin\s+(?:the\s+)?$/.test(this.body.slice(from, m.start))
        )
          purposeHost = { host: country, location: null, m };
        if (
          inPurpose ||
          (m.via === 'DEMONYM' && !DEMONYM_PLACE.test(this.body.slice(m.end, m.end + 30))) ||
          !(
            gap === '' ||
            gap === 'the' ||
            HOST_PREPOSITION.test(this.body.slice(s.start, m.start)) ||
            TOWN_BEFORE.test(this.body.slice(s.start, m.start))
          )
        )
          continue;
        return { host: country, location: null, m };
      }
      if (place.kind === 'MILITARY_BASE' || place.kind === 'CITY' || place.kind === 'REGION')
        return { host: country, location: place.kind === 'REGION' ? null : place.key, m };
    }
    return purposeHost;
  }

  /** "… with 4,000 troops": a count of forces right after "with", later in the sentence. */
  private personnelAfterWith(s: Sentence, from: number) {
    const withAt = /\bwith\s+(?=\d|(?:about|some|around|nearly|more than)\s)/.exec(this.body.slice(from, s.end));
    if (!withAt) return null;
    const at = from + withAt.index + withAt[0].length;
    return this.personnel(s, at, at + 1);
  }

  /** A count of forces ("300 troops", "Around 150 [servicemen]"), within [from, to) when given. */
  private personnel(s: Sentence, from = s.start, to = s.end) {
    for (const q of this.ix.quantitiesIn(s)) {
      if (q.start < from || q.start >= to) continue;
      const after = PERSONNEL_AFTER.exec(this.body.slice(q.end, s.end));
      const force = after?.groups?.force ?? after?.groups?.namedForce ?? after?.groups?.unit;
      if (!after || !force || q.count === null) continue;
      // "13,000 UN peacekeepers, including 1,400 Chinese troops": an alliance's figure is no one country's; "three
      // Spanish warships": a count of machines says nothing of how many serve on them; "have lost 50 soldiers",
      // "Three Georgian soldiers serving … have been killed": a figure the casualty stage reads as a toll is not the
      // force's size
      if (ALLIANCE_FIGURE.test(after[0]) || MACHINES.test(force) || isCasualtyFigure(s, q)) continue;
      return { personnel: q.count, qualifier: q.qualifier, force, start: q.start, end: q.end + after[0].length };
    }
    if (!s.text.includes('-strong')) return null;
    for (const m of s.text.matchAll(STRONG_UNIT)) {
      const start = s.start + m.index;
      // "a 1,000-strong NATO battlegroup": an alliance's figure is no one country's
      if (start < from || start >= to || ALLIANCE_FIGURE.test(m[0])) continue;
      const { size, force } = m.groups as { size: string; force: string };
      const personnel = parseNumber(size);
      if (personnel === null) continue;
      return { personnel, qualifier: 'EXACT' as const, force, start, end: start + m[0].length };
    }
    return null;
  }

  private movement(s: Sentence, i: number): Cue[] {
    const text = s.text;
    const unit = UNIT.exec(text);
    const personnel = this.personnel(s);
    const forces = [...text.matchAll(FORCE_RE), ...(this.acronyms ? text.matchAll(this.acronyms) : [])].filter(
      (f) => !/^(?:security|police)\b/i.test(f[0]) && !/(?:security|police)\s+$/i.test(text.slice(0, f.index)),
    );
    if (!unit && !personnel && forces.length === 0 && !text.includes('forces')) return [];
    let status: Status | null = null;
    let verb: RegExpExecArray | null = null;
    for (const [candidate, pattern] of STATUS_CUES) {
      verb = pattern.exec(text);
      if (verb && !(candidate === 'ARRIVED' && /to be\s+$/.test(text.slice(0, verb.index)))) {
        status = candidate;
        break;
      }
    }
    if (!status || !verb || DEMANDED.test(text.slice(0, verb.index))) return [];
    const verbStart = s.start + verb.index;
    const verbEnd = verbStart + verb[0].length;
    // the force must be what the verb moves ("sent troops", "paratroopers … arrived"), not merely in the sentence
    // "About 4,850 soldiers and Marines from the 26th …, the 1st Armored Division … have deployed": a subject
    // whose units are listed at length before its verb is still what the verb moves
    const subjectOf = (at: number) => {
      const between = this.body.slice(at, verbStart);
      const tail = LONG_SUBJECT_TAIL.exec(between);
      return tail !== null && between.length <= 240 && !NOT_IN_SUBJECT.test(between.slice(0, tail.index));
    };
    const near = (at: number) => (at >= verbStart - 60 && at <= verbEnd + 60) || subjectOf(at);
    // "has also sent forces to Iraq": forces with no other word are forces only as the verb's object
    const objectForces = OBJECT_FORCES.test(this.body.slice(verbEnd, s.end));
    if (
      !forces.some((f) => near(s.start + f.index)) &&
      !(unit && near(s.start + unit.index)) &&
      !(personnel && near(personnel.start)) &&
      !objectForces
    )
      return [];
    const purpose = this.purposeAfter(s, verbEnd);
    const orderer =
      status === 'ORDERED'
        ? this.ix
            .mentionsIn(s.start, verbStart)
            .filter((m) => 'person' in m.ref)
            .pop()
        : undefined;
    const ordererKey = orderer && 'person' in orderer.ref ? orderer.ref.person : null;
    // "Mali asked France to send peacekeepers": the one asked sends, the one asking hosts
    const asked = /^asked\b/.test(verb[0]) ? this.countriesIn(verbStart, verbEnd)[0] : undefined;
    const requester = asked ? this.subjectCountry(s, verbStart) : null;
    // "…the wars in Afghanistan and Iraq,” announced … to withdraw the last US troops from Afghanistan": forces that
    // name their own country right after the verb are that country's, over a subject the verb is far from
    const before = asked ? null : this.subjectCountry(s, verbStart);
    const nearest = asked?.m ?? (before && FORCE_CLAUSE.test(this.body.slice(before.end, verbStart)) ? null : before);
    const objectOwner = this.countriesIn(verbEnd, Math.min(s.end, verbEnd + 40)).find(
      (c) =>
        OWN_FORCES.test(this.body.slice(c.m.end, s.end)) && !HOST_PREPOSITION.test(this.body.slice(s.start, c.m.start)),
    );
    const ownForces = objectOwner?.m ?? null;
    const subject =
      ownForces && nearest && !/^[^,"“”]{0,40}$/.test(this.body.slice(nearest.end, verbStart)) ? ownForces : nearest;
    // "troops from Ghana, Mali, Benin and Togo": the countries the forces come from, when they are the
    // senders (a list, or what stands before the verb), not a place the forces pass through
    const fromList = status === 'WITHDRAWN' ? [] : this.forcesFrom(s);
    const senders =
      fromList.length > 1 || (fromList.length === 1 && (!subject || fromList.includes(subject)))
        ? fromList
        : subject
          ? this.listAround(s, subject, verbStart)
          : [];
    let deploying = senders.map((m) => this.countryNamed(m) as string);
    const recent = this.last && i - this.last.sentence <= 3 ? this.last : null;
    const nationality = ordererKey ? this.ix.person(ordererKey)?.nationality : null;
    if (deploying.length === 0 && nationality) deploying = [nationality];
    if (deploying.length === 0) {
      // "to deploy American and British military advisers": the forces' demonyms name the senders
      // ("the Nigerian extremist group" names an adversary, not a sender)
      for (const demonym of this.countriesIn(verbEnd, s.end).filter((c) => c.m.via === 'DEMONYM')) {
        // "pledged to deploy 1,700 soldiers to Somalia to join some 1,600 Ugandan soldiers": the forces joined
        if (JOINED.test(this.body.slice(verbEnd, demonym.m.start))) continue;
        const list = this.listAround(s, demonym.m);
        const owner = list[list.length - 1] as EntityMention;
        if (!FORCES_OF.test(this.body.slice(owner.end, owner.end + 60))) continue;
        deploying = list.map((m) => this.countryNamed(m) as string);
        break;
      }
    }
    const explicit = deploying.length > 0;
    const owner = forces.map((f) => this.acronymOwners.get(f[0])).find((c) => c !== undefined);
    const senderRule = explicit ? '' : owner ? ':acronym-sender' : recent ? ':previous-sender' : ':article-sender';
    // the one country whose forces the article names moves no force an alliance fields; the owner of forces named
    // in the next sentence is no longer taken (one case on unseen text)
    if (!explicit && !FROM_COUNTRIES.test(text))
      deploying =
        (owner ? [owner] : recent?.deploying) ??
        (this.forcesCountry && !forces.some((f) => ALLIANCE_FORCE.test(text.slice(0, f.index)))
          ? [this.forcesCountry]
          : []);
    deploying = [...new Set(deploying)];
    if (deploying.length === 0) return [];
    // "left Kigali Friday morning for Sudan's … Darfur": forces leaving home set out for where they go; so do
    // forces that "departed from" a place the gazetteer does not know ("departed from Halifax for Latvia")
    const departed = verb[0].startsWith('depart');
    // "left Germany for Bosnia": forces that leave one place for another go where they set out for
    let destinationFrom = verbEnd;
    if (/^(?:left|leaves?|leaving)$/.test(verb[0]) || departed) {
      const from = this.ix.mentionsIn(verbEnd, s.end).find((m) => 'place' in m.ref && m.via !== 'DEMONYM');
      const home = from !== undefined && deploying.includes(this.countryNamed(from) as string);
      const elsewhere = departed && (!from || !FROM_THE.test(this.body.slice(verbEnd, from.start)));
      const onward = from !== undefined && ONWARD.test(this.body.slice(from.end, s.end));
      if (home || elsewhere || onward) status = 'ARRIVED';
      if (onward && from) destinationFrom = from.end;
    }
    const destination = this.destination(s, destinationFrom, deploying, purpose, status === 'WITHDRAWN', true);
    // "sent a letter to Mali about the troops": the forces come before where they go
    const forceStarts = [
      ...forces.map((f) => s.start + f.index),
      unit ? s.start + unit.index : -1,
      personnel?.start ?? -1,
      objectForces ? verbEnd : -1,
    ];
    if (destination && !forceStarts.some((at) => at >= 0 && at < destination.m.start)) return [];
    // "will deploy as needed to Gabon, Congo or …": a contingency, not a deployment anyone announced
    if (
      destination &&
      (ALTERNATIVE_AFTER.test(this.body.slice(destination.m.end, s.end)) ||
        ALTERNATIVE_BEFORE.test(this.body.slice(s.start, destination.m.start)))
    )
      return [];
    const sameSenders = recent !== null && recent.deploying.join() === deploying.join();
    // countries listed as contributors, and a country that "will contribute" to or "join" the effort, send to a
    // force whose host is often named in another sentence: the host of the movement just before (a list no longer
    // goes to the country the article names most: no case of it on unseen text)
    const listed = deploying.length > 1;
    const hosts: Array<[string, () => string | null]> = [
      ['destination', () => destination?.host ?? null],
      ['subject-destination', () => (asked ? null : this.subjectHost(s, verbStart))],
      [
        'named-city',
        () => (THE_CITY.test(this.body.slice(verbEnd, s.end)) ? this.cityNamedBefore(s, deploying) : null),
      ],
      ['requester', () => (requester ? this.countryNamed(requester) : null)],
      [
        'previous-host',
        () =>
          sameSenders || listed || /^(?:contribute|join)/.test(verb[0].split(/\s+/).pop() ?? '')
            ? (recent?.host ?? null)
            : null,
      ],
      // not for a verb whose agent is someone else ("12,500 total troops authorized by the UN Security Council")
      [
        'known-host',
        () =>
          listed || /^\s+by\b/.test(text.slice(verb.index + verb[0].length))
            ? null
            : this.knownHost(deploying[0] as string),
      ],
      ['dateline', () => this.datelineHost(deploying)],
      [
        'the-country',
        () =>
          THE_COUNTRY.test(this.body.slice(verbEnd, s.end)) ? this.countryMeant(s, i, verbStart, deploying) : null,
      ],
    ];
    let host: string | null = null;
    let hostRule = '';
    for (const [rule, find] of hosts) {
      host = find();
      hostRule = rule;
      if (host) break;
    }
    // "U.S. President Donald Trump says military personnel have deployed to Central Africa": no host, but the
    // next sentence's "about 80 military personnel … deployed to nearby Gabon" are the same country's
    // (a movement that goes somewhere by name, not a withdrawal: "British troops left Basra" hands on no sender)
    if (
      !host &&
      explicit &&
      !destination &&
      status !== 'WITHDRAWN' &&
      NAMED_DESTINATION.test(this.body.slice(verbEnd, s.end))
    )
      this.last = { deploying, host: null, sentence: i };
    if (!host || deploying.includes(host)) return [];
    this.last = { deploying, host, sentence: i };
    // "has sent forces to Kosovo and Iraq": one movement to each country listed after "to", and the figure, given
    // for them all, to none ("in Sudan, South Sudan, Chad …" is where, not where to; "to Mali and
    // Germany sent …" is another clause's subject)
    const further =
      hostRule === 'destination' &&
      destination &&
      /\b(?:to|into)\s+(?:the\s+)?$/.test(this.body.slice(s.start, destination.m.start))
        ? this.listAround(s, destination.m).filter((m) => m.start > destination.m.start)
        : [];
    const hostCountries = NEXT_CLAUSE.test(this.body.slice(further[further.length - 1]?.end ?? s.end, s.end))
      ? [host]
      : [
          host,
          ...further.map((m) => this.countryNamed(m) as string).filter((c) => c !== host && !deploying.includes(c)),
        ];
    const several = listed || hostCountries.length > 1;
    const forceType =
      unit?.groups?.force ??
      forces.map((f) => f[0]).find((f) => !GENERIC_FORCE.test(f)) ??
      forces[0]?.[0] ??
      personnel?.force ??
      null;
    const first = senders[0];
    const last = senders[senders.length - 1];
    const parts = [
      [verbStart, verbEnd],
      first && last && explicit ? [first.start, last.end] : null,
      orderer ? [orderer.start, orderer.end] : null,
      personnel ? [personnel.start, personnel.end] : null,
      destination ? [destination.m.start, destination.m.end] : null,
      unit ? [s.start + unit.index, s.start + unit.index + unit[0].length] : null,
      purpose,
    ].filter((p): p is [number, number] => p !== null);
    const start = Math.min(...parts.map((p) => p[0]));
    const end = Math.max(...parts.map((p) => p[1]));
    return deploying.flatMap((country) =>
      hostCountries.map((hostCountry) => ({
        sentence: i,
        explicit,
        rule: `movement${senderRule}:host-${hostRule}${listed ? ':list' : ''}${hostCountries.length > 1 ? ':hosts' : ''}`,
        evidence: spanOf(this.body, start, end),
        confidence: 0,
        deployingCountry: country,
        hostCountry,
        location: hostCountry === host ? (destination?.location ?? null) : null,
        forceType,
        unitSize: unit?.groups?.size ?? null,
        // a figure given for a list is the force's, not one country's
        personnel: several ? null : (personnel?.personnel ?? null),
        personnelQualifier: several ? null : (personnel?.qualifier ?? null),
        status,
        purpose: purpose ? this.body.slice(purpose[0], purpose[1]).trimEnd() : null,
        orderedBy: ordererKey,
        event: null,
        occurredOn: this.ix.dayIn(s.start, s.end),
      })),
    );
  }

  /**
   * "A French military intervention later quelled the crisis": France's forces went in, to the place after it
   * ("drove the militants from Gao"), else to the country whose cities and regions the article names (not the
   * country named most: "Dutch troops" would make the Netherlands host a French intervention in Mali).
   */
  private intervention(s: Sentence, i: number): Cue[] {
    if (!/intervention|-led (?:invasion|military campaign)/.test(s.text) || NOT_AN_INTERVENTION.test(s.text)) return [];
    const cues: Cue[] = [];
    const countries = this.countriesIn(s.start, s.end);
    for (const { m, country } of countries) {
      const noun = INTERVENTION.exec(this.body.slice(m.end, s.end));
      if (!noun) continue;
      const end = m.end + noun[0].length;
      const invaded = countries.find((c) => c.m.start >= end && INVADED.test(this.body.slice(end, c.m.start)));
      const destination = invaded ? null : this.destination(s, end, country, null, true);
      const host = invaded?.country ?? destination?.host ?? this.storyCountry(country);
      if (!host || host === country) continue;
      const last = invaded?.m.end ?? destination?.m.end ?? end;
      const cue = this.presence(i, 'ARRIVED', m.start, last, country, host, null, null, null);
      cues.push(cue);
    }
    return cues;
  }

  /**
   * The first place after `from`, in its clause, put there by "in", "at", "near" or "outside", that lies in
   * another country than `except` ("… the spokesman in Kinshasa said" is where he speaks, not where they serve).
   */
  private placeAfter(s: Sentence, from: number, except: string): EntityMention | undefined {
    // "six Canadian soldiers …, killing them … in Afghanistan's Panjwaii district": the casualty clause is theirs
    // (the comma inside "1,432" ends nothing)
    const comma = /[,;](?!\d)(?!\s+(?:killing|wounding|injuring)\s+(?:them|all)\b)/.exec(this.body.slice(from, s.end));
    return this.ix
      .mentionsIn(from, comma ? from + comma.index : s.end)
      .find(
        (m) =>
          'place' in m.ref &&
          m.via !== 'DEMONYM' &&
          /\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:(?:city|town|province|region) of\s+)?$/.test(
            this.body.slice(s.start, m.start),
          ) &&
          this.ix.countryOf(m.ref.place) !== null &&
          this.ix.countryOf(m.ref.place) !== except,
      );
  }

  /** The countries listed with `m` ("Ethiopia, Kenya, Burundi and Rwanda"), in text order, none after `before`. */
  private listAround(s: Sentence, m: EntityMention, before = s.end): EntityMention[] {
    const countries = this.countriesIn(s.start, before).map((c) => c.m);
    const at = countries.indexOf(m);
    if (at < 0) return [m];
    const joined = (x: number) =>
      LIST_SEPARATOR.test(
        this.body.slice((countries[x] as EntityMention).end, (countries[x + 1] as EntityMention).start),
      );
    // "lead a battalion in Latvia and Britain will send …": a country the list's first member stands in is no member
    const inPlace = (x: number) => this.placeInSubject(s, countries[x] as EntityMention);
    let from = at;
    while (from > 0 && joined(from - 1) && (inPlace(at) || !inPlace(from - 1))) from--;
    let to = at;
    while (to < countries.length - 1 && joined(to)) to++;
    return countries.slice(from, to + 1);
  }

  /** The countries after "troops from", with the ones listed with the first. */
  private forcesFrom(s: Sentence): EntityMention[] {
    const first = this.countriesIn(s.start, s.end).find(
      (c) =>
        FORCE_FROM.test(this.body.slice(s.start, c.m.start)) && !JOINED_FROM.test(this.body.slice(s.start, c.m.start)),
    );
    return first ? this.listAround(s, first.m) : [];
  }

  /** "Russia's Kant air base", "the United States leases an air base …", "US troops stationed in …". */
  private standing(s: Sentence, i: number): Cue[] {
    const cues: Cue[] = [];
    const mentions = this.ix.mentionsIn(s.start, s.end);
    for (const base of mentions) {
      if (!('place' in base.ref) || this.ix.place(base.ref.place)?.kind !== 'MILITARY_BASE') continue;
      const owner = mentions.find(
        (m) => m.end < base.start && /^'s\s+$/.test(this.body.slice(m.end, base.start)) && this.isCountry(m),
      );
      const deploying = owner ? this.countryNamed(owner) : null;
      if (!owner || !deploying) continue;
      // "Russia's Kant air base in the ex-Soviet republic": where the base lies, else where the text puts it,
      // else the country the article is about
      const host =
        this.ix.countryOf(base.ref.place) ??
        this.destination(s, base.end, deploying, null)?.host ??
        (this.last?.deploying.join() === deploying ? this.last.host : null) ??
        this.mainCountry(deploying);
      if (!host || deploying === host) continue;
      cues.push(this.presence(i, 'STATIONED', owner.start, base.end, deploying, host, base.ref.place, null, null));
    }
    const leased = LEASED.exec(s.text);
    STATIONED.lastIndex = 0;
    const found = leased ? [leased] : [...s.text.matchAll(STATIONED)];
    for (const cue of found) {
      const verbStart = s.start + (cue.index ?? 0);
      // "We have 2,200 Indian personnel in South Sudan": a speaker's "we", the forces' country after the verb
      const ownerAfter = WE_BEFORE.test(this.body.slice(s.start, verbStart))
        ? this.countriesIn(verbStart, verbStart + cue[0].length).find((c) =>
            OWNED_FORCE.test(this.body.slice(c.m.end, verbStart + cue[0].length)),
          )
        : undefined;
      const subject = ownerAfter?.m ?? this.subjectCountry(s, verbStart);
      const deploying = subject ? this.countryNamed(subject) : null;
      if (!subject || !deploying) continue;
      // the country must be the subject: "Russian troops stationed in", "Germany already keeps", "the US leases"
      const between = this.body.slice(subject.end, verbStart);
      const stationedVerb = /^(?:stationed|based|garrisoned)/.test(cue[0]);
      if (
        !ownerAfter &&
        !(stationedVerb
          ? FORCE_SUBJECT.test(between)
          : /^(?:\s*,\s*(?:which|who)\b[^;]*?,)?\s+(?:[a-z]+\s+)?$|^\s*,\s*(?:which|who)\s+(?:[a-z]+\s+)?$/.test(
              between,
            ))
      )
        continue;
      const verbEnd = verbStart + cue[0].length;
      // from the "in" or "at" that ends the cue, if it does
      const rest = this.body.slice(verbEnd - (/\b(?:in|at)$/.exec(cue[0])?.[0].length ?? 0), s.end);
      const purpose = this.purposeAfter(s, verbEnd);
      const destination = this.destination(s, verbStart, deploying, purpose);
      // "…in the nation of 5.3 million, where the United States leases an air base": the host is named before,
      // tied to the subject by "where" (not "Germany keeps …, and the United States rotates …")
      const before = this.countriesIn(s.start, subject.start).filter(
        (c) =>
          c.country !== deploying && c.m.via !== 'DEMONYM' && /\bwhere\b/.test(this.body.slice(c.m.end, subject.start)),
      );
      // "leases an air base near the Kazakh city of …": the facility's own phrase names the host
      const near = leased
        ? this.countriesIn(verbEnd, Math.min(s.end, verbEnd + LEASE_HOST_REACH)).find(
            (c) => c.country !== deploying && FACILITY_PLACE.test(this.body.slice(verbEnd, c.m.start)),
          )
        : undefined;
      // "Burundi has the second-largest contingent in the operation": where the article has put its forces
      const host =
        destination?.host ??
        before.pop()?.country ??
        near?.country ??
        (leased
          ? null
          : (this.countryCalled(i, rest, deploying) ??
            this.knownHost(deploying) ??
            (UNKNOWN_PLACE.test(rest) ? this.knownHost(null) : null)));
      if (!host) continue;
      // "has the largest contingent in the mission with 4,000 troops": the size after the presence
      // "to join some 1,600 Ugandan soldiers based in Mogadishu": the figure right before the subject is its own
      const ownSize = this.ix
        .quantitiesIn(s)
        .find((q) => q.end <= subject.start && /^\s+$/.test(this.body.slice(q.end, subject.start)));
      // "Some 1,600 Pakistan army officers and troops are already stationed in …": the figure before a subject that is
      // its forces counts them, however many words name them
      const subjectSize = () =>
        ownSize && ownSize.count !== null && stationedVerb && !isCasualtyFigure(s, ownSize)
          ? { personnel: ownSize.count, qualifier: ownSize.qualifier, force: null, start: ownSize.start }
          : null;
      const personnel = leased
        ? null
        : ((ownSize && this.personnel(s, ownSize.start, ownSize.start + 1)) ??
          subjectSize() ??
          this.personnel(s, s.start, verbEnd) ??
          this.personnelAfterWith(s, verbEnd));
      const end = Math.max(purpose?.[1] ?? verbEnd, destination?.m.end ?? verbEnd);
      const location = destination?.location ?? null;
      if (cues.some((c) => c.location !== null && c.location === location)) continue;
      const p = purpose ? this.body.slice(purpose[0], purpose[1]).trimEnd() : null;
      const cueFound = this.presence(
        i,
        leased ? 'LEASED' : 'STATIONED',
        subject.start,
        end,
        deploying,
        host,
        location,
        leased?.groups?.facility ?? null,
        p,
      );
      cues.push(withCount(cueFound, personnel));
    }
    return cues;
  }

  /**
   * A cut in a country's force: "Germany would reduce its troop levels in Afghanistan by about 500 from the current
   * force of 4,800" is a withdrawal of 500 and a presence of 4,800; "trimming its force to 9,500" a presence of
   * 9,500 (the force that stays). "its 3,200 strong peace contingent" in a sentence that moves one country's
   * forces is that country's presence where they go. The country is the one named in the cut's object ("the
   * British force"), else the sender of the sentence's own movement, else its subject; the host the country
   * after "in" in the object, else where the sentence or the article has put that country's forces.
   */
  private reduction(s: Sentence, i: number, found: Cue[]): Cue[] {
    // most sentences hold none of these words, and skip both patterns
    const cut = /reduc|cut|trim|scal|draw/.test(s.text) ? REDUCTION.exec(s.text) : null;
    const size = cut || !/strong|its|their|\ball\b/.test(s.text) ? null : FORCE_SIZE.exec(s.text);
    if (!cut && !size) return [];
    const match = (cut ?? size) as RegExpExecArray;
    const start = s.start + match.index;
    const end = start + match[0].length;
    const moved = [...new Set(found.map((c) => c.deployingCountry))];
    const recent = this.last && i - this.last.sentence <= 1 ? this.last : null;
    // "pull 200 troops from Mali, trimming its force to 450": "its" is the sender of the sentence's own movement
    const own = cut ? this.countriesIn(start, end)[0]?.m : undefined;
    const subject = cut && !own && moved.length !== 1 ? this.subjectCountry(s, start) : null;
    const named = own ?? subject;
    const deploying =
      (named ? this.countryNamed(named) : null) ??
      (moved.length === 1 ? moved[0] : cut && recent?.deploying.length === 1 ? recent.deploying[0] : null);
    if (!deploying) return [];
    const inObject = cut
      ? this.countriesIn(start, s.end).find(
          (c) =>
            c.country !== deploying &&
            c.m.via !== 'DEMONYM' &&
            /\bin\s+(?:the\s+)?$/.test(this.body.slice(start, c.m.start)),
        )
      : undefined;
    const host =
      inObject?.country ??
      found.find((c) => c.deployingCountry === deploying)?.hostCountry ??
      this.knownHost(deploying) ??
      (recent?.deploying.includes(deploying) ? recent.host : null);
    if (!host || host === deploying) return [];
    const cues: Cue[] = [];
    const add = (
      status: Status,
      q: { start: number; end: number; count: number | null; qualifier: Cue['personnelQualifier'] } | null,
    ) => {
      const cue = this.presence(
        i,
        status,
        Math.min(start, q?.start ?? start),
        Math.max(end, q?.end ?? end),
        deploying,
        host,
        null,
        null,
        null,
      );
      cue.personnel = q?.count ?? null;
      cue.personnelQualifier = q ? q.qualifier : null;
      cues.push(cue);
    };
    if (size) {
      const count = parseNumber(size.groups?.size ?? size.groups?.whole ?? '');
      add('STATIONED', { start, end, count, qualifier: 'EXACT' });
      return cues;
    }
    const figures = this.ix.quantitiesIn(s).filter((q) => q.start >= end && q.count !== null);
    const before = (q: { start: number }, re: RegExp) => re.test(this.body.slice(end, q.start));
    const by = figures.find((q) => before(q, CUT_BY));
    const stays = figures.find((q) => before(q, CUT_FROM)) ?? figures.find((q) => before(q, CUT_TO));
    // a cut sends forces home whether or not it tells how many ("reduced its forces … from 13,000 troops to 8,600")
    add('WITHDRAWN', by ?? null);
    if (!by) (cues[0] as Cue).rule = 'reduction:unsized';
    if (stays || !by) add('STATIONED', stays ?? null);
    return cues;
  }

  /** "where they have served since 2004 alongside a Greek battalion": that unit's country serves in the same host. */
  private alongside(s: Sentence, i: number): Cue[] {
    if (!s.text.includes('alongside')) return [];
    const cues: Cue[] = [];
    const countries = this.countriesIn(s.start, s.end);
    for (const unit of countries) {
      const at = unit.m.start;
      const along = ALONGSIDE.exec(this.body.slice(s.start, at));
      if (!along || !UNIT_AFTER.test(this.body.slice(unit.m.end, s.end))) continue;
      const host = this.countryGoneTo(s.start, at, [unit.country]) ?? this.knownHost(null);
      if (!host || host === unit.country) continue;
      const end = unit.m.end + (UNIT_AFTER.exec(this.body.slice(unit.m.end, s.end))?.[0].length ?? 0);
      const personnel = this.personnel(s, s.start + along.index, at);
      const cue = this.presence(i, 'STATIONED', personnel?.start ?? at, end, unit.country, host, null, null, null);
      cues.push(withCount(cue, personnel));
    }
    return cues;
  }

  /**
   * A withdrawal told as a noun: "the withdrawal of 500 British troops from Iraq", "Britain's withdrawal from Iraq",
   * "Philippines starts Iraq pullout", "is ending its military presence in Saudi Arabia"; not one called for, feared
   * or opposed.
   */
  private withdrawalNoun(s: Sentence, i: number): Cue[] {
    const cue = WITHDRAWAL_NOUN.exec(s.text);
    if (!cue) return [];
    const cueStart = s.start + cue.index;
    const cueEnd = cueStart + cue[0].length;
    if (NOT_AN_INTERVENTION.test(this.body.slice(s.start, cueStart))) return [];
    const after = this.countriesIn(cueEnd, Math.min(s.end, cueEnd + 80));
    // "from" the host ("in" after a presence that ends), in the noun's own phrase: "The withdrawal ended, leaving
    // 5,000 British troops in Iraq" names those who stay
    const hostBefore = /(?:presence|mission|role)$/.test(cue[0]) ? IN_THE : WITHDRAWN_FROM;
    const from = after.find((c) => hostBefore.test(this.body.slice(cueEnd, c.m.start)));
    const before = this.countriesIn(s.start, cueStart);
    // "Philippines starts Iraq pullout": the country right before the noun is the host, the subject the sender
    const named =
      !from && /^\s+(?:troop\s+)?$/.test(this.body.slice(before[before.length - 1]?.m.end ?? cueStart, cueStart));
    const host = from ?? (named ? before.pop() : undefined);
    const of = from
      ? after.find((c) => c.m.start < from.m.start && FORCES_OF.test(this.body.slice(c.m.end, from.m.start)))
      : undefined;
    // else the country named last before the noun ("Britain's withdrawal", "Russia said the withdrawal of its …")
    const sender = of ?? before.filter((c) => c !== host).pop();
    if (!host || !sender || host.country === sender.country) return [];
    const found = this.presence(
      i,
      'WITHDRAWN',
      Math.min(sender.m.start, cueStart),
      Math.max(host.m.end, cueEnd),
      sender.country,
      host.country,
      null,
      null,
      null,
    );
    // "the withdrawal of 500 British troops from Iraq": the figure between the noun and the host
    const personnel = from ? this.personnel(s, cueEnd, from.m.start) : null;
    // "marked the end of their nine-year peacekeeping role in Bosnia", "ended their mission in": a mission over
    if (/^the\s+end|(?:mission|role)$/.test(cue[0])) found.rule = 'withdrawal-noun:mission-ended';
    return [withCount(found, personnel)];
  }

  /**
   * "US-led coalition forces in Iraq", "aimed at US-led coalition forces" in a sentence about Afghanistan: a coalition
   * or occupation a country leads has that country's forces where it is (rule `led-forces`): in the country right
   * after it ("in Iraq"), else the one other country the sentence names by name, else the one host the article has
   * put forces in. Not "the U.S.-led coalition"
   * alone, which countries contribute to from afar, nor "French-led African troops", which are the Africans'.
   */
  private ledForces(s: Sentence, i: number): Cue[] {
    if (!s.text.includes('-led')) return [];
    const cues: Cue[] = [];
    const countries = this.countriesIn(s.start, s.end);
    for (const leader of countries) {
      const led = LED_FORCES.exec(this.body.slice(leader.m.end, s.end));
      if (!led) continue;
      const end = leader.m.end + led[0].length;
      const after = countries.find((c) => c.m.start >= end && IN_THE.test(this.body.slice(end, c.m.start)));
      // a nationality names whom the sentence is about ("Spanish troops serving with …"), not where
      const named = countries.filter((c) => c.country !== leader.country && c.m.via !== 'DEMONYM');
      const others = new Set(named.map((c) => c.country));
      const host =
        after?.country ?? (others.size > 0 ? (others.size === 1 ? [...others][0] : null) : this.knownHost(null));
      if (!host || host === leader.country) continue;
      cues.push(this.presence(i, 'STATIONED', leader.m.start, end, leader.country, host, null, null, null));
    }
    return cues;
  }

  /** "Bahrain, home to the U.S. Navy's Fifth Fleet", "Djibouti, which hosts a French base": a presence there. */
  private homeTo(s: Sentence, i: number): Cue[] {
    const cue = s.text.includes('home to') || s.text.includes('host') ? HOME_TO.exec(s.text) : null;
    if (!cue) return [];
    const cueStart = s.start + cue.index;
    const cueEnd = cueStart + cue[0].length;
    const host = this.countriesIn(s.start, cueStart).pop();
    const owner = this.countriesIn(cueEnd, Math.min(s.end, cueEnd + 40)).find((c) =>
      HOSTED_FORCE.test(this.body.slice(c.m.end, s.end)),
    );
    if (
      !host ||
      !owner ||
      host.country === owner.country ||
      !/^[\s,]*(?:which\s+)?$/.test(this.body.slice(host.m.end, cueStart))
    )
      return [];
    return [this.presence(i, 'STATIONED', host.m.start, owner.m.end, owner.country, host.country, null, null, null)];
  }

  /**
   * "the arrival in Kigali of about 150 more troops that operated under … UNAMID": forces back in their own
   * country leave the one country where the article has put that country's forces.
   */
  private homecoming(s: Sentence, i: number): Cue[] {
    if (!/\b(?:arrival|return)/.test(s.text)) return [];
    for (const m of this.ix.mentionsIn(s.start, s.end)) {
      if (!('place' in m.ref) || m.via === 'DEMONYM' || !HOMECOMING.test(this.body.slice(s.start, m.start))) continue;
      const home = this.ix.countryOf(m.ref.place);
      const host = home ? this.knownHost(home) : null;
      const personnel = this.personnel(s, m.end, Math.min(s.end, m.end + 40));
      if (!home || !host || host === home || !personnel) continue;
      const start = this.body.lastIndexOf(/\breturn/.test(s.text) ? 'return' : 'arrival', m.start);
      return [withCount(this.presence(i, 'WITHDRAWN', start, personnel.end, home, host, null, null, null), personnel)];
    }
    return [];
  }

  /** The first country in [from, to) named after "to", "in" or "into" (demonyms aside), other than those in `except`. */
  private countryGoneTo(from: number, to: number, except: readonly string[]): string | null {
    return (
      this.countriesIn(from, to).find(
        (c) =>
          c.m.via !== 'DEMONYM' &&
          !except.includes(c.country) &&
          /\b(?:to|in|into)\s+(?:the\s+)?$/.test(this.body.slice(from, c.m.start)),
      )?.country ?? null
    );
  }

  /**
   * "about 70,000 U.S. troops will remain in the country", "had 101,000 troops in the country": when the text goes on
   * so, the one other country the sentence before names.
   */
  private countryCalled(i: number, text: string, except: string): string | null {
    return THE_COUNTRY.test(text) ? this.previousCountry(i, except) : null;
  }

  /**
   * "The Estonian military says 130 British soldiers are arriving in the country": the one other country the sentence
   * names before the verb, else the one the sentence before names.
   */
  private countryMeant(s: Sentence, i: number, verbStart: number, deploying: readonly string[]): string | null {
    const found = new Set(
      this.countriesIn(s.start, verbStart)
        .map((c) => c.country)
        .filter((c) => !deploying.includes(c)),
    );
    if (found.size > 1) return null;
    const [country] = found;
    return country ?? (deploying.length === 1 ? this.previousCountry(i, deploying[0] as string) : null);
  }

  /** The one country other than `except` the sentence before names (demonyms aside), if only one. */
  private previousCountry(i: number, except: string): string | null {
    const before = this.ix.a.sentences[i - 1];
    if (!before) return null;
    const found = new Set(
      this.countriesIn(before.start, before.end)
        .filter((c) => c.m.via !== 'DEMONYM' && c.country !== except)
        .map((c) => c.country),
    );
    return found.size === 1 ? ([...found][0] as string) : null;
  }

  /**
   * "under which about 3,000 French soldiers serve", "fewer than 150 U.S. soldiers were at the base": a presence
   * of the country named just before the forces, where the sentence puts them, else where the article has
   * already put that country's forces (and nowhere else).
   */
  private serving(s: Sentence, i: number): Cue[] {
    const cues: Cue[] = [];
    // most sentences name no forces, and skip the pattern
    if (!FORCE_WORD.test(s.text) && !s.text.includes('force')) return cues;
    const numbered = /number|total/.test(s.text) ? [...s.text.matchAll(NUMBERED)] : [];
    const matches: Array<[RegExpMatchArray, boolean]> = [
      ...[...s.text.matchAll(SERVING)].map((m): [RegExpMatchArray, boolean] => [m, false]),
      ...numbered.map((m): [RegExpMatchArray, boolean] => [m, true]),
    ];
    for (const [cue, isCount] of matches) {
      const forceStart = s.start + (cue.index as number);
      const cueEnd = forceStart + cue[0].length;
      // "Spanish soldiers, who at the last count numbered 1,432 on the ground in Iraq": the count after the verb
      const counted = isCount ? this.ix.quantitiesIn(s).find((q) => q.start === cueEnd && q.count !== null) : undefined;
      const owner = this.countriesIn(s.start, forceStart)
        .filter((c) => OWNER_BEFORE.test(this.body.slice(c.m.end, forceStart)))
        .pop();
      if (!owner) continue;
      // "The Dutch contingent in Mali numbers 450": the place may come before the count
      const where =
        this.placeAfter(s, cueEnd, owner.country) ??
        (isCount ? this.placeAfter(s, forceStart, owner.country) : undefined);
      const host =
        (where ? this.countryNamed(where) : null) ??
        this.countryCalled(i, this.body.slice(cueEnd, s.end), owner.country) ??
        this.knownHost(owner.country);
      if (!host || host === owner.country) continue;
      // "the 15,000-strong U.S. force serving in Bosnia": the figure is the force's size
      const before = Math.max(s.start, owner.m.start - 30);
      const strong = STRONG_BEFORE.exec(this.body.slice(before, owner.m.start));
      const personnel = strong
        ? {
            personnel: parseNumber(strong.groups?.size as string),
            qualifier: 'EXACT' as const,
            force: null,
            start: before + strong.index,
          }
        : counted
          ? { personnel: counted.count, qualifier: counted.qualifier, force: null, start: owner.m.start }
          : this.personnel(s, before, owner.m.start);
      const start = personnel?.start ?? owner.m.start;
      const location = this.locationOf(where);
      const found = this.presence(
        i,
        'STATIONED',
        start,
        where?.end ?? cueEnd,
        owner.country,
        host,
        location,
        null,
        null,
      );
      cues.push(withCount(found, personnel));
    }
    return cues;
  }

  /**
   * "It includes troops from Burundi, Uganda, Kenya, Sierra Leone and Djibouti": each country is present where
   * the force serves: a country the sentence puts it in, else the one the sentence before sends forces to
   * ("began deploying to Somalia"), else the one country where the article has put forces so far.
   */
  private contributors(s: Sentence, i: number): Cue[] {
    if (!/includ|compris|made up|involving/.test(s.text)) return [];
    const cue = CONTRIBUTORS.exec(s.text);
    if (!cue) return this.nationalities(s, i);
    const cueStart = s.start + cue.index;
    const cueEnd = cueStart + cue[0].length;
    const first = cue.groups?.units ? this.countriesIn(cueEnd, s.end).find((c) => c.m.start === cueEnd) : undefined;
    const listed = (first ? this.listAround(s, first.m) : this.forcesFrom(s)).filter((m) => m.start > cueStart);
    const deploying = listed.map((m) => this.countryNamed(m) as string);
    if (deploying.length === 0) return [];
    const host = this.forceHost(s, i, cueStart, deploying);
    if (!host) return [];
    const end = (listed[listed.length - 1] as EntityMention).end;
    return deploying.map((country) => this.presence(i, 'STATIONED', cueStart, end, country, host, null, null, null));
  }

  /**
   * "the 3,600 soldiers from the United States, France, Canada and Chile that have been in Haiti since March", "Troops
   * from Chad are stationed in Mali": forces named by the countries they come from, then told where they are, are
   * each country's presence there; a figure is the one country's only when one is named.
   */
  private fromPresent(s: Sentence, i: number): Cue[] {
    if (!s.text.includes(' from ')) return [];
    const cues: Cue[] = [];
    // each "from" before a name, then the force right before it: fewer places to try than every word of the sentence
    for (const from of s.text.matchAll(FROM_NAME)) {
      const window = Math.max(0, from.index - 40);
      const force = FORCE_BEFORE_FROM.exec(s.text.slice(window, from.index));
      if (!force) continue;
      const forceStart = s.start + window + force.index;
      const listAt = s.start + from.index + from[0].length;
      const first = this.countriesIn(listAt, s.end).find((c) => c.m.start === listAt);
      if (!first || first.m.via === 'DEMONYM') continue;
      const listed = this.listAround(s, first.m).filter((m) => m.start >= listAt);
      const last = listed[listed.length - 1] as EntityMention;
      const where = this.ix
        .mentionsIn(last.end, s.end)
        .find(
          (m) => 'place' in m.ref && m.via !== 'DEMONYM' && PRESENT_AFTER_LIST.test(this.body.slice(last.end, m.start)),
        );
      // "They will join contingents from the United Arab Emirates, Saudi Arabia and Bahrain": the forces joined are
      // where the sentence's own forces go
      const joined = !where && JOINED.test(this.body.slice(s.start, forceStart));
      const host = where
        ? this.countryNamed(where)
        : joined
          ? ((this.last && this.last.sentence >= i - 1 ? this.last.host : null) ?? this.knownHost(null))
          : null;
      const deploying = listed.map((m) => this.countryNamed(m) as string);
      if (!host || deploying.includes(host)) continue;
      const personnel =
        listed.length === 1 ? this.personnel(s, Math.max(s.start, forceStart - 30), forceStart + 1) : null;
      const start = personnel?.start ?? forceStart;
      for (const country of deploying) {
        const found = this.presence(
          i,
          'STATIONED',
          start,
          where?.end ?? last.end,
          country,
          host,
          this.locationOf(where),
          null,
          null,
        );
        cues.push(withCount(found, personnel));
      }
    }
    return cues;
  }

  /**
   * "They are part of a battalion involving Irish, Maltese, Polish and Hungarian personnel": a force told by the
   * nationalities of its forces, each present where the force serves (see forceHost).
   */
  private nationalities(s: Sentence, i: number): Cue[] {
    const cue = NATIONALITIES_IN.exec(s.text);
    if (!cue) return [];
    const cueStart = s.start + cue.index;
    const listAt = cueStart + cue[0].length;
    const first = this.countriesIn(listAt, s.end).find((c) => c.m.start === listAt && c.m.via === 'DEMONYM');
    if (!first) return [];
    const listed = this.listAround(s, first.m).filter((m) => m.start >= listAt);
    const last = listed[listed.length - 1] as EntityMention;
    if (!NATIONALITIES_FORCE.test(this.body.slice(last.end, s.end))) return [];
    const deploying = listed.map((m) => this.countryNamed(m) as string);
    const host = this.forceHost(s, i, cueStart, deploying);
    if (!host) return [];
    // a nationality whose forces the article has already put there tells nothing new
    const untold = deploying.filter((c) => !this.hosts.some((h) => h.deploying === c && h.host === host));
    return untold.map((country) => ({
      ...this.presence(i, 'STATIONED', cueStart, last.end, country, host, null, null, null),
      rule: 'contributors:nationalities',
    }));
  }

  /**
   * Where a force told by its contributors serves: a country the sentence puts it in before `cueStart`, else the one
   * the sentence before sends forces to ("began deploying to Somalia"), else the one country where the article has
   * put forces so far; none when that is one of the contributors.
   */
  private forceHost(s: Sentence, i: number, cueStart: number, deploying: readonly string[]): string | null {
    const before = this.ix.a.sentences[i - 1];
    const host =
      this.countryGoneTo(s.start, cueStart, deploying) ??
      (before && (FORCE_WORD.test(before.text) || /\b(?:deploy|sent\b|dispatched\b)/.test(before.text))
        ? this.countryGoneTo(before.start, before.end, deploying)
        : null) ??
      this.knownHost(null);
    return host && !deploying.includes(host) ? host : null;
  }

  /**
   * "with 850 Burundians, 800 Cameroonians, 500 from Gabon and 200 from Equatorial Guinea", "The force, which also
   * includes 900 French, 500 Canadians and 300 Chileans": a force told by its contingents one by one, each a figure
   * and its nationality, each present where the force serves (see forceHost). At least two contingents, so that
   * "with 300 French" alone (a unit, a crowd) is none, and only after a force is named and in no casualty sentence; a
   * contingent whose nationality the entity stage does not know
   * ("Burundians") keeps the list going without a fact of its own.
   */
  private composition(s: Sentence, i: number): Cue[] {
    const opening = COMPOSITION.exec(s.text);
    // the force is named before its contingents; "12 Malians and 3 Nigerians among the dead" are victims
    if (
      !opening ||
      HIT.test(s.text) ||
      !/\b(?:force|mission)\b|\btroops\b|\bsoldiers\b|\bpeacekeepers\b/.test(s.text.slice(0, opening.index))
    )
      return [];
    const listStart = s.start + opening.index + opening[0].length;
    const quantities = this.ix.quantitiesIn(s).filter((q) => q.start >= listStart && q.count !== null);
    const contingents: Array<{ start: number; end: number; count: number; qualifier: Cue['personnelQualifier'] }> = [];
    let at = listStart;
    for (const q of quantities) {
      if (q.start < at) continue;
      if (q.start !== at && !(contingents.length > 0 && CONTINGENT_SEPARATOR.test(this.body.slice(at, q.start)))) break;
      const named = CONTINGENT.exec(this.body.slice(q.end, s.end));
      if (!named) break;
      contingents.push({
        start: q.start,
        end: q.end + named[0].length,
        count: q.count as number,
        qualifier: q.qualifier,
      });
      at = q.end + named[0].length;
    }
    if (contingents.length < 2) return [];
    const owned = contingents.flatMap((c) => {
      const owner = this.countriesIn(c.start, c.end)[0];
      return owner ? [{ ...c, country: owner.country }] : [];
    });
    const host = this.forceHost(s, i, s.start + opening.index, [...new Set(owned.map((c) => c.country))]);
    if (!host) return [];
    return owned.map((c) =>
      withCount(this.presence(i, 'STATIONED', c.start, c.end, c.country, host, null, null, null), {
        personnel: c.count,
        qualifier: c.qualifier,
        force: null,
      }),
    );
  }

  /**
   * Where peacekeepers named without a host serve: the one other country the places of their paragraph lie
   * in (demonyms aside: "Dutch soldiers" are no place), else the country the article both names most and
   * whose places it names most ("told reporters in New York" alone makes no host).
   */
  private servedIn(s: Sentence, deploying: readonly string[]): string | null {
    const paragraph = this.ix.a.paragraphs[s.paragraph];
    const around = new Set(
      (paragraph ? this.ix.mentionsIn(paragraph.start, paragraph.end) : [])
        .filter((m) => 'place' in m.ref && m.via !== 'DEMONYM')
        .map((m) => this.countryNamed(m))
        .filter((c): c is string => c !== null && !deploying.includes(c)),
    );
    if (around.size === 1) return [...around][0] as string;
    if (around.size > 1) return null;
    const story = this.storyCountry(deploying);
    // "Zambian soldiers" many times over name a sender, not where the story happens
    const main = this.mainCountry(deploying, true);
    return story === null || story === main ? main : null;
  }

  /** The one country whose cities, regions and bases the article names most, other than `except`. */
  private storyCountry(except: string | readonly string[]): string | null {
    const others = typeof except === 'string' ? [except] : except;
    const counts = new Map<string, number>();
    for (const m of this.ix.a.mentions) {
      const country = 'place' in m.ref && !this.isCountry(m) ? this.ix.countryOf(m.ref.place) : null;
      if (country && !others.includes(country)) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
    const [first, second] = [...counts.entries()].sort((x, y) => y[1] - x[1]);
    return first && (!second || first[1] > second[1]) ? first[0] : null;
  }

  /** The country named most often in the article (first named on a tie), other than those in `except`. */
  private mainCountry(except: string | readonly string[], byName = false): string | null {
    const others = typeof except === 'string' ? [except] : except;
    const counts = new Map<string, number>();
    for (const m of this.ix.a.mentions) {
      const country = this.isCountry(m) && !(byName && m.via === 'DEMONYM') ? this.countryNamed(m) : null;
      if (country && !others.includes(country)) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [country, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = country;
    return best;
  }

  /** "to protect …", "to support …" after the verb, as a span. */
  private purposeAfter(s: Sentence, from: number): [number, number] | null {
    const m = PURPOSE.exec(this.body.slice(from, s.end));
    return m ? [from + m.index, from + m.index + m[0].length] : null;
  }

  /** The place a mention names when it is no country (a city, a base): where in the host the forces are. */
  private locationOf(m: EntityMention | undefined): string | null {
    return m && 'place' in m.ref && !this.isCountry(m) ? m.ref.place : null;
  }

  private isCountry(m: EntityMention): boolean {
    return 'place' in m.ref && this.ix.place(m.ref.place)?.kind === 'COUNTRY';
  }

  private presence(
    sentence: number,
    status: Status,
    start: number,
    end: number,
    deploying: string,
    host: string,
    location: string | null,
    forceType: string | null,
    purpose: string | null,
  ): Cue {
    return {
      sentence,
      explicit: true,
      evidence: spanOf(this.body, start, end),
      confidence: 0,
      deployingCountry: deploying,
      hostCountry: host,
      location,
      forceType,
      unitSize: null,
      personnel: null,
      personnelQualifier: null,
      status,
      purpose,
      orderedBy: null,
      event: null,
      occurredOn: null,
    };
  }
}

/**
 * "450 French marines rolled out at Durras, while nearly 200 Italian paratroopers landed at …": clauses joined
 * by ", while" or ";" each tell a movement of their own, with their own sender, verb and figure.
 */
function clauses(s: Sentence): Sentence[] {
  if (!s.text.includes(';') && !s.text.includes(' while ')) return [s];
  const parts: Sentence[] = [];
  let start = 0;
  for (const m of s.text.matchAll(CLAUSE_BREAK)) {
    parts.push({ ...s, start: s.start + start, end: s.start + m.index, text: s.text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start === 0) return [s];
  parts.push({ ...s, start: s.start + start, text: s.text.slice(start) });
  return parts;
}

/** A cue with the count of its forces, and their kind when the count names it ("300 troops"). */
function withCount(
  cue: Cue,
  count: { personnel: number | null; qualifier: Cue['personnelQualifier']; force: string | null } | null,
): Cue {
  cue.personnel = count?.personnel ?? null;
  cue.personnelQualifier = count?.qualifier ?? null;
  cue.forceType ??= count?.force ?? null;
  return cue;
}

function tagged(rule: string, cues: Cue[]): Cue[] {
  for (const c of cues) c.rule ??= rule;
  return cues;
}

/** One deployment per movement between two countries, per withdrawal, and per standing presence. */
function merge(body: string, cues: Cue[]): ExtractedDeployment[] {
  const groups = new Map<string, Cue[]>();
  const kindOf = (c: Cue) => {
    const kind =
      RANK[c.status] < 4 ? 'MOVEMENT' : c.status === 'WITHDRAWN' ? c.status : `${c.status}|${c.location ?? ''}`;
    return `${c.deployingCountry}|${c.hostCountry}|${kind}`;
  };
  // a presence told with two figures is two presences ("had 101,000 troops in 2011", "the 32,000 troops there now");
  // a presence told without one is the first told with one
  const firstSize = new Map<string, number>();
  for (const c of cues) {
    const kind = kindOf(c);
    if (c.status === 'STATIONED' && c.personnel !== null && !firstSize.has(kind)) firstSize.set(kind, c.personnel);
  }
  for (const c of cues) {
    const kind = kindOf(c);
    const size = c.status === 'STATIONED' ? (c.personnel ?? firstSize.get(kind)) : undefined;
    const key = size === undefined ? kind : `${kind}|${size}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const merged: ExtractedDeployment[] = [];
  for (const group of groups.values()) {
    const first = group[0] as Cue;
    const pick = <K extends keyof ExtractedDeployment>(key: K) => group.find((c) => c[key] !== null)?.[key] ?? null;
    const start = Math.min(...group.map((c) => c.evidence.start));
    const end = Math.max(...group.map((c) => c.evidence.end));
    const forceTypes = group.map((c) => c.forceType).filter((f): f is string => f !== null);
    const withUnit = group.find((c) => c.unitSize !== null);
    const rule = [...new Set(group.map((c) => c.rule ?? 'untagged'))].sort().join('+');
    merged.push(
      tagRule(
        {
          evidence: spanOf(body, start, end),
          // set from its rules' measured precision by tagRule
          confidence: 0,
          deployingCountry: first.deployingCountry,
          hostCountry: first.hostCountry,
          location: pick('location'),
          forceType: withUnit?.forceType ?? forceTypes.find((f) => !GENERIC_FORCE.test(f)) ?? forceTypes[0] ?? null,
          unitSize: withUnit?.unitSize ?? null,
          personnel: pick('personnel'),
          personnelQualifier: pick('personnelQualifier'),
          status: group.reduce((best, c) => (RANK[c.status] > RANK[best] ? c.status : best), first.status),
          purpose: pick('purpose'),
          orderedBy: pick('orderedBy'),
          event: null,
          occurredOn: pick('occurredOn'),
        },
        rule,
      ),
    );
  }
  return withPresenceSize(withoutBackground(merged)).sort((x, y) => x.evidence.start - y.evidence.start);
}

/**
 * In a story of forces leaving, an arrival told with no figure and no sender of its own ("The ex-Soviet republic,
 * which first sent troops to Iraq in September 2003, …": the sender carried from the sentences before) is the
 * withdrawal's background, which the annotators do not record as a movement of its own (rule `background`).
 */
function withoutBackground(deployments: ExtractedDeployment[]): ExtractedDeployment[] {
  return deployments.filter(
    (d) =>
      d.status !== 'ARRIVED' ||
      d.personnel !== null ||
      !ruleOf(d)
        .split('+')
        .every((rule) => rule.includes(':previous-sender:')) ||
      !deployments.some(
        (w) => w.status === 'WITHDRAWN' && w.deployingCountry === d.deployingCountry && w.hostCountry === d.hostCountry,
      ),
  );
}

/**
 * A withdrawal told with no figure of its own is of the force that was there: "The last French soldiers deployed in
 * Niger left the country" after "France had about 1,500 troops in Niger" withdraws those 1,500, as the annotators
 * record it (rule `presence-size`). Only when the article gives that pair's presence one size: two ("had 101,000 troops
 * in 2011", "the 32,000 there now") say nothing about which left.
 */
function withPresenceSize(deployments: ExtractedDeployment[]): ExtractedDeployment[] {
  for (const d of deployments) {
    // a cut is a part of the force, never the whole force that stays
    if (d.status !== 'WITHDRAWN' || d.personnel !== null || ruleOf(d).includes('reduction')) continue;
    const sizes = deployments.filter(
      (p) =>
        p.status === 'STATIONED' &&
        p.personnel !== null &&
        p.deployingCountry === d.deployingCountry &&
        p.hostCountry === d.hostCountry,
    );
    const figures = new Set(sizes.map((p) => p.personnel));
    if (figures.size !== 1) continue;
    const [presence] = sizes as [ExtractedDeployment];
    d.personnel = presence.personnel;
    d.personnelQualifier = presence.personnelQualifier;
    tagRule(d, `${ruleOf(d)}+presence-size`);
  }
  return deployments;
}

export function extractDeployments(a: AnalyzedArticle): ExtractedDeployment[] {
  return new DeploymentFinder(indexArticle(a)).run();
}
