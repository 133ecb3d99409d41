/**
 * Statements: direct quotes and reported speech, each tied to who said it, with the verb, the addressee
 * ("told Reuters"), the outlet that carried it ("his office said in a statement", "agencies quoted X as
 * saying") and the day. Conventions follow the curated seed: a quote's text is the quoted words without
 * the quote marks and without the comma that hands over to the attribution (a final full stop inside the
 * quote stays); reported speech is the reported clause without "that" and without a trailing attribution;
 * a quoted fragment inside reported speech is a direct quote of its own with the same attribution.
 *
 * Quoted text is masked before the reported-speech patterns run, so words inside quotes never act as
 * speech verbs or boundaries; offsets are those of the body throughout.
 */
import type { SeedActorRef } from '../seed/seed-file.js';
import { type ArticleIndex, actorOf, indexArticle, spanOf } from './article-index.js';
import { MONTH, WEEKDAY } from './dates.js';
import { ruleOf, tagRule } from './rules.js';
import type { AnalyzedArticle, EntityMention, ExtractedStatement, Segment } from './types.js';

/** What a body issues in its own words: a statement, or the communiqué of French-speaking governments and armies. */
const STATEMENT_NOUN = 'statement|communiqu[eé]';
const STATEMENT_WORD = new RegExp(String.raw`\b(?:${STATEMENT_NOUN})(?!\w)`, 'i');
/** "the statement", "the communiqué from the presidency": a document as a speaker, and who issued it. */
const THE_STATEMENT = new RegExp(String.raw`^the (?:${STATEMENT_NOUN})(?:\s+(?:from|by)\s+(.+))?$`, 'i');

interface Quote {
  /** The opening and closing quote marks (or the full stop ending a paragraph whose closing mark was lost). */
  open: number;
  close: number;
  /** Position in the article's list of quotes. */
  index: number;
}

interface Unit {
  start: number;
  end: number;
  paragraph: number;
  /** The unit before it in the article, if any. */
  previous: Unit | null;
  /** The quotes inside it, in text order. */
  quotes: Quote[];
}

interface Attribution {
  speaker: SeedActorRef | null;
  speakerSpan: Segment;
  verb: string;
  addressee: SeedActorRef | null;
  addresseeLabel: string | null;
  outlet: string | null;
  outletLabel: string | null;
  /**
   * How the speaker was found when not plainly: past a role in apposition ('"…," X, a role, said'), or as the subject
   * left out after "and"/"but" ("X called it "…," but said …"), or past a clause's last quote that holds the
   * handing-over comma ('… "as planned," X said.'), or as the holder of an organization's role ('"…," said ISAF
   * spokesman Lt. Col. X'), or as the one who names a thing by the quoted words ('X described the attack as a "…"'),
   * or as the organization an "it" that speaks stands for, or as a person named "of" a body ("Col X of the French
   * military headquarters"), or as the subject of a passive "was quoted", or as the issuer of the statement the
   * article last named ("the statement continued"), or past what the quote is about ('X said of the troops: "…"'), or
   * before a participle phrase setting the scene ('"…", said X addressing the contingent'), or as the person whose office
   * issued it ("Chirac's office said"). Tagged as a variant of the rule (rules.ts).
   */
  via?:
    | 'apposition'
    | 'elided'
    | 'quote-comma'
    | 'role-holder'
    | 'framed-as'
    | 'it'
    | 'person-of'
    | 'passive-quoted'
    | 'issuer'
    | 'said-of'
    | 'scene'
    | 'document-reads'
    | 'office';
}

const VERBS =
  'said|says|say|told|tells|tell|added|adds|stated|announced|claimed|insisted|warned|denied|confirmed|explained|noted|indicated|reiterated|specified|pointed out|argued|acknowledged|admitted|declared|maintained|alleged|stressed|predicted|reported';
const QUOTE_VERBS = `${VERBS}|asked|replied|wrote|tweeted|continued|recalled`;
/** A sentence that only attributes: a name and a speech verb, then at most a short tail ("Kalın asked."). */
const ATTRIBUTION_SENTENCE = new RegExp(
  `^\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:${QUOTE_VERBS})\\b[^"“”‘’]{0,60}$`,
  'u',
);
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, 'g');
/** The same, for a yes or no: a global pattern's `test` would carry its position from one text to the next. */
const VERB_WORD = new RegExp(VERB_RE.source);
/** "said here June 21", "said there on May 3": where and on what date a dateline's speaker spoke. */
const HERE_OR_DATE = `here|there|(?:on )?${MONTH} \\d{1,2}`;
const CAPITALIZED_WORDS = "[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*)*";
/** What may stand between a speech verb and what was said ("said on Thursday in a statement that"). */
const MODIFIER = new RegExp(
  `^\\s*(?:(?:early |late |earlier |later )?(?:on )?${WEEKDAY}(?: (?:morning|afternoon|evening|night))?|on \\w+ \\d{1,2}|last (?:week|month|night|year)|in (?:early |late |mid-)?${MONTH}|yesterday|today|earlier|later|again|also|separately|however|though|in (?:a|its|his|her|their) (?:${STATEMENT_NOUN}|speech|interview|televised address|message|post|letter|report)(?: (?:on|to|with|from) ${CAPITALIZED_WORDS}| (?:issued|released|posted|published) (?:in|by|from|on|through) (?:${CAPITALIZED_WORDS}|(?:his|her|its|their) (?:spokes(?:man|woman|person)|office|press office)))?|in an (?:interview|address|email|emailed statement)(?: (?:on|to|with) ${CAPITALIZED_WORDS}(?: service| program)?)?|at an? (?:news|press) (?:conference|briefing)|at a briefing|on (?:Twitter|Facebook|X|Telegram|state television|television|radio|the radio|its website)|by (?:telephone|phone)|in remarks(?: to ${CAPITALIZED_WORDS})?|${HERE_OR_DATE})(?=[\\s,.]|$)`,
);
const SUBJECT_LEAD = new RegExp(
  `^(?:(?:and|but|meanwhile|however|also|so|yet|then|separately|instead|later|earlier|still|now|(?:early |late |earlier |later )?on ${WEEKDAY}|(?:in|at|during) (?:a|an|his|her|its|their) (?:[\\w-]+ ){0,2}?(?:${STATEMENT_NOUN}|speech|interview|address|event|briefing|news conference|press conference|rally|ceremony)(?: on ${WEEKDAY})?)\\b[\\s,]*)+`,
  'i',
);
// "Stoltenberg on March 17 said", "X late on Friday said": the day the subject spoke, set between it and the verb
const SUBJECT_TAIL = new RegExp(
  `(?:\\s+(?:also|later|earlier|previously|again|repeatedly|separately|reportedly|has|have|had|would|will|then|once|further|publicly|privately|subsequently|first|himself|herself|itself|quickly|immediately|firmly|flatly|openly|bluntly|angrily|strongly|quietly|briefly|initially|recently|(?:early |late )?on (?:${WEEKDAY}|${MONTH} \\d{1,2})))+$`,
  'i',
);
const SUBJECT_REJECT =
  /^(?:in|on|at|after|before|for|with|from|to|by|as|of|if|when|because|than|since|during|under|over|what|how|why|where|not|never|it was|there)\b|\b(?:that|which|who|whom|whose|did|does|do|not|is|are|was|were|would|will|could|should|can|may|might|must|had|has|have)\b/i;
const SUBJECT_ACCEPT =
  /^(?:the|a|an|his|her|its|their|our|my|one|two|three|some|several|many|most|both|each|another|he|she|they|we|i|it|you)\b|^[A-Z]|\b(?:officials|police|witnesses|residents|authorities|activists|analysts|diplomats|sources|doctors|medics|rescuers|organizers|organisers|prosecutors|investigators|protesters|lawmakers|observers|experts|spokesman|spokeswoman|spokesperson|reports|media)(?:\s+in\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)?$/;
/**
 * Words after an organization that still make it the speaker ("a Kremlin spokesman", "the ministry's statement",
 * "… Democracy (NLD)", "A U.N. spokeswoman in Sudan", "A UN military spokesman"); a person's office speaks for that person
 * ("Chirac's office said", "a statement from Mogae's office"), as news English names a head of state's staff.
 */
