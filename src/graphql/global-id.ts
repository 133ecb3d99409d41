import { type GraphQLSchema, isInterfaceType } from 'graphql';
import { BadUserInputError } from '../errors.js';

/**
 * Global IDs are base64url of "Type:id". Decoding rejects anything else with
 * BAD_USER_INPUT, so a mistyped ID never surfaces as an internal error.
 */
export function encodeGlobalId(typename: string, id: bigint | number | string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64url');
}

const nodeTypenames = new Set<string>();

/** Records which types implement Node, once the schema is built, so that an ID of any other type is refused. */
export function registerNodeTypes(schema: GraphQLSchema): void {
  const node = schema.getType('Node');
  if (!isInterfaceType(node)) return;
  for (const type of schema.getPossibleTypes(node)) nodeTypenames.add(type.name);
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const decoded = /^[A-Za-z0-9_-]+={0,2}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,15})$/.exec(decoded);
  if (!match || !nodeTypenames.has(match[1] as string)) {
    throw new BadUserInputError(`"${globalId}" is not a newsgraph ID; use the \`id\` of an object this API returned`, {
      id: globalId,
    });
  }
  return { typename: match[1] as string, id: match[2] as string };
}

/** Decodes a global ID that must name a `typename`; returns the row id. */
export function parseGlobalId(globalId: string, typename: string): number {
  const decoded = decodeGlobalId(globalId);
  if (decoded.typename !== typename) {
    throw new BadUserInputError(`ID "${globalId}" is a ${decoded.typename} ID, but a ${typename} ID is expected`, {
      id: globalId,
    });
  }
  return Number(decoded.id);
}
