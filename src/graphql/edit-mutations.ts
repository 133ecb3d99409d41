import type { InputFieldBuilder, ObjectRef } from '@pothos/core';
import { builder, type Types } from '../builder.js';
import { type Context, createLoaders } from '../context.js';
import { createRecord, updateRecord } from '../curation/edit.service.js';
import type { FieldSpec, RecordSpec } from '../curation/record-spec.js';
import { isFactType } from '../history/editable.js';
import { mutationErrors } from './errors.js';

export const TextSpanInput = builder.inputType('TextSpanInput', {
  description: 'A span of an article body, with the text the editor read there (it must match the body).',
  fields: (t) => ({
    start: t.int({ required: true, description: 'Offset of the first character, in UTF-16 code units.' }),
    end: t.int({ required: true, description: 'Offset one past the last character.' }),
    text: t.string({ required: true, description: 'The text of the span, exactly as in the body.' }),
  }),
});

/** The fields every fact is created with: its article and its evidence. */
export function factFields(noun: string): Record<string, FieldSpec> {
  return {
    article: {
      kind: 'ref',
      type: 'Article',
      required: true,
      createOnly: true,
      description: `The article that states the ${noun}.`,
    },
    evidence: {
      kind: 'span',
      start: 'evidenceStart',
      end: 'evidenceEnd',
      required: true,
      description: `The span of the article body the ${noun} rests on.`,
    },
  };
}

function inputField(t: InputFieldBuilder<Types, 'InputObject'>, field: FieldSpec, required: boolean) {
  const options = { required, description: field.description };
  switch (field.kind) {
    case 'string':
      return t.string(options);
    case 'int':
      return t.int(options);
    case 'enum':
      return t.field({ ...options, type: field.enumRef as never });
    case 'date':
      return t.string({ ...options, description: `${field.description} (YYYY-MM-DD, not in the future)` });
    case 'datetime':
      return t.string({ ...options, description: `${field.description} (RFC 3339, not in the future)` });
    case 'ref':
      return t.id({ ...options, description: `${field.description} (the global ID of a ${field.type})` });
    case 'span':
      return t.field({ ...options, type: TextSpanInput });
  }
}

function inputFields(t: InputFieldBuilder<Types, 'InputObject'>, spec: RecordSpec, creating: boolean) {
  return Object.fromEntries(
    Object.entries(spec.fields)
      .filter(([, field]) => creating || !field.createOnly)
      .map(([name, field]) => [name, inputField(t, field, creating && field.required === true)]),
  );
}

/**
 * A mutation's loaders may hold rows from before it wrote (an earlier field
 * of the same operation read them): the payload and later fields read afresh.
 */
export function afterWrite<T>(ctx: Context, result: T): T {
  ctx.loaders = createLoaders(ctx.db);
  return result;
}

/** `<Verb><Type>Payload { <field>: <Type>! }`. */
export function payloadOf<Shape>(name: string, ref: ObjectRef<Types, Shape>, field: string, description: string) {
  return builder.objectRef<Shape>(name).implement({
    description,
    fields: (t) => ({
      [field]: t.field({ type: ref, description: 'The record as it is now.', resolve: (r) => r as never }),
    }),
  });
}

/** `create<Type>` and `update<Type>` for one kind of record, editors only, from its spec. */
export function recordMutations<Shape>(spec: RecordSpec, ref: ObjectRef<Types, Shape>, field: string) {
  const { type, noun } = spec;
  const CreateInput = builder.inputType(`Create${type}Input`, {
    description: `A new ${noun}.`,
    fields: (t) => inputFields(t, spec, true) as never,
  });
  const UpdateInput = builder.inputType(`Update${type}Input`, {
    description: `Changes to a ${noun}: a field left out stays as it is; null clears an optional one.`,
    fields: (t) => ({
      id: t.id({ required: true, description: `The global ID of the ${noun}.` }),
      revision: t.int({
        required: true,
        description: `The \`revision\` of the ${noun} you read: if it has changed since, nothing is written and the answer is a ConflictError.`,
      }),
      ...(inputFields(t, spec, false) as Record<string, never>),
    }),
  });
  const created = payloadOf(`Create${type}Payload`, ref, field, `The ${noun} just created.`);
  const updated = payloadOf(`Update${type}Payload`, ref, field, `The ${noun} just changed.`);
  builder.mutationFields((t) => ({
    [`create${type}`]: t.field({
      type: created,
      authScopes: { editor: true },
      errors: mutationErrors(`create${type}`),
      description: `Adds a ${noun} (editors).${isFactType(type) ? ' It is curated and confirmed.' : ''}`,
      args: { input: t.arg({ type: CreateInput, required: true, description: `The ${noun} to add.` }) },
      resolve: (_root, { input }, ctx) =>
        afterWrite(ctx, createRecord(ctx, spec, input as Record<string, unknown>) as never),
    }),
    [`update${type}`]: t.field({
      type: updated,
      authScopes: { editor: true },
      errors: mutationErrors(`update${type}`),
      description: `Changes a ${noun} read at \`revision\` (editors); a stale revision changes nothing.`,
      args: { input: t.arg({ type: UpdateInput, required: true, description: 'The changes.' }) },
      resolve: (_root, { input }, ctx) =>
        afterWrite(
          ctx,
          updateRecord(
            ctx,
            spec,
            input as unknown as Record<string, unknown> & { id: string; revision: number },
          ) as never,
        ),
    }),
  }));
}