const SPEAKING_FOR = new RegExp(
  String.raw`^(?:['’]s|\([A-Z]{2,8}\))?\s*(?:${STATEMENT_NOUN}|letter|memo|message|report|(?:(?:(?:military|defen[cs]e|peacekeeping|senior|top|press)\s+)?(?:spokesman|spokeswoman|spokesperson|official|officials|representative)(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?)|press service|(?:press\s+|media\s+)?office|source|sources|envoy)?$`,
  'i',
);
/** A label that ends on someone's office ("Chirac's office", "a statement from Mogae's press office"). */
const OFFICE_OF = /['’]s\s+(?:press\s+|media\s+)?office$/i;
/** What may stand between a speaker and the verb: a day, an age, a role set off by commas. */
const APPOSITION_TO_VERB = new RegExp(`^(?:\\s+on\\s+${WEEKDAY})?,(?:\\s*[^"“”,_]{1,100},)?\\s*$`);
/** A role after a speaker's name, up to the verb (", a member of the free-market VVD, the country's largest party"). */
const APPOSITION_AFTER_NAME = /^,\s+(?:an?\s+|the\s+|(?=\p{Ll}))[^"“”_;:]{1,120}$/u;
/** Capitalized words, maybe joined by "of", "the" or "and" ("Triangle of Death", "NATO, NATO"): a name or a chant. */
const NAME_IN_QUOTES = /^\p{Lu}\S*(?:\s+(?:(?:of|the|and|de|al)\s+)*\p{Lu}\S*)*$/u;
/** A linking verb right before a quote mark ("was “horrified.”", "remained "very tense""). */
const PREDICATE_BEFORE =
  /\b(?:is|was|are|were|remains?|remained|seems?|seemed|appears?|appeared|looks?|looked|feels?|felt)\s+(?:very\s+|so\s+|too\s+)?["“]$/;
/**
 * An attribution that names a statement ("X said in a joint statement", "X's statement"), up to its sentence's end. A
 * communiqué is read as a statement wherever one is (the word of governments and armies in French-speaking countries).
 */
const STATEMENT_ISSUED = new RegExp(String.raw`^[^.;"“”]*\b(?:${STATEMENT_NOUN})(?!\w)`, 'i');
/** A document and the words that address it: the label stops before them. */
const DOCUMENT_TO = /^(.*?\b(?:letter|memo|message|note|report|document|cable)s?)\s+(?:addressed\s+)?to\s/i;
const PRONOUN = /^(?:he|she|they|we|i|it)$/i;
/**
 * A speaker no actor stands behind is kept only when the label is an anonymous source, indefinite (not a document:
 * "a statement from …") or plural ("a senior defense official", "a young monk", "U.S. military authorities in
 * Afghanistan", "witnesses"): a definite description ("the
 * spokesman"), a pronoun left unresolved or a name the entity stage missed stood for a named person the statement
 * was then not given to, and was wrong on unseen text more often than right.
 */
const ANONYMOUS_SOURCE = new RegExp(
  String.raw`^(?!(?:the|this|that|these|those|his|her|its|their)\b)(?:(?:an?|one)\s+(?!(?:[\w.'’-]+\s+){0,3}?(?:${STATEMENT_NOUN}|report|letter|memo|message|document|cable)s?(?!\w))[\w.'’-]+(?:\s+[\w.'’-]+){0,4}|(?:[\w.'’-]+\s+){0,3}?(?:officials|authorities|witnesses|residents|lawmakers|leaders|sources|diplomats|analysts|reports))(?:\s+(?:in|with|at|from|to|of)\s+.*)?$`,
  'i',
);
/**
 * What cannot open a clause reported without "that" ("said in …", "said via telephone from …", "said nothing", "told
 * reporters shortly after …").
 */
const NOT_A_CLAUSE =
  /^(?:(?:(?:shortly|soon|just|right|long|moments|minutes|hours|days|weeks)\s+(?:after|before)|in|on|at(?!\s+(?:least|most)\b)|by|via|for|with|from|to|of|as|after|before|during|while|when|if|because|so|and|but|or|than|nothing|yes|no(?! one\b)(?!\s+(?:[\w-]+\s+){1,4}?(?:would|will|had|has|have|was|were|is|are|could|can)\b)|goodbye|hello|sorry|thanks)\b|[^\p{L}\p{N}])/iu;
/** Verbs whose clause may come without "that"; for the others ("announced", "reported") an object is more often a noun. */
const BARE_CLAUSE_VERBS = /^(?:said|says|say|told|tells|tell)$/;
const FOLLOW_UP = /[,]?\s+(?:but|and)\s+(?:also\s+)?(offered|promised|pledged|vowed|threatened|refused|agreed)\s+to\b/g;
/** Participles that hand over a clause with or without "that" (", saying he was …"), and those that need "that". */
const BARE_PARTICIPLES = 'adding|saying';
const THAT_PARTICIPLES = 'insisting|declaring|stressing|arguing|warning|noting|highlighting';
/** Every participle that hands over a clause, for the coreference of "…, he said, highlighting that". */
export const PARTICIPLES = `${BARE_PARTICIPLES}|${THAT_PARTICIPLES}`;
const PARTICIPLE_VERB: Record<string, string> = {
  adding: 'added',
  saying: 'said',
  insisting: 'insisted',
  declaring: 'declared',
  stressing: 'stressed',
  arguing: 'argued',
  warning: 'warned',
  noting: 'noted',
  highlighting: 'highlighted',
};
/**
 * A participle clause the sentence's opening actor says: ", saying …", ", adding …", and verbs that take a noun as
 * often as a clause only with "that" ("General X spoke first, insisting that …").
 */
const PARTICIPLE_CLAUSE = new RegExp(
  `(?:,|["”])\\s+(?:(${BARE_PARTICIPLES})\\s+(?:that\\s+)?|(${THAT_PARTICIPLES})\\s+that\\s+)`,
  'g',
);
/**
 * What ends a reported clause: a writer's aside (", a move followed by …"), the speaker's next act ("…, and called on
 * armed groups …", "…, but gave no specifics", "… but declined to say"), the writer's word on the subject ("… and he is
 * believed to have fled"), or the next line of a list of highlights ("\n • The Taliban says …").
 */
const CLAUSE_END =
  /,\s+(?:according to)\s|,\s+a\s+(?:move|decision|step)\s+(?:that|which|followed|seen|welcomed|criticized|condemned)\b|,\s+and\s+(?:also\s+)?(?:called|urged|appealed|asked|demanded|condemned|expressed)\b|,?\s+but\s+(?:gave no|(?:declined|refused) to (?:say|give|comment|elaborate|provide|name|specify|identify)|did not (?:give|say|elaborate|specify))\b|\s*\n\s*[•·▪]\s|,?\s+and\s+(?:he|she|they|it)\s+(?:is|was|are|were)\s+(?:believed|thought|understood|reported|said)\s+to\b/;
/** A participle clause a quote stands in (", highlighting that "…"", ", declaring that it is "…""). */
const PARTICIPLE_HEAD = new RegExp(
  `,\\s+(?:also\\s+)?(${PARTICIPLES})(?:\\s+that)?[\\s,:]+(?:[^"“”_,;:]{1,30}?\\s+)?$`,
);
/** 'described the worst strike … as a "…"': a verb that names its object by the quoted words (up to 160 characters). */
const FRAMING_AS_VERBS = 'described|condemned|denounced|hailed|praised|lauded|branded|labell?ed';
const FRAMED_AS = new RegExp(String.raw`\b(${FRAMING_AS_VERBS})\b[^"“”_;:.]{1,160}?\bas\s+(?:an?\s+|the\s+)?$`);
/** 'was condemned by Chancellor X as a "…"': the same verb in the passive, its speaker after "by". */
const FRAMED_AS_BY = new RegExp(
  String.raw`\b(?:was|were|has been|have been|had been)\s+(${FRAMING_AS_VERBS})\s+by\s+([^"“”_,;:]{1,80}?)\s+as\s+(?:an?\s+|the\s+)?$`,
);
/** Verbs that frame a quote as their object's words ("expressed “outrage”", "called the assault “a … attack”"). */
const HEAD_FRAMING =
  /\b(expressed|called|condemned|described|denounced|thanked|praised|hailed|welcomed)\b([^"“”_,;:]{0,60}?)\s*$/;
const TRAILING = new RegExp(
  `,\\s+([^,;:"“”_]{1,80}?)(?:,\\s+(?:an?|the)\\s+[^,;:"“”_]{1,80}?,)?\\s+(?:(?:have|has|had)\\s+)?(said|says|reported|added|announced|confirmed|stated|told (?:reporters|journalists|(?:the\\s+)?[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)*(?:\\s+(?:news agency|news service|newspaper|television))?))((?:\\s+(?:in (?:a|its|his|her|their) statement|in a report|on ${WEEKDAY}|late on ${WEEKDAY}|${WEEKDAY}|on (?:the )?condition of anonymity|on its (?:website|Facebook page|Twitter account)|separately|on state television|${HERE_OR_DATE}|citing [^,;:]+))*)\\s*[.!?]?\\s*$`,
);
const MIDDLE = new RegExp(
  `,\\s+([^,;:"“”_]{1,40}?)\\s+(said|says|reported)((?:\\s+(?:in a statement|on ${WEEKDAY}|late on ${WEEKDAY}))*),\\s+`,
);
/** A phrase that sets the time or the manner and holds no clause ("For the first time", "In the past week"). */
const ADVERBIAL_OPENING =
  /^\s*(?:For|In|On|At|By|After|Before|Since|Until|During|Over|Within|Without|Despite)\s+(?:the|a|an|this|that|its|their|his|her|recent|last|past|several)\b[^,;:"“”_]{0,30}$/;
/** "Interfax quoted X as saying …", "AFP reported X as saying …": an outlet carrying someone's words. */
const QUOTED_AS_SAYING = /\b(quoted|reported)\s+/g;
/**
 * "…, said Tomas Berg(, a spokesman for the mission, known as …)": the speaker, and a role or a clause of
 * his in apposition after it (", calling the incident a “…”", ", who refrained from …").
 */
const TRAILING_INVERTED =
  /,\s+(said|says|added)\s+([^,;:"“”_]{1,80}?)(?:,\s+(?:an?\s+|the\s+|(?=[a-z]))[^;:]{1,160}?)?\s*[.!?]?\s*$/;
/** "…, Lithuania's military spokesman, Andrius Dilda, said." / "…, said a spokesman for the army, John Smith.": a role, then the name. */
const TRAILING_ROLE_NAME = /,\s+([^,;:"“”_]{1,80}?),\s+([^,;:"“”_]{1,60}?),\s+(said|says|added)\s*[.!?]?\s*$/;
const TRAILING_INVERTED_ROLE_NAME = /,\s+(said|says|added)\s+([^,;:"“”_]{1,80}?),\s+([^,;:"“”_]{1,60}?)\s*[.!?]?\s*$/;
/**
 * What an inverted attribution names when no actor is recognised in it ("…, said the spokesman"): a noun
 * for who speaks, so that ", said the attack took place …" (a subject's verb and its clause) is no speaker.
 */
const INVERTED_SPEAKER = new RegExp(
  String.raw`^(?:he|she|they)$|\b(?:spokes(?:man|woman|person)|officials?|officers?|commander|minister|sources?|${STATEMENT_NOUN}|police|witness(?:es)?|residents?|analysts?|diplomats?|leaders?|chief|head|agency|ministry|army|military|government)$`,
  'i',
);
/** A clause opening on a verb in the past ("indicated at least four died"), whose subject is left before it. */
const FIRST_VERB =
  /^(?:also\s+|later\s+|\p{Ll}+ly\s+)?(?:\p{Ll}+ed|told|gave|made|took|spoke|sent|wrote|met|left|stood|held|kept|saw|came|went)\b/u;
/** What may open a sentence before a person set off by commas: a role, then ranks ("The U.S. commander, Lt. Gen. "). */
/** Ranks as papers abbreviate them before a name ("Lt. Col.", "Brig Gen"). */
const RANK_ABBREVIATION = String.raw`(?:Gen|Lt|Col|Sgt|Capt|Maj|Adm|Cpl|Brig|Cmdr)\.?\s+`;
const ROLE_AND_RANK = new RegExp(
  String.raw`^(?:(?:the|a|an)\s+[^,;:"“”_]{1,80},\s*)?(?:${RANK_ABBREVIATION}|(?:Lieutenant|Brigadier|Major|General|Colonel|Captain|Sergeant|Admiral|Corporal|Commander)\s+)*$`,
  'i',
);
/** A subordinating word: a subject starts after it ("The plan comes as officials tell VOA that …"). */
const SUBORDINATOR = /\b(?:as|while|because|although|though|whereas|when)\s+/g;
const INTRODUCTORY =
  /^\s*(?:Having|Speaking|Asked|Referring|Responding|Commenting|Pressed|Writing|Addressing|Visiting|Touring)\b[^,;]*,/;
const TRAILING_ACCORDING = /,\s+according to\s+([^,;:"“”_]{1,80}?)\s*[.!?]?\s*$/;
const LEADING_ACCORDING = /^\s*According to\s+([^,;:"“”_]{1,80}?),\s+/;
const TAIL_INVERTED = new RegExp(`^\\s*,?\\s*(${QUOTE_VERBS})\\s+`);
const TAIL_QUOTED = /^\s*,?\s*([^,;:"“”_]{1,60}?)\s+quoted\s+([^,;:"“”_]{1,80}?)\s+as\s+saying\b/;
/** '"…," X was quoted by state media.': the passive of the same, ending the sentence (an outlet after "by" or none). */
const TAIL_PASSIVE_QUOTED =
  /^\s*,?\s*([^,;:"“”_]{1,80}?)\s+(?:was|were)\s+quoted(?:\s+as\s+saying)?(?:\s+(?:by|in)\s+([^,;:"“”_]{1,60}?))?\s*[.!?]?\s*$/;
/**
 * '"…" a statement issued yesterday by the UN office in Tanzania reads in part': a document that "reads" the quote
 * speaks for whoever issued it, named in its label.
 */
const DOCUMENT_READS = new RegExp(
  String.raw`^\s*,?\s*((?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:${STATEMENT_NOUN}|letter|message)\b[^;:"“”_.]{0,80}?)\s+reads?\b`,
);
const TAIL_NORMAL = new RegExp(
  `^\\s*,?\\s*([^;:"“”_]{1,160}?),?\\s+(?:also\\s+|later\\s+|then\\s+)?(${QUOTE_VERBS})\\b`,
);
const HEAD_QUOTED = /(?:^|[\s,])([^,;:"“”_]{1,60}?)\s+quoted\s+([^,;:"“”_]{1,80}?)\s+as\s+saying[:,]?\s*$/;
// the last speech verb before the quote ("confirmed the deployment and said: "…""): no other one in what follows it
const HEAD_NORMAL = new RegExp(`\\b(${QUOTE_VERBS})\\b((?:(?!\\b(?:${QUOTE_VERBS})\\b)[^"“”_]){0,60}?)\\s*[,:]?\\s*$`);
/** A participle phrase after an inverted speaker ("… said President Lula addressing the contingent"). */
const SCENE_AFTER_SPEAKER = /\s+(?:addressing|speaking|visiting|standing|referring|responding|writing)\b[\s\S]*$/;
/** 'X said of the troops: "…"': what the quote is about, between the verb and the colon that hands over to it. */
const SAID_OF = /^\s+of\s+(?:the|them|it|him|her|his|their|its|this|that|these|those)\b[^,;]{0,40}$/;
const NP_AFTER =
  /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Sen|Rep|Gov|Prof|St|Adm|Cpl|Pte|Gen)\.\s+|[^,.;:!?"“”_\n])+/;
const TITLE_BEFORE_NAME =
  /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Maj|Sen|Rep|Gov|Prof|Adm|Cpl)\.?\s+|(?:(?:Lieutenant|Brigadier|Major)\s+)?(?:General|Colonel|Captain|Major|Lieutenant|Sergeant|Admiral|Corporal|Commander)\s+)?$/;
/** A possessor and its role before a name, after an inverted verb ("said Ramaphosa’s spokesperson Vincent Magwenya"). */
const POSSESSOR_ROLE =
  /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}spokes(?:man|woman|person)\s+$/u;
/**
 * An organization's role and a ranked name after an inverted verb ("said ISAF spokesman Lt. Col. Paul Kolken", "said
 * U.N. spokesman Stephane Dujarric"): the named person holds the role and speaks, not the organization.
 */
const ORGANIZATION_ROLE = new RegExp(
  String.raw`^(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:[\p{Ll}-]+\s+){0,2}(?:spokes(?:man|woman|person)|commander|chief|official)\s+(?:${RANK_ABBREVIATION})*$`,
  'u',
);
/**
 * A role that a person's name set off by commas stands for ("Lithuania's military spokesman, Andrius Dilda, said",
 * "declared a lieutenant in the Nigerien army, Salim Ibrahim", "Colonel X, spokesman of the Burundian army said").
 */
const ROLE_NOUNS =
  '(?:spokes(?:man|woman|person)|official|minister|secretary|commander|chief|head|director|officer|lieutenant|captain|colonel|general|major|sergeant|admiral|envoy|ambassador|adviser|advisor|aide|representative|president|governor|mayor|leader|member|deputy|coordinator|analyst|resident|witness|survivor|sister|brother|wife|husband|mother|father|son|daughter|widow|cousin)';
const ROLE_NOUN = new RegExp(`\\b${ROLE_NOUNS}\\b`, 'i');
/**
 * What may stand before a sentence's opening actor: a scene set off by a comma ("Soon after taking oath …, "), then
 * capitalized titles ("Army Chief of Staff General") or a lower-case role ("pro-China leader").
 */
const OPENING_SUBJECT = new RegExp(
  `^(?:(?:(?:Soon|Shortly|Just|Hours|Days|Weeks)\\s+(?:after|before)|After|Before|On|In|At|During|Following)\\b[^,;:"“”_]{1,80},\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:${ROLE_NOUNS}\\s+)?(?:(?:\\p{Lu}[\\p{L}.'’-]*|of)\\s+)*$`,
  'u',
);
/**
 * "told CNN they will …", "told the Reuter News Agency he would …", "told Georgian TV the servicemen …": a name the
 * entity stage does not know, ended by the subject of the clause told.
 */
const NAMED_ADDRESSEE =
  /^((?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4})(?=\s+(?:he|she|they|we|it|i|the|its|his|her|their|no|there)\s)/u;
const ADDRESSEES =
  /^(?:reporters|journalists|lawmakers|parliament|supporters|the crowd|state television|state media)\b/i;

/** A speech verb just before a quote mark ("said", "said:", "said on Saturday,"). */
const HANDS_OVER = new RegExp(`\\b(?:${QUOTE_VERBS})(?:\\s+on\\s+${WEEKDAY})?\\s*[,:]?\\s*$`);

const DOUBLED_OPENING = /[`‘']/;

/**
 * A page that quotes in single marks, as British papers do ("'…,' said Captain Peter Flynn"): no double mark anywhere,
 * and at least two single closing marks after the punctuation that ends a quote, followed by an attribution or a
 * paragraph's end (an apostrophe ends a word, not a quote: "soldiers' lives").
 */
const SINGLE_CLOSE = /[,.!?]['’](?=\s+(?:said|says|added|he|she|they|we)\b|\s*\n|\s*$)/g;
const quotesInSingleMarks = (body: string) => !/["“”]/.test(body) && (body.match(SINGLE_CLOSE)?.length ?? 0) >= 2;

/** Quote pairs in text order; a quote left open at a paragraph's end continues when the next paragraph opens with a quote mark. */
export function findQuotes(body: string, paragraphs: Segment[]): Quote[] {
  const quotes: Quote[] = [];
  const paras = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: body.length, text: body }];
  const single = quotesInSingleMarks(body);
  const opens = (c: string | undefined) => c === '"' || c === '“' || (single && (c === "'" || c === '‘'));
  let open = -1;
  let reopening = -1;
  paras.forEach((para, p) => {
    for (let i = para.start; i < para.end; i++) {
      const c = body[i];
      if (i === reopening) continue;
      if (
        single &&
        open < 0 &&
        (c === "'" || c === '‘') &&
        (i === para.start || /[\s(]/.test(body[i - 1] as string)) &&
        /[\p{L}\p{N}]/u.test(body[i + 1] ?? '')
      )
        open = i;
      else if (
        single &&
        open >= 0 &&
        (c === "'" || c === '’') &&
        /[,.!?]/.test(body[i - 1] as string) &&
        (i + 1 >= para.end || /[\s)]/.test(body[i + 1] as string))
      ) {
        quotes.push({ open, close: i, index: quotes.length });
        open = -1;
      } else if (c === '“' || (c === '"' && open < 0)) open = i;
      // '….”We will be completely neutral …,” X said': a closing mark with no quote open, a capital right after it, is
      // an opening one misprinted
      else if (c === '”' && open < 0 && /\p{Lu}/u.test(body[i + 1] ?? '')) open = i;
      // ``…’’, ‘‘…’’ and ''…'': a double quote typed as two single marks (the quote runs from the first to the last)
      else if ((c === '`' || c === '‘' || c === "'") && body[i + 1] === c && open < 0) open = i++;
      else if (
        (c === '’' || c === "'") &&
        body[i + 1] === c &&
        open >= 0 &&
        DOUBLED_OPENING.test(body[open] as string) &&
        (c === '’' || body[open] === "'")
      ) {
        quotes.push({ open, close: ++i, index: quotes.length });
        open = -1;
      } else if ((c === '”' || c === '"') && open >= 0) {
        quotes.push({ open, close: i, index: quotes.length });
        open = -1;
      }
    }
    const next = paras[p + 1];
    if (open >= 0 && next && opens(body[next.start])) reopening = next.start;
    else {
      // 'The Defense Ministry said "This reduction … forces.' with its closing mark lost: the quote runs to the
      // paragraph's end, when a speech verb hands over to it and the paragraph ends a sentence
      const last = para.end - 1;
      if (
        open >= 0 &&
        /[.!?]/.test(body[last] as string) &&
        HANDS_OVER.test(body.slice(Math.max(para.start, open - 30), open))
      )
        quotes.push({ open, close: last, index: quotes.length });
      open = -1;
    }
  });
  return quotes;
}

function words(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

class StatementFinder {
  readonly out: ExtractedStatement[] = [];
  private readonly body: string;
  private readonly masked: string;
  private readonly quotes: Quote[];
  private readonly attributed = new Map<Quote, ExtractedStatement>();

  constructor(private readonly ix: ArticleIndex) {
    this.body = ix.a.body;
    this.quotes = findQuotes(this.body, ix.a.paragraphs);
    const chars = this.body.split('');
    for (const q of this.quotes) for (let i = q.open + 1; i < q.close; i++) chars[i] = '_';
    this.masked = chars.join('');
  }

  run(): ExtractedStatement[] {
    for (const unit of this.units()) this.unit(unit);
    this.out.sort((x, y) => x.evidence.start - y.evidence.start || x.evidence.end - y.evidence.end);
    this.inheritOutlets();
    const kept: ExtractedStatement[] = [];
    for (const s of this.out) {
      if (s.speaker !== null || ANONYMOUS_SOURCE.test(s.speakerSpan.text)) kept.push(s);
      else if (this.unnamedAgain(s, kept)) kept.push(tagRule(s, `${ruleOf(s)}-again`));
    }
    return kept.filter((s, i) => !kept.slice(0, i).some((earlier) => repeats(earlier, s)));
  }

  /**
   * '"…," an airport security officer told AFP. "…," he said.' / '… a ministry official said. "…," the official said.':
   * a "he" or "she" right after an unnamed source's statement, with no person named between, or "the" and the same
   * noun as an unnamed source's within two paragraphs, is that source again, still unnamed.
   */
  private unnamedAgain(s: ExtractedStatement, kept: ExtractedStatement[]): boolean {
    const label = s.speakerSpan.text;
    const earlier = kept.filter((k) => k.speakerSpan.end <= s.speakerSpan.start);
    const own = this.paragraphOf(s.speakerSpan.start);
    const within = (k: ExtractedStatement, n: number) => own - this.paragraphOf(k.speakerSpan.start) <= n;
    if (/^(?:he|she)$/i.test(label)) {
      const last = earlier.sort((x, y) => x.speakerSpan.end - y.speakerSpan.end).pop();
      return (
        !!last &&
        last.speaker === null &&
        within(last, 1) &&
        !this.ix.mentionsIn(last.speakerSpan.end, s.speakerSpan.start).some((m) => 'person' in m.ref)
      );
    }
    const head = DEFINITE_HEAD.exec(label)?.[1];
    if (!head) return false;
    const noun = headNoun(label);
    return earlier.some((k) => k.speaker === null && within(k, 2) && headNoun(k.speakerSpan.text) === noun);
  }

  /** The index of the paragraph an offset is in (-1 between paragraphs). */
  private paragraphOf(offset: number): number {
    return this.ix.a.paragraphs.findIndex((p) => p.start <= offset && offset < p.end);
  }

  /**
   * '"Why … Turkey?" Kalın asked.': a quote closing on a question or exclamation ends a sentence for the segmenter,
   * but a short sentence that is nothing but a named speaker and a speech verb is its attribution.
   */
  private askedAfter(last: { end: number }, s: { start: number; end: number }): boolean {
    return (
      /[?!][’'"”]{1,2}\s*$/.test(this.body.slice(Math.max(0, last.end - 4), last.end)) &&
      s.end - s.start <= 120 &&
      ATTRIBUTION_SENTENCE.test(this.body.slice(s.start, s.end))
    );
  }

  /** Sentences, merged where a quote runs across a sentence boundary. */
  private units(): Unit[] {
    const units: Unit[] = [];
    let q = 0;
    for (const s of this.ix.a.sentences) {
      const last = units[units.length - 1];
      while (q < this.quotes.length && (this.quotes[q] as Quote).close < s.start) q++;
      const quote = this.quotes[q];
      if (last && ((quote && quote.open < last.end && quote.close >= s.start) || this.askedAfter(last, s)))
        last.end = s.end;
      else units.push({ start: s.start, end: s.end, paragraph: s.paragraph, previous: last ?? null, quotes: [] });
    }
    let next = 0;
    for (const u of units) {
      while (next < this.quotes.length && (this.quotes[next] as Quote).open < u.start) next++;
      for (; next < this.quotes.length && (this.quotes[next] as Quote).close < u.end; next++)
        u.quotes.push(this.quotes[next] as Quote);
    }
    return units;
  }

  private unit(u: Unit): void {
    const quotes = u.quotes;
    const trailing = this.trailing(u);
    // "A condemned the attack and reiterated that …, U.N. spokesman Stephane Dujarric said": the sentence is the named
    // person's report of what someone else said
    const reportedBy = trailing?.speaker && 'person' in trailing.speaker;
    const reported = reportedBy ? [] : this.reported(u, trailing);
    if (trailing) {
      if (reported.length > 0) {
        if (trailing.outlet || trailing.speaker === null || 'organization' in trailing.speaker) {
          const outlet =
            trailing.outlet ??
            (trailing.speaker && 'organization' in trailing.speaker ? trailing.speaker.organization : null);
          for (const r of reported) {
            r.outlet = outlet;
            r.outletLabel = trailing.speakerSpan.text;
          }
        }
      } else {
        const from = trailing.clauseStart;
        const to = this.trimEnd(from, trailing.clauseEnd);
        if (
          !this.isWholeQuote(from, to, quotes) &&
          !this.quoteWithItsSpeaker(from, quotes, u) &&
          words(this.masked.slice(from, to)) >= 3
        )
          reported.push(
            this.statement(
              'REPORTED_SPEECH',
              from,
              to,
              trailing,
              u,
              trailing.adverbial ? 'reported-past-adverbial' : 'reported-trailing',
            ),
          );
      }
    }
    for (const q of quotes) this.quote(q, u, reported);
  }

  /**
   * '"…," Foreign Minister X said in a message to …, the statement said.': a clause opening on a quote its own named
   * speaker closes is that person's quote, which the document only carries; it is no report of the document's.
   */
  private quoteWithItsSpeaker(from: number, quotes: Quote[], u: Unit): boolean {
    const first = quotes[0];
    if (!first || !/^\s*$/.test(this.body.slice(from, first.open))) return false;
    const who = this.after(first, u);
    return !!who?.speaker && 'person' in who.speaker;
  }

  private trimEnd(from: number, to: number): number {
    let end = to;
    while (end > from && /[\s.!?,;]/.test(this.body[end - 1] as string)) end--;
    return end;
  }

  private isWholeQuote(from: number, to: number, quotes: Quote[]): boolean {
    return quotes.some((q) => q.open <= from + 1 && q.close >= to - 2);
  }

  /** "…, his office said in a statement." / "…, said the spokesman." / "…, according to police." */
  private trailing(u: Unit): (Attribution & { clauseStart: number; clauseEnd: number; adverbial?: boolean }) | null {
    const text = this.masked.slice(u.start, u.end);
    // the dateline is no part of what was said
    const dateline = this.ix.a.dateline;
    const clauseStart = dateline && dateline.start < u.end ? Math.max(u.start, dateline.end) : u.start;
    const leading = LEADING_ACCORDING.exec(text);
    if (leading?.[1]) {
      const s = u.start + leading[0].indexOf(leading[1]);
      const attribution = this.attribution(s, s + leading[1].length, 'according to');
      if (attribution) return { ...attribution, clauseStart: u.start + leading[0].length, clauseEnd: u.end };
    }
    // "Having flown over a mass grave, Cohen reported, …", "Speaking to reporters, the general said …": a
    // participle phrase sets the scene; it is no part of what was said
    if (INTRODUCTORY.test(this.masked.slice(clauseStart, u.end))) return null;
    const normal = TRAILING.exec(text);
    if (normal?.[1] && normal[2]) {
      const s = u.start + normal.index + normal[0].indexOf(normal[1]);
      const attribution = this.attribution(s, s + normal[1].length, normal[2].split(' ')[0] as string);
      if (attribution) return { ...attribution, clauseStart, clauseEnd: u.start + normal.index };
    }
    const handedOver = this.commaInsideQuote(u, clauseStart);
    if (handedOver) return handedOver;
    const middle = MIDDLE.exec(text);
    if (middle?.[1] && middle[2] && words(text.slice(0, middle.index)) >= 3) {
      const s = u.start + middle.index + middle[0].indexOf(middle[1]);
      const attribution = this.attribution(s, s + middle[1].length, middle[2]);
      // "For the first time, analysts said, the announcement was …": what was said is the clause after an adverbial
      if (attribution && ADVERBIAL_OPENING.test(this.masked.slice(clauseStart, u.start + middle.index)))
        return {
          ...attribution,
          clauseStart: u.start + middle.index + middle[0].length,
          clauseEnd: u.end,
          adverbial: true,
        };
      if (attribution) return { ...attribution, clauseStart, clauseEnd: u.start + middle.index };
    }
    const roleName = TRAILING_ROLE_NAME.exec(text);
    const invertedRoleName = TRAILING_INVERTED_ROLE_NAME.exec(text);
    for (const [m, verb, role, name] of [
      [roleName, roleName?.[3], roleName?.[1], roleName?.[2]],
      [invertedRoleName, invertedRoleName?.[1], invertedRoleName?.[2], invertedRoleName?.[3]],
    ] as const) {
      if (!m || !verb || !role || !name) continue;
      const at = u.start + m.index;
      const roleStart = at + m[0].indexOf(role, m[0].indexOf(',') + 1);
      const who = this.namedAfterRole(roleStart, roleStart + role.length, u.end, verb);
      if (who) return { ...who, clauseStart, clauseEnd: at };
    }
    const inverted = TRAILING_INVERTED.exec(text) ?? null;
    if (inverted?.[1] && inverted[2]) {
      const s = u.start + inverted.index + inverted[0].lastIndexOf(inverted[2]);
      const attribution = this.attribution(s, s + inverted[2].length, inverted[1]);
      const named = attribution?.speaker ? null : this.roleWithoutComma(s, s + inverted[2].length);
      if (named) return { ...named, verb: inverted[1], clauseStart, clauseEnd: u.start + inverted.index };
      if (attribution && (attribution.speaker || INVERTED_SPEAKER.test(inverted[2])))
        return { ...attribution, clauseStart, clauseEnd: u.start + inverted.index };
    }
    const according = TRAILING_ACCORDING.exec(text);
    if (according?.[1]) {
      const s = u.start + according.index + according[0].lastIndexOf(according[1]);
      const attribution = this.attribution(s, s + according[1].length, 'according to');
      if (attribution) return { ...attribution, clauseStart, clauseEnd: u.start + according.index };
    }
    return null;
  }

  /**
   * 'Russia has withdrawn its troops "as planned," Defense Minister X said on Friday.': the comma handing the clause
   * over is printed inside the marks of the quote that ends it. Only a named speaker, and only after a clause of its
   * own (a sentence opening on the quote is the quote's).
   */
  private commaInsideQuote(
    u: Unit,
    clauseStart: number,
  ): (Attribution & { clauseStart: number; clauseEnd: number }) | null {
    const q = u.quotes[u.quotes.length - 1];
    const quoted = q ? this.body.slice(q.open + 1, q.close + 1) : '';
    // (a quote across lines is one whose closing mark was lost: the mark found belongs to the next paragraph's quote)
    if (!q || !/,[\s’'"”]*$/.test(quoted) || quoted.includes('\n')) return null;
    const clause = this.body.slice(clauseStart, q.open);
    // a clause holding other quotes, or running across lines, is no one clause a quote closes
    if (words(clause) < 3 || /["“”\n]/.test(clause) || u.quotes.some((o) => o !== q && o.close >= clauseStart))
      return null;
    const from = q.close + 1;
    const tail = TRAILING.exec(`,${this.masked.slice(from, u.end)}`);
    if (tail?.index !== 0 || !tail[1] || !tail[2]) return null;
    const s = from - 1 + tail[0].indexOf(tail[1]);
    const who = this.attribution(s, s + tail[1].length, tail[2].split(' ')[0] as string);
    if (!who?.speaker) return null;
    who.via = 'quote-comma';
    return { ...who, clauseStart, clauseEnd: from };
  }

  /** "X said (that) …", "X told Y that …", "X, who also said …". */
  private reported(u: Unit, trailing: { clauseEnd: number } | null): ExtractedStatement[] {
    const found: ExtractedStatement[] = [];
    const text = this.masked.slice(u.start, u.end);
    const limit = trailing && trailing.clauseEnd > u.start ? trailing.clauseEnd : u.end;
    let busyUntil = -1;
    QUOTED_AS_SAYING.lastIndex = 0;
    for (let m = QUOTED_AS_SAYING.exec(text); m; m = QUOTED_AS_SAYING.exec(text)) {
      const statement = this.quotedAsSayingClause(
        u,
        u.start + m.index,
        u.start + m.index + m[0].length,
        limit,
        m[1] as string,
      );
      if (statement) {
        found.push(statement);
        busyUntil = statement.evidence.end;
      }
    }
    VERB_RE.lastIndex = 0;
    for (let m = VERB_RE.exec(text); m; m = VERB_RE.exec(text)) {
      const verbStart = u.start + m.index;
      const verbEnd = verbStart + m[0].length;
      if (verbStart < busyUntil || verbStart >= limit) continue;
      // passives, and infinitives ("declined to say whether")
      if (
        /\b(?:was|were|been|being|is|are|be|to)\s+$/i.test(
          this.masked.slice(Math.max(u.start, verbStart - 8), verbStart),
        )
      )
        continue;
      const subject = this.subjectBefore(u.start, verbStart);
      if (!subject) continue;
      let pos = verbEnd;
      let addressee: { label: Segment; ref: SeedActorRef | null; outlet: string | null } | null = null;
      if (/^t(?:old|ells?)$/.test(m[0])) {
        addressee = this.addressee(pos, limit);
        if (!addressee) continue;
        pos = addressee.label.end;
      }
      pos = this.skipModifiers(pos);
      const rest = this.masked.slice(pos, limit);
      const lead = /^\s*(?:,?\s*that\s+)?/.exec(rest)?.[0] ?? '';
      const clauseStart = pos + lead.length;
      if (
        !/that\s+$/.test(lead) &&
        (!BARE_CLAUSE_VERBS.test(m[0]) ||
          (NOT_A_CLAUSE.test(this.masked.slice(clauseStart, clauseStart + 60)) &&
            !/^["“]/.test(this.body.slice(clauseStart, clauseStart + 1))))
      )
        continue;
      if (/^["“]/.test(this.body.slice(clauseStart, clauseStart + 1))) {
        const q = u.quotes.find((x) => x.open === clauseStart);
        if (!q || this.trimEnd(clauseStart, limit) <= q.close + 1) continue;
      }
      let clauseEnd = this.trimEnd(clauseStart, this.cutClause(clauseStart, limit));
      if (words(this.masked.slice(clauseStart, clauseEnd)) < 3) continue;
      const attribution = {
        ...subject,
        verb: m[0],
        addressee: addressee?.ref ?? null,
        addresseeLabel: addressee?.label.text ?? null,
        outlet:
          addressee?.outlet ?? (/\bstatement$/i.test(subject.speakerSpan.text) ? this.orgKey(subject.speaker) : null),
        outletLabel: addressee?.outlet ? addressee.label.text : null,
      };
      const followUps = [...this.masked.slice(clauseStart, clauseEnd).matchAll(FOLLOW_UP)];
      const firstFollowUp = followUps[0];
      const tail: ExtractedStatement[] = [];
      // "…, adding that …", "…, insisting that …": a second statement of the same speaker
      PARTICIPLE_CLAUSE.lastIndex = 0;
      const participle = PARTICIPLE_CLAUSE.exec(this.masked.slice(clauseStart, clauseEnd));
      const participleWord = participle?.[1] ?? participle?.[2];
      if (
        participle &&
        participleWord &&
        words(this.masked.slice(clauseStart + participle.index + participle[0].length, clauseEnd)) >= 3
      ) {
        tail.push(
          this.statement(
            'REPORTED_SPEECH',
            clauseStart + participle.index + participle[0].length,
            clauseEnd,
            { ...attribution, verb: PARTICIPLE_VERB[participleWord] as string },
            u,
            'reported-adding',
          ),
        );
        clauseEnd = this.trimEnd(clauseStart, clauseStart + participle.index);
      } else if (firstFollowUp?.[1]) {
        const followStart = clauseStart + firstFollowUp.index + firstFollowUp[0].indexOf(firstFollowUp[1]);
        tail.push(
          this.statement(
            'REPORTED_SPEECH',
            followStart,
            clauseEnd,
            { ...attribution, verb: firstFollowUp[1] },
            u,
            'reported-follow-up',
          ),
        );
        clauseEnd = this.trimEnd(clauseStart, clauseStart + firstFollowUp.index);
      }
      found.push(this.statement('REPORTED_SPEECH', clauseStart, clauseEnd, attribution, u, 'reported-verb'), ...tail);
      busyUntil = tail[0]?.evidence.end ?? clauseEnd;
    }
    PARTICIPLE_CLAUSE.lastIndex = 0;
    for (let m = PARTICIPLE_CLAUSE.exec(text); m; m = PARTICIPLE_CLAUSE.exec(text)) {
      const participle = m[1] ?? m[2];
      let clauseStart = u.start + m.index + m[0].length;
      // ", saying in a statement issued by his spokesperson that …": past the modifiers, only with "that"
      const skipped = this.skipModifiers(clauseStart);
      if (skipped > clauseStart) {
        const that = /^\s*,?\s*that\s+/.exec(this.masked.slice(skipped, limit));
        if (!that) continue;
        clauseStart = skipped + that[0].length;
      }
      if (clauseStart < busyUntil || clauseStart >= limit || !participle) continue;
      const statement = this.participleClause(
        u,
        u.start + m.index,
        clauseStart,
        limit,
        PARTICIPLE_VERB[participle] as string,
      );
      if (statement) found.push(statement);
    }
    return found;
  }

  /**
   * "U.N. Secretary-General Ban Ki-moon condemned the attack …, saying he was …": the clause is said by
   * the actor the sentence opens with, before its first verb, and only by a named one.
   */
  private participleClause(u: Unit, comma: number, clauseStart: number, limit: number, verb: string) {
    const first = this.openingActor(u, comma, false);
    if (!first) return null;
    const who = this.attribution(first.start, first.end, verb);
    if (!who?.speaker) return null;
    const clauseEnd = this.trimEnd(clauseStart, this.cutClause(clauseStart, limit));
    // a clause may open on a quote ('insisting that "…" in defending …'), when it goes on past it
    const quoted = u.quotes.find((q) => q.open === clauseStart);
    if (
      words(this.masked.slice(clauseStart, clauseEnd)) < 3 ||
      (quoted ? clauseEnd <= quoted.close + 1 : NOT_A_CLAUSE.test(this.masked.slice(clauseStart, clauseStart + 60)))
    )
      return null;
    return this.statement('REPORTED_SPEECH', clauseStart, clauseEnd, who, u, 'reported-participle');
  }

  /**
   * The actor a sentence opens with (past capitalized titles, "Army Chief of Staff General"), as the subject of the
   * clause a participle at `comma` hangs on: followed by a verb in the past ("X spoke first, insisting …"), or, when
   * `apposed`, by nothing but that comma ("President X, declaring that it is "…," announced": the participle clause
   * is set off inside the sentence, so only a quote in it is read, not a clause running on to the main verb).
   */
  private openingActor(u: Unit, comma: number, apposed: boolean): EntityMention | undefined {
    // a dateline ("WASHINGTON —") opens no sentence's subject
    const dateline = this.ix.a.dateline;
    const start =
      dateline && dateline.start < u.end && dateline.end < comma ? Math.max(u.start, dateline.end) : u.start;
    return this.ix.mentionsIn(start, comma).find((m) => {
      const opening = this.masked.slice(start, m.start).trimStart();
      if (!actorOf(m) || !OPENING_SUBJECT.test(opening)) return false;
      const rest = this.masked.slice(m.end, comma);
      return (apposed && rest === '') || (/^\s/.test(rest) && FIRST_VERB.test(rest.trimStart()));
    });
  }

  /** "Interfax quoted X, a ministry spokesman, as saying (that) …" (or "reported X as saying"): carried by an outlet. */
  private quotedAsSayingClause(u: Unit, quotedStart: number, speakerStart: number, limit: number, carried: string) {
    const named = this.ix.mentionsIn(speakerStart, limit).find((x) => x.start === speakerStart && actorOf(x));
    if (!named) return null;
    const saying = /^(?:,[^,"“”_]{1,60},)?\s+as\s+saying\b/.exec(this.masked.slice(named.end, limit));
    if (!saying) return null;
    const pos = this.skipModifiers(named.end + saying[0].length);
    const lead = /^\s*(?:that\s+)?/.exec(this.masked.slice(pos, limit))?.[0] ?? '';
    const clauseStart = pos + lead.length;
    const clauseEnd = this.trimEnd(clauseStart, this.cutClause(clauseStart, limit));
    if (words(this.masked.slice(clauseStart, clauseEnd)) < 3 || /^["“]/.test(this.body[clauseStart] ?? '')) return null;
    const outletLabel = this.subjectBefore(u.start, quotedStart);
    const outlet =
      outletLabel?.speaker && 'organization' in outletLabel.speaker ? outletLabel.speaker.organization : null;
    const who: Attribution = {
      speaker: actorOf(named),
      speakerSpan: spanOf(this.body, named.start, named.end),
      verb: `${carried} ... as saying`,
      addressee: null,
      addresseeLabel: null,
      outlet,
      outletLabel: outletLabel?.speakerSpan.text ?? null,
    };
    const rule = carried === 'quoted' ? 'reported-quoted-as-saying' : 'reported-reported-as-saying';
    return this.statement('REPORTED_SPEECH', clauseStart, clauseEnd, who, u, rule);
  }

  private orgKey(ref: SeedActorRef | null): string | null {
    return ref && 'organization' in ref ? ref.organization : null;
  }

  /** Reported speech stops before a trailing "…, according to X", a ", where …" aside or the speaker's next act. */
  private cutClause(from: number, to: number): number {
    const m = CLAUSE_END.exec(this.masked.slice(from, to));
    return m ? from + m.index : to;
  }

  private skipModifiers(from: number): number {
    let pos = from;
    for (;;) {
      const m = MODIFIER.exec(this.masked.slice(pos, pos + 80).replace(/^,/, ' '));
      if (!m) return pos;
      pos += m[0].length;
    }
  }

  /** After "told": a named actor, a known kind of audience ("reporters"), or anything up to "that". */
  private addressee(
    from: number,
    limit: number,
  ): { label: Segment; ref: SeedActorRef | null; outlet: string | null } | null {
    const start = from + (/^\s*/.exec(this.masked.slice(from, limit))?.[0].length ?? 0);
    const mention = this.ix.mentionsIn(start, limit).find((x) => x.start === start && actorOf(x));
    let end: number;
    if (mention) end = mention.end;
    else {
      const known = ADDRESSEES.exec(this.masked.slice(start, limit));
      const that = /^([^,;:"“”_]{1,60}?)\s+that\s/.exec(this.masked.slice(start, limit));
      const named = NAMED_ADDRESSEE.exec(this.masked.slice(start, limit));
      if (that?.[1]) end = start + that[1].length;
      else if (known) end = start + known[0].length;
      else if (named?.[1]) end = start + named[1].length;
      else return null;
    }
    const label = spanOf(this.body, start, end);
    const ref = this.resolve(start, end, true);
    const org = ref && 'organization' in ref ? this.ix.organization(ref.organization) : undefined;
    return { label, ref, outlet: org?.kind === 'NEWS_AGENCY' ? org.key : null };
  }

  /** The subject before a verb: back to the clause's start, discourse words and auxiliaries trimmed. */
  private subjectBefore(unitStart: number, verbStart: number): Attribution | null {
    const seg = this.masked.slice(unitStart, verbStart);
    let cut = 0;
    for (const b of seg.matchAll(/[,;:()\u2014"“”\n]|\s[-–]\s/g)) cut = b.index + b[0].length;
    let start = unitStart + cut;
    const subordinate = [...this.masked.slice(start, verbStart).matchAll(SUBORDINATOR)].pop();
    if (subordinate) start += subordinate.index + subordinate[0].length;
    let text = this.masked.slice(start, verbStart);
    const lead = SUBJECT_LEAD.exec(text.trimStart());
    start += text.length - text.trimStart().length + (lead?.[0].length ?? 0);
    text = this.masked.slice(start, verbStart).trimEnd().replace(SUBJECT_TAIL, '');
    let end = start + text.length;
    const coordinated = /^(.*\S)\s+(?:and|but)$/.exec(text);
    if (coordinated) {
      // "President X flew to Chala and told residents that …": the subject of the first verb
      const named = this.ix.mentionsIn(start, end).find((m) => actorOf(m));
      if (!named) return this.apposedSubject(unitStart, start, text);
      end = named.end;
      text = this.masked.slice(start, end);
    }
    if (text === '' && /\b(?:and|but)\W*$/i.test(lead?.[0] ?? '')) return this.elidedSubject(unitStart, start);
    if (text === '' || /^\d{1,3}$/.test(text)) {
      // "Karin Holm, 54, said" / "A spokesman, Michael Lueth, said" / "Obama on Wednesday, October 14, said":
      // the actor named before the apposition
      // a person before an organization, and the first person: one named inside the role ("Sem Sovanny, general
      // director of the National Center for Peacekeeping Force, said", "X, secretary in the office of President Festus
      // Mogae, said") is the role's, not the speaker
      const fits = this.ix
        .mentionsIn(Math.max(unitStart, verbStart - 140), verbStart)
        .filter((m) => actorOf(m) && APPOSITION_TO_VERB.test(this.masked.slice(m.end, verbStart)));
      const named = fits.find((m) => 'person' in m.ref) ?? fits.pop();
      if (!named) return null;
      [start, end] = [named.start, named.end];
      text = this.masked.slice(start, end);
    }
    // "An Ivorian Cabinet official who was briefed on the matter said": the subject is what "who" qualifies
    const qualified = /^(.*?\S)\s+who\s+/.exec(text);
    if (qualified?.[1] && !/^who$/i.test(text)) {
      end = start + qualified[1].length;
      text = qualified[1];
    }
    if (/^who$/i.test(text)) {
      const antecedent = this.antecedent(unitStart, start);
      if (!antecedent) return null;
      [start, end] = antecedent;
      text = this.masked.slice(start, end);
    }
    return this.nameBeforeRole(unitStart, start, end) ?? this.attribution(start, end, '');
  }

  /**
   * "Colonel Floribert Biyereke, spokesman of the Burundian army said": a role in apposition whose closing comma was
   * left out names the person before it, not the organization it ends on.
   */
  private nameBeforeRole(unitStart: number, start: number, end: number): Attribution | null {
    const role = this.masked.slice(start, end);
    if (!ROLE_NOUN.test(role) || !/^(?:an?\s+|the\s+)?\p{Ll}/u.test(role)) return null;
    const comma = /,\s*$/.exec(this.masked.slice(unitStart, start));
    if (!comma) return null;
    const name = this.ix
      .mentionsIn(unitStart, unitStart + comma.index)
      .find((m) => 'person' in m.ref && actorOf(m) && m.end === unitStart + comma.index);
    if (!name) return null;
    const opening = this.masked.slice(unitStart, name.start);
    const segment = opening.slice(Math.max(opening.lastIndexOf(','), opening.lastIndexOf(';')) + 1).trimStart();
    if (!TITLE_BEFORE_NAME.test(segment)) return null;
    const who = this.attribution(name.start, name.end, '');
    if (who) who.via = 'apposition';
    return who;
  }

  /** "…, said Chuck Little a spokesman for …": the person opening the label, when a role follows with no comma. */
  private roleWithoutComma(start: number, end: number): Attribution | null {
    const name = this.ix
      .mentionsIn(start, end)
      .find((m) => 'person' in m.ref && actorOf(m) && TITLE_BEFORE_NAME.test(this.masked.slice(start, m.start)));
    const role = name ? this.masked.slice(name.end, end) : '';
    if (!name || !/^\s+(?:an?|the)\s/.test(role) || !ROLE_NOUN.test(role)) return null;
    const who = this.attribution(name.start, name.end, '');
    if (who) who.via = 'apposition';
    return who;
  }

  /** A role, a comma and a person's name closing the attribution (", … spokesman, Andrius Dilda, said"). */
  private namedAfterRole(roleStart: number, roleEnd: number, limit: number, verb: string): Attribution | null {
    if (!ROLE_NOUN.test(this.masked.slice(roleStart, roleEnd))) return null;
    const lead = /^,\s+/.exec(this.masked.slice(roleEnd, limit));
    if (!lead) return null;
    const from = roleEnd + lead[0].length;
    const name = this.ix
      .mentionsIn(from, limit)
      .find(
        (m) =>
          'person' in m.ref &&
          actorOf(m) &&
          /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(this.masked.slice(from, m.start)) &&
          /^(?:\s*[.!?]?\s*|,\s+(?:said|says|added)\s*[.!?]?\s*)$/.test(this.masked.slice(m.end, limit)),
      );
    if (!name) return null;
    // a title or a first name the mention left out ("Lieutenant Salim Ibrahim") stays in the label
    const who = this.attribution(from, name.end, verb);
    if (who) who.via = 'apposition';
    return who;
  }

  /**
   * 'Grant called the soldiers "…," but said …': the subject left out after "and"/"but" is the actor the unit opens
   * with, when no other actor is named before the verb (outside quotes) and no clause of its own ("who …") intervenes.
   */
  private elidedSubject(unitStart: number, conjunction: number): Attribution | null {
    const lead = SUBJECT_LEAD.exec(this.masked.slice(unitStart, conjunction))?.[0].length ?? 0;
    const named = this.ix
      .mentionsIn(unitStart, conjunction)
      .filter((m) => actorOf(m) && !/^_/.test(this.masked.slice(m.start, m.start + 1)));
    const subject = named[0];
    const key = (m: EntityMention) => actorKey(actorOf(m) as SeedActorRef);
    if (!subject || named.some((m) => key(m) !== key(subject))) return null;
    if (subject.start !== unitStart + lead) return null;
    if (/\b(?:who|which|that|when|while|after|before)\b|[;:]/i.test(this.masked.slice(subject.end, conjunction)))
      return null;
    const who = this.attribution(subject.start, subject.end, '');
    if (who) who.via = 'elided';
    return who;
  }

  /**
   * 'The U.S. commanding officer, Lt. Gen. X, indicated four died but said, "…"': a first verb with no subject of its
   * own after a comma goes with the person set off by commas before it, when the sentence opens on nothing but that
   * person's role and rank.
   */
  private apposedSubject(unitStart: number, comma: number, clause: string): Attribution | null {
    if (!FIRST_VERB.test(clause)) return null;
    const named = this.ix
      .mentionsIn(unitStart, comma)
      .filter((m) => 'person' in m.ref && actorOf(m) && /^,\s*$/.test(this.masked.slice(m.end, comma)))
      .pop();
    if (!named || !ROLE_AND_RANK.test(this.masked.slice(unitStart, named.start))) return null;
    const who = this.attribution(named.start, named.end, '');
    if (who) who.via = 'elided';
    return who;
  }

  /** "…said Mr. Bakiyev, who also said …": the actor named just before ", who". */
  private antecedent(unitStart: number, whoStart: number): [number, number] | null {
    const comma = this.masked.lastIndexOf(',', whoStart);
    if (comma < unitStart) return null;
    const named = this.ix.mentionsIn(unitStart, comma).filter((x) => x.end === comma && actorOf(x));
    const longest = named.sort((x, y) => x.start - y.start)[0];
    return longest ? [longest.start, longest.end] : null;
  }

  /** A speaker label between start and end, resolved to an actor when a mention says who it is. */
  private attribution(start: number, end: number, verb: string): Attribution | null {
    // "Trump's letter to House Speaker Nancy Pelosi says": a document speaks for its author, never its addressee
    const addressed = DOCUMENT_TO.exec(this.body.slice(start, end));
    if (addressed?.[1]) end = start + addressed[1].length;
    const text = this.body.slice(start, end);
    if (!text || words(text) > 10 || SUBJECT_REJECT.test(text)) return null;
    // only an "it" that attributes after what was said ('"…," it said', "…, it added"): a subject "It said …" opening
    // a sentence stands for a report or a document as often as for who issued it (the verb is passed only there)
    const it = verb && /^it$/i.test(text) ? this.lastOrganization(start) : null;
    // a person "of" a body speaks, not the body ("Col X of the Interior Ministry")
    const personOf = it ? null : this.personOf(start, end);
    const named = personOf ?? this.resolve(start, end, false) ?? it;
    const statement = named ? null : THE_STATEMENT.exec(text);
    const before = statement && !statement[1] ? this.lastSpeaker(start) : null;
    const issuer = statement && !before ? this.lastIssuer(start, statement[1]) : null;
    const speaker = named ?? before ?? issuer;
    if (!speaker && !SUBJECT_ACCEPT.test(text)) return null;
    return {
      speaker,
      speakerSpan: spanOf(this.body, start, end),
      verb,
      addressee: null,
      addresseeLabel: null,
      outlet: null,
      outletLabel: null,
      ...(it
        ? { via: 'it' as const }
        : personOf
          ? { via: 'person-of' as const }
          : issuer
            ? { via: 'issuer' as const }
            : named && OFFICE_OF.test(text)
              ? { via: 'office' as const }
              : {}),
    };
  }

  /**
   * "Col Christian Baptiste of the French military headquarters": a person opening the label (past a title) and the
   * body they are of or from speaks as that person.
   */
  private personOf(start: number, end: number): SeedActorRef | null {
    const named = this.ix
      .mentionsIn(start, end)
      .find(
        (m) =>
          'person' in m.ref &&
          actorOf(m) &&
          TITLE_BEFORE_NAME.test(this.masked.slice(start, m.start)) &&
          /^\s+(?:of|from|at|with)\s+(?:the\s+)?\p{Lu}/u.test(this.masked.slice(m.end, end)),
      );
    return named ? actorOf(named) : null;
  }

  /**
   * '…, the Turkish military said. "…," it said.': an "it" that speaks is the organization whose statement came last,
   * in the same paragraph or the one before, when nobody spoke since.
   */
  private lastOrganization(at: number): SeedActorRef | null {
    const last = this.out
      .filter((s) => s.speakerSpan.end <= at)
      .sort((x, y) => x.speakerSpan.end - y.speakerSpan.end)
      .pop();
    if (!last?.speaker || !('organization' in last.speaker)) return null;
    return this.paragraphOf(at) - this.paragraphOf(last.speakerSpan.start) <= 1 ? last.speaker : null;
  }

  /** The statements found so far whose evidence lies within a sentence or unit. */
  private statementsWithin(span: { start: number; end: number }): ExtractedStatement[] {
    return this.out.filter((s) => s.evidence.start >= span.start && s.evidence.end <= span.end);
  }

  /**
   * '"…," the Pentagon said in a joint statement. … "…," the statement continued.': past the sentence before, "the
   * statement" is the last one the article named, by whoever issued it, when no other statement was named since; "the
   * statement from Kigali" only when the article named its issuer so ("Kigali said in a statement").
   */
  private lastIssuer(at: number, by: string | undefined): SeedActorRef | null {
    const issuing = (s: Segment) => STATEMENT_ISSUED.exec(this.body.slice(s.start, Math.min(s.end + 60, at)));
    const last = this.out
      .filter((s) => s.speakerSpan.end <= at && issuing(s.speakerSpan))
      .sort((x, y) => x.speakerSpan.end - y.speakerSpan.end)
      .pop();
    if (!last?.speaker) return null;
    if (by && !flat(last.speakerSpan.text).endsWith(flat(by))) return null;
    // no other statement named between the issuer's own and this one
    const issuedEnd = last.speakerSpan.start + (issuing(last.speakerSpan)?.[0].length ?? 0);
    return STATEMENT_WORD.test(this.body.slice(issuedEnd, at)) ? null : last.speaker;
  }

  /** "…, the statement said": the one speaker of the sentence before, whose statement it is. */
  private lastSpeaker(at: number): SeedActorRef | null {
    const sentences = this.ix.a.sentences;
    const here = sentences.findIndex((s) => s.start <= at && at < s.end);
    const before = sentences[here - 1];
    if (!before) return null;
    const speakers = new Map<string | null, SeedActorRef | null>();
    for (const s of this.statementsWithin(before)) speakers.set(s.speaker ? actorKey(s.speaker) : null, s.speaker);
    const [only] = speakers.values();
    return speakers.size === 1 ? (only ?? null) : null;
  }

  /**
   * The actor a label names: a person before an organization, longest first, and only a mention that
   * ends the label (the head of the phrase) or is followed by words that make it speak for itself.
   */
  private resolve(start: number, end: number, whole: boolean): SeedActorRef | null {
    const candidates = this.ix
      .mentionsIn(start, end)
      .filter((m) => actorOf(m) && (whole ? /^(?:the\s+)?$/i.test(this.body.slice(start, m.start)) : true))
      .filter((m) => SPEAKING_FOR.test(this.body.slice(m.end, end).trim()))
      .sort((x, y) => rank(x) - rank(y) || y.end - y.start - (x.end - x.start));
    const best = candidates[0];
    return best ? actorOf(best) : null;
  }

  private statement(
    kind: ExtractedStatement['kind'],
    start: number,
    end: number,
    who: Attribution,
    u: Unit,
    rule: string,
  ): ExtractedStatement {
    const evidence = spanOf(this.body, start, end);
    const s: ExtractedStatement = {
      evidence,
      // set from the rule's measured precision by tagRule
      confidence: 0,
      kind,
      text: evidence.text,
      speaker: who.speaker,
      speakerSpan: who.speakerSpan,
      verb: who.verb || null,
      addressee: who.addressee,
      addresseeLabel: who.addresseeLabel,
      outlet: who.outlet,
      outletLabel: who.outletLabel,
      statedOn: this.ix.dayIn(u.start, u.end, start, end) ?? this.ix.a.publishedOn,
    };
    // a speaker reached through a pronoun, or a label no actor stands behind, is told apart: both guess
    const speakerRule = !who.speaker
      ? ':unnamed'
      : who.via === 'it'
        ? ':it'
        : PRONOUN.test(who.speakerSpan.text)
          ? ':pronoun'
          : this.described(who.speakerSpan)
            ? ':described'
            : who.via
              ? `:${who.via}`
              : this.countrySpeaking(who.speakerSpan)
                ? ':country'
                : '';
    this.out.push(tagRule(s, `${rule}${speakerRule}`));
    return s;
  }

  /** A speaker told by office or role ("the premier", "The spokesman") that coreference tied to one person. */
  private described(span: Segment): boolean {
    return this.ix
      .mentionsIn(span.start, span.end)
      .some((m) => m.via === 'DESCRIPTION' && 'person' in m.ref && m.start === span.start && m.end === span.end);
  }

  /** A country speaking as its government ("Rwanda said"): the organization stands on the country's own name. */
  private countrySpeaking(span: Segment): boolean {
    const inside = this.ix.mentionsIn(span.start, span.end);
    return inside.some(
      (m) => 'organization' in m.ref && inside.some((p) => 'place' in p.ref && p.start === m.start && p.end === m.end),
    );
  }

  /** A direct quote: a fragment of reported speech, attributed before or after, or continuing the previous speaker. */
  private quote(q: Quote, u: Unit, reported: ExtractedStatement[]): void {
    // past the second mark of a doubled one (``…’’)
    const doubled = DOUBLED_OPENING.test(this.body[q.open] as string) && this.body[q.open + 1] === this.body[q.open];
    // a quote in single marks (quotesInSingleMarks) is told apart by its rule: the marks are read on a guess
    const tagged = (rule: string) =>
      this.body[q.open] === '”'
        ? `${rule}-reversed-mark`
        : /['‘]/.test(this.body[q.open] as string) && !doubled
          ? `${rule}-single-marks`
          : rule;
    const inner = this.body.slice(q.open + (doubled ? 2 : 1), q.close - (doubled ? 1 : 0));
    let start = q.open + (doubled ? 2 : 1);
    let end = start + inner.length;
    while (start < end && /\s/.test(this.body[start] as string)) start++;
    while (end > start && /[\s,]/.test(this.body[end - 1] as string)) end--;
    const inside = reported.find((r) => r.evidence.start <= q.open && r.evidence.end >= q.close);
    if (inside) {
      // a word or two in quotes is the speaker's own word ("it was “horrified.”") when a named speaker
      // said it; a name ("operation “Desert Lion”", the "Triangle of Death") is no quote, nor is a single word
      // that does not stand alone as what something is ("the “signing” of", "withdrawn "shortly"", "were "several" …")
      const fragment = this.body.slice(start, end);
      if (NAME_IN_QUOTES.test(fragment.replace(/[.,!?]+$/, ''))) return;
      const predicate =
        PREDICATE_BEFORE.test(this.masked.slice(Math.max(0, q.open - 30), q.open + 1)) &&
        (/[.!?]$/.test(fragment) ||
          /^[ \t]*(?:[.,;!?\n]|$|(?:and|but|or)\b)/.test(this.masked.slice(q.close + 1, q.close + 6)));
      if (words(fragment) === 1 && !predicate) return;
      if (words(fragment) >= 3 || inside.speaker)
        this.attributed.set(q, this.copy(inside, start, end, u, tagged('quote-in-reported')));
      return;
    }
    if (words(this.body.slice(start, end)) < 2) return;
    // an ellipsis hands over too ('"… a prompt recovery to the wounded…" a statement reads')
    const handsOver = /[,?!…]$/.test(inner.trimEnd()) || this.body[q.close + 1] === ',';
    const after = handsOver ? this.after(q, u) : null;
    // a named speaker of the participle clause the quote stands in comes before a label after the quote that names
    // nobody ('X, declaring that it is "…," announced a vote')
    const participle = after?.speaker ? null : this.participleHead(q, u);
    if (participle) {
      this.attributed.set(q, this.statement('DIRECT_QUOTE', start, end, participle, u, tagged('quote-participle')));
      return;
    }
    const who = after ?? this.before(q, u);
    if (who) {
      const rule = tagged(after ? 'quote-after' : 'quote-before');
      this.attributed.set(q, this.statement('DIRECT_QUOTE', start, end, who, u, rule));
      return;
    }
    const sentenceSpeaker = this.attributedLater(q, u);
    if (sentenceSpeaker) {
      this.attributed.set(
        q,
        this.statement('DIRECT_QUOTE', start, end, sentenceSpeaker, u, tagged('quote-same-sentence')),
      );
      return;
    }
    // (a quote-only paragraph is no longer given to a person whose reported speech ended the paragraph before:
    // one right case on unseen text, and the guess it makes is the kind that goes wrong)
    const previous = this.continued(q, u);
    if (previous) this.attributed.set(q, this.copy(previous, start, end, u, tagged('quote-continued')));
    else {
      const reported = this.afterReported(q, u);
      if (reported) this.attributed.set(q, this.copy(reported, start, end, u, tagged('quote-after-reported')));
      else {
        const clause = this.bareClauseSpeaker(q, u);
        if (clause)
          this.attributed.set(q, this.statement('DIRECT_QUOTE', start, end, clause, u, tagged('quote-in-clause')));
      }
    }
  }

  /**
   * 'X announced Kenya would fight back, "wherever they will be."' / 'X acknowledged the problems were "very complex"':
   * a quoted fragment in the clause of a speech verb that takes no "that" (no reported speech is read there, as the
   * object is as often a noun) is the words of the verb's named subject, when nothing but words stand between them.
   */
  private bareClauseSpeaker(q: Quote, u: Unit): Attribution | null {
    const head = this.masked.slice(u.start, q.open);
    // matchAll starts where the shared pattern's last test left off
    VERB_RE.lastIndex = 0;
    const verb = [...head.matchAll(VERB_RE)].pop();
    if (!verb) return null;
    const verbStart = u.start + verb.index;
    const between = this.masked.slice(verbStart + verb[0].length, q.open);
    if (between.length > 120 || /["“”;:\n]|[.!?]\s/.test(between)) return null;
    if (/\b(?:was|were|been|being|is|are|be|to)\s+$/i.test(head.slice(0, verb.index))) return null;
    const who = this.subjectBefore(u.start, verbStart);
    return who?.speaker && !PRONOUN.test(who.speakerSpan.text) ? { ...who, verb: verb[0] } : null;
  }

  /**
   * '"The transfer … was completed" as part of a deal on "the training … of troops," it said.': a quote in a sentence
   * whose last quote hands over to a named speaker is that speaker's too, when no speech verb stands between them.
   */
  private attributedLater(q: Quote, u: Unit): Attribution | null {
    const last = u.quotes[u.quotes.length - 1];
    if (!last || last === q) return null;
    const between = this.masked.slice(q.close + 1, last.open);
    if (between.includes('\n') || VERB_WORD.test(between) || /[.!?]\s/.test(between)) return null;
    const inner = this.body.slice(last.open + 1, last.close);
    if (!/[,?!]$/.test(inner.trimEnd()) && this.body[last.close + 1] !== ',') return null;
    const who = this.after(last, u);
    return who?.speaker ? who : null;
  }

  /**
   * '…, Cohen said. "This shows the confidence they have in our troops."': a sentence that is nothing but a quote goes
   * on with the person whose attribution ended the sentence before, in the same paragraph.
   */
  private afterReported(q: Quote, u: Unit): ExtractedStatement | null {
    const before = u.previous;
    if (!before || before.paragraph !== u.paragraph || q.open !== u.start) return null;
    if (!/^[\s.!?]*$/.test(this.masked.slice(q.close + 1, u.end))) return null;
    const said = this.statementsWithin(before)
      .sort((x, y) => x.speakerSpan.end - y.speakerSpan.end)
      .pop();
    if (said?.kind !== 'REPORTED_SPEECH' || !said.speaker || !('person' in said.speaker)) return null;
    if (said.speakerSpan.start < said.evidence.end || PRONOUN.test(said.speakerSpan.text)) return null;
    const rest = this.masked.slice(said.speakerSpan.end, before.end);
    return /^[^"“”_]{0,40}$/.test(rest) ? said : null;
  }

  private copy(from: ExtractedStatement, start: number, end: number, u: Unit, rule: string) {
    return this.statement('DIRECT_QUOTE', start, end, { ...from, verb: from.verb ?? '' }, u, rule);
  }

  /** '"…," he said.' / '"…," said Mr. Bakiyev' / '"…," agencies quoted X as saying.' */
  private after(q: Quote, u: Unit): Attribution | null {
    const from = q.close + 1;
    const tail = this.masked.slice(from, u.end);
    const quoted = TAIL_QUOTED.exec(tail);
    if (quoted?.[1] && quoted[2])
      return this.quotedAsSaying(from + quoted[0].indexOf(quoted[1]), quoted[1], quoted[2], quoted[0], from);
    const passive = TAIL_PASSIVE_QUOTED.exec(tail);
    if (passive?.[1]) return this.quotedPassively(from + passive[0].indexOf(passive[1]), passive[1], passive[2], from);
    const inverted = TAIL_INVERTED.exec(tail);
    if (inverted?.[1]) {
      const s = from + inverted[0].length;
      const np = NP_AFTER.exec(this.masked.slice(s, u.end));
      // the actor named right after the verb, behind a title abbreviation the name does not hold ("said Gen. B.B. Bell")
      // "said Ramaphosa’s spokesperson Vincent Magwenya": the possessor is no speaker, the role's holder is
      const mentions = this.ix.mentionsIn(s, u.end);
      const holder = mentions.find(
        (m) => 'person' in m.ref && actorOf(m) && ORGANIZATION_ROLE.test(this.masked.slice(s, m.start)),
      );
      const mention =
        holder ??
        mentions.find(
          (m) =>
            actorOf(m) &&
            !/^['’]s\b/.test(this.masked.slice(m.end, m.end + 3)) &&
            (TITLE_BEFORE_NAME.test(this.masked.slice(s, m.start)) ||
              POSSESSOR_ROLE.test(this.masked.slice(s, m.start))),
        );
      // '"…", said President Lula addressing the contingent': the speaker ends where a participle phrase sets the scene
      const named = np?.[0].replace(SCENE_AFTER_SPEAKER, '') ?? '';
      const e = mention ? mention.end : s + named.trimEnd().length;
      const who = (!mention && this.namedAfterRole(s, e, u.end, inverted[1])) || this.attribution(s, e, inverted[1]);
      if (who && holder) who.via = 'role-holder';
      else if (who && !mention && named !== np?.[0]) who.via = 'scene';
      if (who) return who;
    }
    const reads = DOCUMENT_READS.exec(tail);
    if (reads?.[1]) {
      const s = from + reads[0].indexOf(reads[1]);
      const e = s + reads[1].length;
      const who = this.attribution(s, e, 'read');
      // the body that issued the document ("issued … by the UN office in Tanzania"), when its label names no speaker
      const by = / by (?:the )?/.exec(reads[1]);
      const issuer = by
        ? this.ix.mentionsIn(s + by.index + by[0].length, e).find((m) => 'organization' in m.ref && actorOf(m))
        : undefined;
      const speaker = who?.speaker ?? (issuer ? actorOf(issuer) : null);
      if (who && speaker) return { ...who, speaker, via: 'document-reads' };
    }
    const normal = TAIL_NORMAL.exec(tail);
    if (normal?.[1] && normal[2]) {
      const s = from + normal[0].indexOf(normal[1]);
      const e = s + normal[1].replace(SUBJECT_TAIL, '').replace(/[\s,]+$/, '').length;
      const apposed = this.apposed(s, e);
      const who = apposed ? this.attribution(apposed.start, apposed.end, normal[2]) : this.attribution(s, e, normal[2]);
      if (who && apposed) who.via = 'apposition';
      if (!who) return null;
      if (normal[2] === 'told') this.toldWhom(who, from + normal[0].length, u.end);
      return who;
    }
    return null;
  }

  /**
   * '"…," Gen. B.B. Bell, commander of U.S. Army Europe, said': the actor named first, when what follows the name
   * up to the verb is a role set off by a comma (opening on an article or a lower-case word, so "Smith, Jones and
   * Brown" is no role).
   */
  private apposed(start: number, end: number): EntityMention | undefined {
    return this.ix
      .mentionsIn(start, end)
      .find(
        (m) =>
          actorOf(m) &&
          TITLE_BEFORE_NAME.test(this.masked.slice(start, m.start)) &&
          APPOSITION_AFTER_NAME.test(this.masked.slice(m.end, end)),
      );
  }

  /** 'X said: "…"' / 'agencies quoted X as saying "…"'. */
  private before(q: Quote, u: Unit): Attribution | null {
    const previous = u.quotes[u.quotes.indexOf(q) - 1];
    const from = previous ? previous.close + 1 : u.start;
    const head = this.masked.slice(from, q.open);
    const quoted = HEAD_QUOTED.exec(head);
    if (quoted?.[1] && quoted[2]) {
      const s = from + quoted.index + quoted[0].indexOf(quoted[1]);
      return this.quotedAsSaying(s, quoted[1], quoted[2], quoted[0], from + quoted.index);
    }
    const normal = HEAD_NORMAL.exec(head);
    // a name in quotes after a framing verb ('praised "Operation Desert Lion"') is no one's words
    if (!normal?.[1])
      return NAME_IN_QUOTES.test(this.body.slice(q.open + 1, q.close).trim()) ? null : this.framed(from, head);
    const verbStart = from + normal.index;
    const saidOf = !!normal[2] && SAID_OF.test(normal[2]) && /:\s*$/.test(head);
    if (normal[2] && normal[1] !== 'told' && !MODIFIER.test(normal[2]) && normal[2].trim() !== 'that' && !saidOf)
      return null;
    const who = this.subjectBefore(from, verbStart);
    if (!who) return null;
    who.verb = normal[1];
    if (saidOf) who.via = 'said-of';
    if (normal[1] === 'told') this.toldWhom(who, verbStart + normal[1].length, q.open);
    return who;
  }

  /**
   * '…, he said, highlighting that "…"' / 'President X, declaring that it is "…," announced …': a quote in a participle
   * clause is said by the speaker who said the sentence so far, else by the actor the sentence opens with; only a
   * speaker the article names.
   */
  private participleHead(q: Quote, u: Unit): Attribution | null {
    const previous = u.quotes[u.quotes.indexOf(q) - 1];
    const from = previous ? previous.close + 1 : u.start;
    const m = PARTICIPLE_HEAD.exec(this.masked.slice(from, q.open));
    const verb = m?.[1] ? PARTICIPLE_VERB[m[1]] : undefined;
    if (!m || !verb) return null;
    const comma = from + m.index;
    const said = this.statementsWithin(u)
      .filter((s) => s.speaker && s.speakerSpan.end <= comma)
      .sort((x, y) => x.speakerSpan.end - y.speakerSpan.end)
      .pop();
    if (said) return { ...said, verb };
    const first = this.openingActor(u, comma, true);
    const who = first ? this.attribution(first.start, first.end, verb) : null;
    return who?.speaker ? who : null;
  }

  /** 'Guterres expressed "…"' / 'He called the assault "…"': only a named speaker, never a label alone. */
  private framed(from: number, head: string): Attribution | null {
    const framedAs = this.framedAs(from, head);
    if (framedAs) return framedAs;
    const framing = HEAD_FRAMING.exec(head);
    return framing?.[1] ? this.framingSubject(from, from + framing.index, framing[1]) : null;
  }

  /** The named subject of the verb at `at` that frames a quote, with that verb. */
  private framingSubject(from: number, at: number, verb: string): Attribution | null {
    const who = this.subjectBefore(from, at);
    if (!who?.speaker) return null;
    who.verb = verb;
    return who;
  }

  /**
   * 'Karzai described the worst strike against … since its deployment as a "terrorist attack."' / 'The attack was
   * condemned by Chancellor X as a "cowardly" act': the quote is the named speaker's word for what the verb is about.
   */
  private framedAs(from: number, head: string): Attribution | null {
    const passive = FRAMED_AS_BY.exec(head);
    if (passive?.[1] && passive[2]) {
      const by = from + passive.index + passive[0].lastIndexOf(passive[2]);
      const byEnd = by + passive[2].length;
      const named = this.ix
        .mentionsIn(by, byEnd)
        .filter((m) => actorOf(m) && m.end === byEnd)
        .pop();
      const who = named ? this.attribution(named.start, named.end, passive[1]) : null;
      if (who?.speaker) who.via = 'framed-as';
      return who?.speaker ? who : null;
    }
    const active = FRAMED_AS.exec(head);
    const who = active?.[1] ? this.framingSubject(from, from + active.index, active[1]) : null;
    if (who) who.via = 'framed-as';
    return who;
  }

  /** A quote's "… told Reuters": the addressee, and the outlet when it is a news agency. */
  private toldWhom(who: Attribution, from: number, limit: number): void {
    const addressee = this.addressee(from, limit);
    if (!addressee) return;
    who.addressee = addressee.ref;
    who.addresseeLabel = addressee.label.text;
    who.outlet = addressee.outlet;
    who.outletLabel = addressee.outlet ? addressee.label.text : null;
  }

  private quotedAsSaying(outletStart: number, outletText: string, speakerText: string, match: string, matchAt: number) {
    const speakerStart = matchAt + match.indexOf(speakerText, match.indexOf(' quoted ') + 8);
    const outletLead = /^(?:the\s+)?/i.exec(outletText)?.[0].length ?? 0;
    const who = this.attribution(speakerStart, speakerStart + speakerText.length, 'quoted ... as saying');
    if (!who) return null;
    const outlet = this.resolve(outletStart + outletLead, outletStart + outletText.length, false);
    who.outlet = outlet && 'organization' in outlet ? outlet.organization : null;
    who.outletLabel = outletText;
    return who;
  }

  private quotedPassively(speakerStart: number, speakerText: string, outletText: string | undefined, from: number) {
    const who = this.attribution(speakerStart, speakerStart + speakerText.length, 'quoted');
    if (!who) return null;
    who.via = 'passive-quoted';
    if (outletText) {
      const outletStart = this.masked.indexOf(outletText, speakerStart + speakerText.length);
      const outlet = outletStart >= from ? this.resolve(outletStart, outletStart + outletText.length, false) : null;
      who.outlet = outlet && 'organization' in outlet ? outlet.organization : null;
      who.outletLabel = outletText;
    }
    return who;
  }

  /**
   * An unattributed quote goes on with the previous quote's speaker when nothing but that quote's
   * attribution stands between them ('"…," he said. "…"'), or when it makes a paragraph of its own
   * right after a paragraph that ended on a direct quote or on that quote's attribution.
   */
  private continued(q: Quote, u: Unit): ExtractedStatement | null {
    const previous = this.quotes[q.index - 1];
    const said = previous ? this.attributed.get(previous) : undefined;
    if (!previous || !said || said.kind !== 'DIRECT_QUOTE') return null;
    const between = this.masked.slice(previous.close + 1, q.open);
    const paragraphs = this.ix.a.paragraphs;
    const para = paragraphs[u.paragraph];
    if (!between.includes('\n')) {
      if (q.open === u.start && previous.close >= (u.previous?.start ?? u.start)) return said;
      const gap = between.replace(/^\s*,?\s*/, '');
      const speakerLabel = said.speakerSpan.text;
      return gap.length <= speakerLabel.length + 40 && gap.includes(speakerLabel) ? said : null;
    }
    // the paragraph before ends on its quote, or on nothing but that quote's attribution ('"…," X said from Y.')
    const restEnd = paragraphs[u.paragraph - 1]?.end ?? 0;
    const rest = this.masked.slice(previous.close + 1, restEnd);
    const speakerAfter = said.speakerSpan.start - previous.close - 1;
    const endsOnQuote =
      /^[\s.!?,]*$/.test(rest) ||
      (speakerAfter >= 0 &&
        speakerAfter + said.speakerSpan.text.length <= rest.length &&
        !/["“”]/.test(rest) &&
        !this.ix.a.sentences.some((x) => x.start > previous.close && x.start < restEnd));
    const ownParagraph =
      para !== undefined && q.open === para.start && /^[\s.!?]*$/.test(this.masked.slice(q.close + 1, para.end));
    return ownParagraph && endsOnQuote ? said : null;
  }

  /** A statement that names no outlet takes the last one its speaker was carried by earlier in the article. */
  private inheritOutlets(): void {
    const outletOf = new Map<string, string>();
    for (const s of this.out) {
      const speaker = s.speaker ? actorKey(s.speaker) : null;
      if (!speaker) continue;
      if (s.outlet === null) s.outlet = outletOf.get(speaker) ?? null;
      else outletOf.set(speaker, s.outlet);
    }
  }
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A statement printed again (a caption repeated on the page, the wrapped second copy cut shorter): the same kind,
 * the same speaker, and words the earlier one already holds.
 */
function repeats(earlier: ExtractedStatement, later: ExtractedStatement): boolean {
  if (earlier.kind !== later.kind) return false;
  const same = earlier.speaker
    ? later.speaker !== null && actorKey(earlier.speaker) === actorKey(later.speaker)
    : later.speaker === null && flat(earlier.speakerSpan.text) === flat(later.speakerSpan.text);
  return same && flat(earlier.text).includes(flat(later.text));
}

/** "the caller", "the Lebanese source": a definite label of a few words, its last word a noun. */
const DEFINITE_HEAD = /^[Tt]he\s+(?:[\w'’-]+\s+){0,2}(\p{Ll}+)$/u;

/** The noun a source's label ends on before any "of"/"to"/… phrase, in the singular ("sources" → "source"). */
function headNoun(label: string): string {
  const noun =
    label
      .split(/\s+(?:in|with|at|from|to|of|for)\s+/i)[0]
      ?.split(/\s+/)
      .pop() ?? '';
  return noun.toLowerCase().replace(/s$/, '');
}

/** One string per actor, to tell speakers apart. */
function actorKey(ref: SeedActorRef): string {
  return 'person' in ref ? `person:${ref.person}` : `organization:${ref.organization}`;
}

function rank(m: EntityMention): number {
  return 'person' in m.ref ? 0 : 1;
}

export function extractStatements(a: AnalyzedArticle): ExtractedStatement[] {
  return new StatementFinder(indexArticle(a)).run();
}
