/**
 * Which extraction rule proposed a fact, and the confidence that follows from it. The tag is kept beside the
 * facts rather than in them, so the seed-file shape, the store and the GraphQL schema stay as they are;
 * scripts/rule-precision.ts reads it to measure each rule's precision.
 *
 * A fact's confidence is its rule's precision measured on the seven held-out sets pooled (round 8, after the
 * cuts; counted by scripts/rule-precision.ts), rounded down to a multiple of 0.05 and never above 0.95; a rule
 * measured on fewer than five facts gets 0.6 whatever it scored, as does a rule not measured at all. A fact
 * merged from cues of several rules (a deployment) takes the best of its rules: each cue told it again.
 */
const rules = new WeakMap<object, string>();

/** Right and wrong facts of each rule on held-out sets 1-7 pooled. */
const MEASURED: Record<string, [right: number, wrong: number]> = {
  'quote-after': [30, 0],
  'quote-after:pronoun': [15, 1],
  'quote-before': [9, 0],
  'quote-continued': [10, 0],
  'quote-in-reported': [11, 1],
  'reported-trailing': [40, 4],
  'reported-trailing:unnamed': [11, 0],
  'reported-verb': [60, 3],
  'reported-verb:pronoun': [9, 0],
  'reported-verb:unnamed': [18, 1],
  'one-victim': [8, 0],
  'verb-after': [43, 0],
  'verb-before': [21, 0],
  contributors: [13, 0],
  implied: [16, 1],
  reduction: [5, 0],
  'movement:host-destination': [14, 2],
  'movement:article-sender:host-destination': [5, 0],
};

const FEW_CASES = 5;
const UNMEASURED = 0.6;
const CEILING = 0.95;

function calibrated(rule: string): number {
  const [right, wrong] = MEASURED[rule] ?? [0, 0];
  if (right + wrong < FEW_CASES) return UNMEASURED;
  return Math.min(CEILING, Math.floor((right / (right + wrong)) * 20) / 20);
}

/** Tags a fact with its rule ("a+b" for a fact merged from several) and sets its confidence from the rule's. */
export function tagRule<T extends { confidence: number }>(fact: T, rule: string): T {
  rules.set(fact, rule);
  fact.confidence = Math.max(...rule.split('+').map(calibrated));
  return fact;
}

/** The rule that proposed a fact, or "untagged". */
export function ruleOf(fact: object): string {
  return rules.get(fact) ?? 'untagged';
}
