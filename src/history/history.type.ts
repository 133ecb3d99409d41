import type { ObjectRef } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Article } from '../articles/article.type.js';
import { Photo } from '../articles/photo.type.js';
import { builder, enumOf, type Types } from '../builder.js';
import { CasualtyReport } from '../casualties/casualty-report.type.js';
import type { Context } from '../context.js';
import type { ConnectionArgs } from '../db/pagination.js';
import { pageWindow } from '../db/pagination.js';
import type { EditRow } from '../db/schema/index.js';
import { MilitaryDeployment } from '../deployments/military-deployment.type.js';
import { Event } from '../events/event.type.js';
import { reads } from '../graphql/columns-read.js';
import { connectionOf, toConnection } from '../graphql/connection.js';
import { loadNode, loadNodes } from '../graphql/load.js';
import { Mention } from '../mentions/mention.type.js';
import { Organization } from '../organizations/organization.type.js';
import { Person } from '../people/person.type.js';
import { Role } from '../people/role.type.js';
import { Place } from '../places/place.type.js';
import { Statement } from '../statements/statement.type.js';
import type { EditableType } from './editable.js';
import { historyCountsUnder, historyOrder, historyPagesUnder } from './history.service.js';
import type { EditAction } from './write-path.js';

export const HistoryAction = enumOf<EditAction>('HistoryAction', 'What a change did to a record.', {
  CREATE: 'Created it.',
  UPDATE: 'Changed some of its fields.',
  REVIEW: 'Set its review status (`reviewFacts`).',
  RETRACT: 'Retracted it: it no longer appears in any read.',
  RESTORE: 'Brought it back after a retraction.',
  MERGE: 'Merged it into another record (its references moved; it was retracted), or moved a reference in a merge.',
  ADD_ALIAS: 'Added another name to it.',
  REMOVE_ALIAS: 'Removed one of its other names.',
  UNDO: 'Put it back as it was before an earlier change set.',
  INGEST:
    'The ingest pipeline wrote an article and proposed its facts; `before` and `after` hold the article without its body and the ids of its proposed facts by type (`facts`).',
});

/** The loader of each editable type's rows, for `HistoryEntry.record`. */

export const HistoryEntry = builder.objectRef<EditRow>('HistoryEntry');

export const HistoryEntryConnection = connectionOf(HistoryEntry, 'HistoryEntry', 'history entries');

const json = (text: string | null) => (text === null ? null : (JSON.parse(text) as Record<string, unknown>));

builder.node(HistoryEntry, {
  description:
    'One change to one record: who made it, when, and the record before and after. Written in the transaction of the change; never edited or deleted.',
  // Token names are for the newsroom, not the public.
  authScopes: { reader: true },
  id: { resolve: (e) => e.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.historyEntryById, ids),
  fields: (t) => ({
    sequence: t.exposeInt('id', {
      description:
        'Where the change stands in the whole change log: later changes have larger numbers (a subscriber resumes after the last it saw).',
    }),
    changeSet: t.exposeInt('changeSet', {
      description: 'The `sequence` of the first entry its mutation wrote: all entries of one mutation share it.',
    }),
    at: t.expose('at', {
      type: 'DateTime',
      description: 'When the change was committed.',
    }),
    action: t.field({
      type: HistoryAction,
      description: 'What the change did.',
      ...reads('action'),
      resolve: (e) => e.action as EditAction,
    }),
    callerName: t.exposeString('callerName', { description: 'The name of the API token that made the change.' }),
    callerRole: t.exposeString('callerRole', {
      description: 'The role that token had (`editor`, `admin`), or `system` for the command-line ingest.',
    }),
    recordType: t.exposeString('entityType', { description: 'The GraphQL type of the record changed (`Person`).' }),
    record: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'The record changed, as it is now; null while it is retracted.',
      ...reads('entityType', 'entityId'),
      resolve: (e, _args, ctx) => loadNode(ctx, e.entityType as EditableType, e.entityId) as never,
    }),
    revision: t.int({
      description: 'The revision the record had after the change.',
      ...reads('after'),
      resolve: (e) => (json(e.after)?.revision as number) ?? 0,
    }),
    before: t.field({
      type: 'JSONObject',
      nullable: true,
      description:
        'The record before the change (its stored fields, and `aliases` where it has them); null for a creation.',
      ...reads('before'),
      resolve: (e) => json(e.before),
    }),
    after: t.field({
      type: 'JSONObject',
      description: 'The record after the change.',
      ...reads('after'),
      resolve: (e) => json(e.after) as Record<string, unknown>,
    }),
    note: t.exposeString('note', {
      nullable: true,
      description: "The editor's note, when one was given (a review note).",
    }),
  }),
});

function historyOf(type: EditableType) {
  return async (row: { id: number }, args: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) => {
    // One page window and one pair of batches for every record the field reaches, as for other lists.
    const batch = ctx.loaders.children.perField(info.fieldNodes, info.parentType.name, () => {
      const window = pageWindow(args, historyOrder);
      return {
        pages: ctx.loaders.children.batch((ids) => historyPagesUnder(ctx.db, type, ids, window)),
        counts: ctx.loaders.children.batch((ids) => historyCountsUnder(ctx.db, type, ids)),
      };
    });
    const page = await batch.pages.load(row.id);
    return toConnection(page, () => page.total ?? batch.counts.load(row.id), ctx.loaders.historyEntryById);
  };
}

const editableRefs: Record<EditableType, ObjectRef<Types, { id: number; revision: number }>> = {
  Article,
  Person,
  Organization,
  Place,
  Event,
  Role,
  Statement,
  CasualtyReport,
  MilitaryDeployment,
  Mention,
  Photo,
};

// Every editable record carries its revision and its history, declared here once for all of them.
for (const [type, ref] of Object.entries(editableRefs) as Array<[EditableType, (typeof editableRefs)[EditableType]]>) {
  builder.objectFields(ref, (t) => ({
    revision: t.exposeInt('revision', {
      description: 'How many times the record has been written (1 when created); send it with an update of it.',
    }),
    history: t.connection(
      {
        type: HistoryEntry,
        authScopes: { reader: true },
        description: 'Every change made to the record through the API, oldest first (token holders only).',
        ...reads(),
        resolve: historyOf(type),
      },
      HistoryEntryConnection,
    ),
  }));
}
