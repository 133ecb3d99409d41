/**
 * Which extraction rule proposed a fact. Kept beside the facts rather than in them, so the seed-file shape,
 * the store and the GraphQL schema stay as they are; scripts/rule-precision.ts reads it to measure each
 * rule's precision, which is what the rule's confidence is set from.
 */
const rules = new WeakMap<object, string>();

export function tagRule<T extends object>(fact: T, rule: string): T {
  rules.set(fact, rule);
  return fact;
}

/** The rule that proposed a fact, or "untagged". */
export function ruleOf(fact: object): string {
  return rules.get(fact) ?? 'untagged';
}
