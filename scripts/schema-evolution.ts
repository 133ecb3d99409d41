import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

/**
 * Breaking changes between the released schema and the current one that are
 * not allowed: a breaking change is allowed only when the released schema had
 * already deprecated what it removes or changes, and the "Unreleased" section
 * of CHANGELOG.md names it (as `Type.field`).
 */
export async function disallowedBreakingChanges(
  released: string,
  current: string,
  changelog: string,
): Promise<string[]> {
  const before = buildSchema(released);
  const changes = await diff(before, buildSchema(current));
  const unreleased = /## Unreleased\n([\s\S]*?)(\n## |$)/.exec(changelog)?.[1] ?? '';
  return changes
    .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
    .filter((c) => !(c.path && deprecatedIn(before, c.path) && unreleased.includes(`\`${c.path}\``)))
    .map((c) => `${c.path ?? '(schema)'}: ${c.message}`);
}

/** Whether `Type.member` (a field, an enum value or an input field) is deprecated in the schema. */
function deprecatedIn(schema: GraphQLSchema, path: string): boolean {
  const [typeName, member, argument] = path.split('.');
  const type = typeName ? schema.getType(typeName) : undefined;
  if (!type || !member) return false;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return false;
    if (argument)
      return (
        Boolean(field.args.find((a) => a.name === argument)?.deprecationReason) || Boolean(field.deprecationReason)
      );
    return Boolean(field.deprecationReason);
  }
  if (isEnumType(type)) return Boolean(type.getValue(member)?.deprecationReason);
  if (isInputObjectType(type)) return Boolean(type.getFields()[member]?.deprecationReason);
  return false;
}
