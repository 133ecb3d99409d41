import {
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  getNamedType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { ColumnKeys } from '../db/reader.js';

/**
 * Which columns of its rows a list field needs, from what the request selects
 * on its nodes: a page of 50 articles with their statements reads 1,200
 * rows, and turning columns nobody asked for into JS strings was a sixth of
 * its time. As in Pothos' Drizzle plugin, a field exposing a row key reads
 * that key, and a field with a resolver says what it reads in its
 * `extensions.reads`; a field that says nothing needs the whole row.
 */

/** Field options saying which row keys a resolver reads (none beyond the id: `reads()`). */
export function reads(...keys: string[]): { extensions: { reads: string[] } } {
  return { extensions: { reads: keys } };
}

type AnyField = GraphQLField<unknown, unknown>;

function keysOfField(field: AnyField | undefined): readonly string[] | null {
  const extensions = field?.extensions as { pothosExposedField?: string; reads?: string[] } | undefined;
  if (extensions?.reads) return extensions.reads;
  if (extensions?.pothosExposedField) return [extensions.pothosExposedField];
  return null;
}

/**
 * The names of the fields a selection asks for on its nodes, through
 * fragments and whatever directives say (a field that may be skipped is
 * still read: at worst a column too many).
 */
function collectFields(
  selection: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  path: readonly string[],
  into: Set<string>,
): void {
  for (const node of selection?.selections ?? []) {
    if (node.kind === Kind.FIELD) {
      if (path.length === 0) into.add(node.name.value);
      else if (node.name.value === path[0]) collectFields(node.selectionSet, info, path.slice(1), into);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      collectFields(node.selectionSet, info, path, into);
    } else {
      collectFields(info.fragments[node.name.value]?.selectionSet, info, path, into);
    }
  }
}

function nodeTypeOf(type: GraphQLNamedType, path: readonly string[]): GraphQLNamedType | null {
  let current: GraphQLNamedType = type;
  for (const step of path) {
    if (!isObjectType(current)) return null;
    const field = current.getFields()[step];
    if (!field) return null;
    current = getNamedType(field.type);
  }
  return current;
}

const known = new WeakMap<readonly FieldNode[], ColumnKeys>();

/**
 * The row keys the selected fields of this field's nodes read, or null for
 * every column. `path` leads from the field's type to the nodes: a
 * connection's are under `edges.node`.
 */
export function columnsRead(info: GraphQLResolveInfo, path: readonly string[] = ['edges', 'node']): ColumnKeys {
  // The field's nodes are the same for every parent in a list: work them out once.
  if (known.has(info.fieldNodes)) return known.get(info.fieldNodes) ?? null;
  const type = nodeTypeOf(getNamedType(info.returnType), path);
  let keys: Set<string> | null = null;
  if (type && isObjectType(type)) {
    const fields = type.getFields();
    const names = new Set<string>();
    for (const node of info.fieldNodes) collectFields(node.selectionSet, info, path, names);
    keys = new Set<string>();
    for (const name of names) {
      if (name === '__typename' || name === 'id') continue;
      const read = keysOfField(fields[name]);
      if (!read) {
        keys = null;
        break;
      }
      for (const key of read) keys.add(key);
    }
  }
  known.set(info.fieldNodes, keys);
  return keys;
}
