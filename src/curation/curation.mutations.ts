import type { ObjectRef } from '@pothos/core';
import { builder, Fact, type Types } from '../builder.js';
import { BadUserInputError, ValidationError } from '../errors.js';
import { branded } from '../graphql/brand.js';
import { afterWrite } from '../graphql/edit-mutations.js';
import { mutationErrors } from '../graphql/errors.js';
import { ReviewStatus } from '../graphql/fact.js';
import { decodeGlobalId, parseGlobalId } from '../graphql/global-id.js';
import { type AliasedType, aliasTables, type EditableType, editableTypes } from '../history/editable.js';
import { HistoryEntry } from '../history/history.type.js';
import type { Snapshot } from '../history/write-path.js';
import { Organization } from '../organizations/organization.type.js';
import { Person } from '../people/person.type.js';
import { Place } from '../places/place.type.js';
import {
  changeAlias,
  mergeRecords,
  restoreRecord,
  retractRecord,
  reviewFacts,
  undoChangeSet,
} from './curation.service.js';

/** The editable record a global ID names; anything else is a ValidationError at `path`. */
function recordOf(globalId: string, path: string[], types: readonly EditableType[] = editableTypes) {
  let typename: string;
  let id: string;
  try {
    ({ typename, id } = decodeGlobalId(globalId));
  } catch (error) {
    if (error instanceof BadUserInputError) throw new ValidationError([{ path, message: error.message }]);
    throw error;
  }
  if (!(types as readonly string[]).includes(typename)) {
    throw new ValidationError([
      { path, message: `a ${typename} cannot be changed this way; expected ${types.join(' or ')}` },
    ]);
  }
  return { type: typename as EditableType, id: Number(id), globalId };
}

const node = (row: Snapshot, type: EditableType) => branded(row, type) as never;

const RecordInput = builder.inputType('RecordInput', {
  description: 'A record to retract or restore, and why.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The global ID of any fact or entity.' }),
    note: t.string({ description: 'Why, for the history.' }),
  }),
});

const RecordPayload = builder.objectRef<{ row: Snapshot; type: EditableType }>('RecordPayload').implement({
  description: 'The record just retracted or restored.',
  fields: (t) => ({
    record: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The record as it is now (a retracted one still answers here, and nowhere else).',
      resolve: (p) => node(p.row, p.type),
    }),
  }),
});

const ReviewFactsInput = builder.inputType('ReviewFactsInput', {
  description: 'Facts to review, and the verdict.',
  fields: (t) => ({
    ids: t.idList({ required: true, description: 'The global IDs of the facts (any fact types).' }),
    status: t.field({ type: ReviewStatus, required: true, description: 'The review status they all get.' }),
    note: t.string({ description: "The reviewer's note, kept in each fact's history." }),
  }),
});

const ReviewFactsPayload = builder
  .objectRef<Array<{ row: Snapshot; type: EditableType }>>('ReviewFactsPayload')
  .implement({
    description: 'The facts just reviewed.',
    fields: (t) => ({
      facts: t.field({
        type: [Fact],
        description: 'The facts, in the order given.',
        resolve: (list) => list.map((f) => node(f.row, f.type)),
      }),
    }),
  });

const AliasInput = builder.inputType('AliasInput', {
  description: 'A name to add to or remove from a person, organization or place.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The global ID of the person, organization or place.' }),
    alias: t.string({ required: true, description: 'The other name ("Mr. Bakiyev").' }),
  }),
});

const UndoInput = builder.inputType('UndoInput', {
  description: 'A change to undo.',
  fields: (t) => ({
    historyEntry: t.id({
      required: true,
      description: 'The global ID of a HistoryEntry: the whole change set (mutation) it belongs to is undone.',
    }),
  }),
});

const UndoPayload = builder.objectRef<Array<{ row: Snapshot; type: EditableType }>>('UndoPayload').implement({
  description: 'The records just put back.',
  fields: (t) => ({
    records: t.field({
      type: [builder.nodeInterfaceRef()],
      description: 'Each record the undone change set touched, as it is now.',
      resolve: (list) => list.map((r) => node(r.row, r.type)),
    }),
  }),
});

