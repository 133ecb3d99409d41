import { builder, enumOf, Fact } from '../builder.js';
import type { Context } from '../context.js';
import type { CasualtyReportRow, casualtyCategories, casualtyReports } from '../db/schema/index.js';
import { BadUserInputError } from '../errors.js';
import { Event } from '../events/event.type.js';
import { reads } from '../graphql/columns-read.js';
import { connectionOf, type ListSelection, rootConnection } from '../graphql/connection.js';
import { CountQualifier, MIN_CONFIDENCE, ReviewStatus } from '../graphql/fact.js';
import { confidenceFloor, dayRange, filterId, listArgs, valuesOf } from '../graphql/list-args.js';
import { loadNodes, loadOptional } from '../graphql/load.js';
import { Place } from '../places/place.type.js';
import { type CasualtyReportCriteria, casualtyReportFilter, casualtyReportLists } from './casualty-report.service.js';

export const CasualtyCategory = enumOf<(typeof casualtyCategories)[number]>(
  'CasualtyCategory',
  'What happened to the people a casualty report counts.',
  {
    KILLED: 'Killed ("left at least 75 people dead").',
    INJURED: 'Injured or wounded.',
    MISSING: 'Missing.',
    ARRESTED: 'Arrested or detained.',
    DISPLACED: 'Driven from their homes.',
  },
);

export const CasualtyReport = builder.objectRef<CasualtyReportRow>('CasualtyReport');

export const CasualtyReportConnection = connectionOf(CasualtyReport, 'CasualtyReport', 'casualty reports');

builder.node(CasualtyReport, {
  description: 'A count of people killed, injured, missing, arrested or displaced, as an article reports it.',
  interfaces: [Fact],
  id: { resolve: (c) => c.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.casualtyReportById, ids),
  fields: (t) => ({
    category: t.expose('category', {
      type: CasualtyCategory,
      description: 'What happened to them.',
    }),
    count: t.exposeInt('count', {
      nullable: true,
      description: 'The figure as stated (75 for "at least 75"); null when the article gives only a range.',
    }),
    countLow: t.exposeInt('countLow', {
      nullable: true,
      description: 'The lower bound the wording implies (75 for "at least 75"), when there is one.',
    }),
    countHigh: t.exposeInt('countHigh', {
      nullable: true,
      description: 'The upper bound the wording implies, when there is one (none for "at least 75").',
    }),
    qualifier: t.expose('qualifier', {
      type: CountQualifier,
      description: 'How exact the figure is.',
    }),
    statedCount: t.exposeString('statedCount', { description: 'The count exactly as printed ("at least 75").' }),
    victims: t.exposeString('victims', {
      nullable: true,
      description: 'Who they were, as the article says ("people", "protesters", "soldiers").',
    }),
    cause: t.exposeString('cause', {
      nullable: true,
      description:
        'What caused the casualties, as the article says ("clashes between security forces and protesters").',
    }),
    place: t.field({
      type: Place,
      nullable: true,
      description: 'Where it happened.',
      ...reads('placeId'),
      resolve: (c, _args, ctx) => loadOptional(ctx.loaders.placeById, c.placeId),
    }),
    event: t.field({
      type: Event,
      nullable: true,
      description: 'The event the casualties belong to; reports of one incident share it.',
      ...reads('eventId'),
      resolve: (c, _args, ctx) => loadOptional(ctx.loaders.eventById, c.eventId),
    }),
    occurredOn: t.expose('occurredOn', {
      type: 'Date',
      nullable: true,
      description: 'The day it happened, when known.',
    }),
  }),
});

export const CasualtyReportOrder = enumOf<keyof typeof casualtyReportLists>(
  'CasualtyReportOrder',
  'How a list of casualty reports is ordered.',
  {
    READING_ORDER: 'By article, then in the order the article reports them.',
    LATEST: 'The most recent incident first; reports without a day come last.',
    LARGEST: 'The largest figure first (a report without one by its lower bound; with neither, last).',
  },
);

export const CasualtyReportFilter = builder.inputType('CasualtyReportFilter', {
  description: 'Which casualty reports a list or a statistic takes; every field given must match.',
  fields: (t) => ({
    place: t.id({ description: 'At this place or any place inside it (a country and its cities).' }),
    event: t.id({ description: 'Reports of this event.' }),
    categories: t.field({ type: [CasualtyCategory], description: 'Only these categories.' }),
    qualifiers: t.field({ type: [CountQualifier], description: 'Only figures stated this way ("at least", ...).' }),
    reviewStatuses: t.field({ type: [ReviewStatus], description: 'Only facts in these review states.' }),
    minConfidence: t.float({ description: MIN_CONFIDENCE }),
    from: t.field({
      type: 'Date',
      description: 'Incidents on or after this day (the day of the article when the report does not tell).',
    }),
    to: t.field({ type: 'Date', description: 'Incidents on or before this day.' }),
    minCount: t.int({
      description: 'Only reports whose figure (or, without one, its lower bound) is at least this; 0 or more.',
    }),
  }),
});

export type CasualtyReportFilterInput = typeof CasualtyReportFilter.$inferInput;

/** A casualty report filter's input, checked and with its IDs resolved. */
export async function casualtyReportCriteria(
  ctx: Context,
  filter: CasualtyReportFilterInput | null | undefined,
): Promise<CasualtyReportCriteria> {
  if (filter?.minCount != null && filter.minCount < 0) {
    throw new BadUserInputError(`"filter.minCount" must be 0 or more, got ${filter.minCount}`, {
      argument: 'filter.minCount',
    });
  }
  return {
    placeId: await filterId(ctx, filter?.place, 'Place', 'filter.place'),
    eventId: await filterId(ctx, filter?.event, 'Event', 'filter.event'),
    categories: valuesOf(filter?.categories),
    qualifiers: valuesOf(filter?.qualifiers),
    reviewStatuses: valuesOf(filter?.reviewStatuses),
    minConfidence: confidenceFloor(filter),
    ...dayRange(filter),
    minCount: filter?.minCount ?? undefined,
  };
}

export const casualtyReportListArgs = (arg: Parameters<typeof listArgs>[0]) =>
  listArgs(arg, CasualtyReportFilter, CasualtyReportOrder, 'READING_ORDER', 'casualty reports');

/** The casualty reports a list field's arguments ask for. */
export async function selectCasualtyReports(
  ctx: Context,
  args: { filter?: CasualtyReportFilterInput | null; orderBy: keyof typeof casualtyReportLists },
): Promise<ListSelection<typeof casualtyReports>> {
  return {
    list: casualtyReportLists[args.orderBy],
    filter: casualtyReportFilter(await casualtyReportCriteria(ctx, args.filter)),
  };
}

builder.queryFields((t) => ({
  casualtyReports: t.connection(
    {
      type: CasualtyReport,
      description: 'Casualty reports, by article and in reading order unless `orderBy` says otherwise.',
      args: casualtyReportListArgs(t.arg),
      resolve: async (_root, args, ctx, info) =>
        rootConnection(ctx, info, await selectCasualtyReports(ctx, args), args, {
          prime: ctx.loaders.casualtyReportById,
        }),
    },
    CasualtyReportConnection,
  ),
}));
