import type { EditableType } from '../history/editable.js';
import type { Snapshot, Writer } from '../history/write-path.js';

/**
 * What an editor may set on one kind of record, and the rules it must keep.
 * The GraphQL layer builds the create and update inputs from the same spec
 * (graphql/edit-mutations.ts), so an input field and its rule cannot drift.
 */
export type FieldSpec = { description: string; required?: boolean; createOnly?: boolean } & (
  | { kind: 'string' }
  | { kind: 'int'; min?: number }
  /** A GraphQL enum (its ref): GraphQL itself refuses any other value. */
  | { kind: 'enum'; enumRef: unknown }
  /** YYYY-MM-DD, a real day, not in the future. */
  | { kind: 'date' }
  /** An RFC 3339 instant, not in the future. */
  | { kind: 'datetime' }
  /** A global ID of a live record; `column` defaults to the field name + "Id". */
  | { kind: 'ref'; type: EditableType; column?: string; placeKind?: 'COUNTRY' }
  /** A span of the article body: { start, end, text }, the text read back from the body. */
  | { kind: 'span'; start: string; end: string }
);

export interface RecordSpec {
  type: EditableType;
  /** How a message names one of them ("casualty report"). */
  noun: string;
  fields: Record<string, FieldSpec>;
  /** Rules across fields, on the record as it would be after the change; each failure pushes an issue. */
  check?: (row: Record<string, unknown>, issue: (path: string, message: string) => void, writer: Writer) => void;
  /** Columns derived from the others (an article's content hash), set after the checks pass. */
  derive?: (row: Record<string, unknown>, before: Snapshot | null, writer: Writer) => Record<string, unknown>;
}

export interface SpanInput {
  start: number;
  end: number;
  text: string;
}
