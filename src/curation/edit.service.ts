import type { Caller } from '../auth/token.service.js';
import type { Db } from '../db/client.js';
import { BadUserInputError, type FieldIssue, ValidationError } from '../errors.js';
import { parseGlobalId } from '../graphql/global-id.js';
import { type EditableType, isFactType } from '../history/editable.js';
import { type Snapshot, type Writer, write } from '../history/write-path.js';
import type { FieldSpec, RecordSpec, SpanInput } from './record-spec.js';

type Input = Record<string, unknown>;

const today = () => new Date().toISOString().slice(0, 10);

function columnOf(name: string, field: FieldSpec): string {
  if (field.kind === 'ref') return field.column ?? `${name}Id`;
  return name;
}

/**
 * Turns the fields an input sets into column values, collecting an issue for
 * each bad one. Spans are checked later, against the article of the result.
 */
function columnsFrom(spec: RecordSpec, input: Input, creating: boolean, writer: Writer, issues: FieldIssue[]) {
  const values: Record<string, unknown> = {};
  const issue = (path: string[], message: string) => issues.push({ path, message });
  for (const [name, field] of Object.entries(spec.fields)) {
    const value = input[name];
    if (value === undefined) {
      if (creating && field.required) issue([name], 'is required');
      continue;
    }
    if (!creating && field.createOnly) {
      issue([name], `cannot be changed; create a new ${spec.noun} instead`);
      continue;
    }
    if (value === null) {
      if (field.required) issue([name], 'cannot be cleared');
      else if (field.kind === 'span') Object.assign(values, { [field.start]: null, [field.end]: null });
      else values[columnOf(name, field)] = null;
      continue;
    }
    switch (field.kind) {
      case 'string': {
        const text = String(value).trim();
        if (!text) issue([name], 'must not be empty');
        else values[name] = text;
        break;
      }
      case 'int':
        if ((value as number) < (field.min ?? 0)) issue([name], `must not be less than ${field.min ?? 0}`);
        else values[name] = value;
        break;
      case 'enum':
        values[name] = value;
        break;
      case 'date': {
        const day = String(value);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
          issue([name], `"${day}" is not a real day in the form YYYY-MM-DD`);
        } else if (day > today()) issue([name], `${day} is in the future`);
        else values[name] = day;
        break;
      }
      case 'datetime': {
        const at = Date.parse(String(value));
        if (Number.isNaN(at) || !/^\d{4}-\d{2}-\d{2}T/.test(String(value))) {
          issue([name], `"${value}" is not an RFC 3339 date-time`);
        } else if (at > Date.now()) issue([name], `${value} is in the future`);
        else values[name] = new Date(at).toISOString();
        break;
      }
      case 'ref': {
        let id: number;
        try {
          id = parseGlobalId(String(value), field.type);
        } catch (error) {
          if (!(error instanceof BadUserInputError)) throw error;
          issue([name], error.message);
          break;
        }
        const target = writer.read(field.type, id);
        if (!target || target.retractedAt) issue([name], `there is no ${field.type} with ID "${value}"`);
        else if (field.placeKind && target.kind !== field.placeKind) {
          issue(
            [name],
            `must be a country; ${target.name} is a ${String(target.kind).toLowerCase().replace('_', ' ')}`,
          );
        } else values[columnOf(name, field)] = id;
        break;
      }
      case 'span': {
        const span = value as SpanInput;
        Object.assign(values, { [field.start]: span.start, [field.end]: span.end });
        break;
      }
    }
  }
  return values;
}

/** Spans lie inside the body of the record's article and read what the input says they read. */
function checkSpans(
  spec: RecordSpec,
  input: Input,
  row: Record<string, unknown>,
  writer: Writer,
  issues: FieldIssue[],
) {
  const spans = Object.entries(spec.fields).filter(([name, f]) => f.kind === 'span' && input[name] != null);
  if (spans.length === 0) return;
  const article = writer.read('Article', row.articleId as number);
  if (!article) return; // the article field has its own issue
  const body = article.body as string;
  for (const [name] of spans) {
    const { start, end, text } = input[name] as SpanInput;
    if (!Number.isInteger(start) || start < 0 || end <= start || end > body.length) {
      issues.push({
        path: [name],
        message: `[${start}, ${end}) is not a span of the article body, which has ${body.length} characters`,
      });
    } else if (body.slice(start, end) !== text) {
      issues.push({
        path: [name, 'text'],
        message: `the body reads "${body.slice(start, end)}" at [${start}, ${end}), not "${text}"`,
      });
    }
  }
}

function validated(spec: RecordSpec, input: Input, before: Snapshot | null, writer: Writer): Record<string, unknown> {
  const issues: FieldIssue[] = [];
  const values = columnsFrom(spec, input, before === null, writer, issues);
  const row = { ...before, ...values };
  checkSpans(spec, input, row, writer, issues);
  if (issues.length === 0) spec.check?.(row, (path, message) => issues.push({ path: [path], message }), writer);
  if (issues.length) throw new ValidationError(issues);
  return { ...values, ...spec.derive?.(row, before, writer) };
}

/** An editor adds a record; a fact so added is curated and confirmed. */
export function createRecord(ctx: { db: Db; caller: Caller }, spec: RecordSpec, input: Input): Snapshot {
  return write(ctx, (writer) => {
    const values = validated(spec, input, null, writer);
    const curated = isFactType(spec.type) ? { method: 'CURATED', reviewStatus: 'CONFIRMED', confidence: 1 } : {};
    return writer.insert(spec.type, { ...values, ...curated });
  });
}

/**
 * An editor changes a record it read at `revision`. A fact so corrected
 * becomes curated; its review status stays what it was.
 */
export function updateRecord(
  ctx: { db: Db; caller: Caller },
  spec: RecordSpec,
  input: Input & { id: string; revision: number },
): Snapshot {
  const id = idOf(input.id, spec.type);
  return write(ctx, (writer) => {
    const before = writer.live(spec.type, id, `${spec.noun} "${input.id}"`);
    writer.assertRevision(spec.type, before, input.revision);
    const values = validated(spec, input, before, writer);
    if (isFactType(spec.type)) values.method = 'CURATED';
    return writer.update(spec.type, id, values, { action: 'UPDATE', revision: input.revision });
  });
}

/** The row id of a global ID an input names; a wrong one is a ValidationError at `path`. */
export function idOf(globalId: string, type: EditableType, path: string[] = ['id']): number {
  try {
    return parseGlobalId(globalId, type);
  } catch (error) {
    if (error instanceof BadUserInputError) throw new ValidationError([{ path, message: error.message }]);
    throw error;
  }
}
