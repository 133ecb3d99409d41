import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../schema.js';

/** The text of schema.graphql: the schema, sorted, so that diffs show real changes only. */
export function printSchemaFile(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