builder.mutationFields((t) => ({
  retract: t.field({
    type: RecordPayload,
    authScopes: { editor: true },
    errors: mutationErrors('retract'),
    description:
      'Retracts a fact or an entity (editors): it disappears from every read and stays in history; an article takes its facts along. Nothing is ever deleted.',
    args: { input: t.arg({ type: RecordInput, required: true, description: 'The record.' }) },
    resolve: (_root, { input }, ctx) => {
      const { type, id } = recordOf(String(input.id), ['id']);
      return afterWrite(ctx, { row: retractRecord(ctx, type, id, input.note ?? null), type });
    },
  }),
  restore: t.field({
    type: RecordPayload,
    authScopes: { editor: true },
    errors: mutationErrors('restore'),
    description: 'Brings back a retracted fact or entity, with what its retraction took along (editors).',
    args: { input: t.arg({ type: RecordInput, required: true, description: 'The record.' }) },
    resolve: (_root, { input }, ctx) => {
      const { type, id } = recordOf(String(input.id), ['id']);
      return afterWrite(ctx, { row: restoreRecord(ctx, type, id, input.note ?? null), type });
    },
  }),
  reviewFacts: t.field({
    type: ReviewFactsPayload,
    authScopes: { editor: true },
    errors: mutationErrors('reviewFacts'),
    description: 'Confirms or rejects facts in bulk (editors): all of them change, or none.',
    args: { input: t.arg({ type: ReviewFactsInput, required: true, description: 'The facts and the verdict.' }) },
    resolve: (_root, { input }, ctx) => {
      const facts = input.ids.map((id, i) => recordOf(String(id), ['ids', String(i)]));
      const rows = reviewFacts(ctx, facts, input.status, input.note ?? null);
      return afterWrite(
        ctx,
        rows.map((row, i) => ({ row, type: facts[i]?.type as EditableType })),
      );
    },
  }),
  undo: t.field({
    type: UndoPayload,
    authScopes: { editor: true },
    errors: mutationErrors('undo'),
    description:
      'Undoes the mutation a history entry belongs to (a merge, a retraction, an update), provided nothing it touched has changed since (editors).',
    args: { input: t.arg({ type: UndoInput, required: true, description: 'The history entry.' }) },
    resolve: (_root, { input }, ctx) => {
      let entryId: number;
      try {
        entryId = parseGlobalId(String(input.historyEntry), 'HistoryEntry');
      } catch (error) {
        if (error instanceof BadUserInputError) {
          throw new ValidationError([{ path: ['historyEntry'], message: error.message }]);
        }
        throw error;
      }
      return afterWrite(ctx, undoChangeSet(ctx, entryId));
    },
  }),
  addAlias: aliasMutation(t, true),
  removeAlias: aliasMutation(t, false),
}));

function aliasMutation(t: PothosSchemaTypes.MutationFieldBuilder<Types, object>, add: boolean) {
  const name = add ? 'addAlias' : 'removeAlias';
  return t.field({
    type: RecordPayload,
    authScopes: { editor: true },
    errors: mutationErrors(name),
    description: add
      ? 'Adds another name to a person, organization or place (editors).'
      : 'Removes one of the other names of a person, organization or place (editors).',
    args: { input: t.arg({ type: AliasInput, required: true, description: 'The record and the name.' }) },
    resolve: (_root, { input }, ctx) => {
      const { type, id } = recordOf(String(input.id), ['id'], Object.keys(aliasTables) as AliasedType[]);
      return afterWrite(ctx, { row: changeAlias(ctx, type as AliasedType, id, input.alias, add), type });
    },
  });
}

/** `merge<Type>s`: one mutation per kind of entity that can have duplicates. */
function mergeMutation<Shape>(type: AliasedType, ref: ObjectRef<Types, Shape>, plural: string, noun: string) {
  const Input = builder.inputType(`Merge${plural}Input`, {
    description: `Two records of one ${noun}.`,
    fields: (t) => ({
      from: t.id({ required: true, description: `The duplicate: it is retracted and its name becomes an alias.` }),
      into: t.id({ required: true, description: 'The record that stays and takes everything over.' }),
    }),
  });
  const Payload = builder
    .objectRef<{ survivor: Snapshot; merged: Snapshot; entryId: number }>(`Merge${plural}Payload`)
    .implement({
      description: `Two records of one ${noun}, merged.`,
      fields: (t) => ({
        survivor: t.field({
          type: ref,
          description: 'The record that stays, with everything moved to it.',
          resolve: (p) => p.survivor as never,
        }),
        merged: t.field({ type: ref, description: 'The duplicate, now retracted.', resolve: (p) => p.merged as never }),
        historyEntry: t.field({
          type: HistoryEntry,
          description: 'The history entry of the merge: pass its ID to `undo` to reverse the merge.',
          resolve: (p, _args, ctx) => ctx.loaders.historyEntryById.load(p.entryId) as never,
        }),
      }),
    });
  builder.mutationField(`merge${plural}`, (t) =>
    t.field({
      type: Payload,
      authScopes: { editor: true },
      errors: mutationErrors(`merge${plural}`),
      description: `Merges a duplicate ${noun} into another (editors): every mention, role, statement, deployment and reference moves over, the duplicate's names become aliases, and the duplicate is retracted. \`undo\` reverses it.`,
      args: { input: t.arg({ type: Input, required: true, description: 'The duplicate and the survivor.' }) },
      resolve: (_root, { input }, ctx) => {
        const from = recordOf(String(input.from), ['from'], [type]).id;
        const into = recordOf(String(input.into), ['into'], [type]).id;
        return afterWrite(ctx, mergeRecords(ctx, type, from, into));
      },
    }),
  );
}

mergeMutation('Person', Person, 'People', 'person');
mergeMutation('Organization', Organization, 'Organizations', 'organization');
mergeMutation('Place', Place, 'Places', 'place');
