import { builder, enumOf, Fact } from '../builder.js';
import type { CasualtyReportRow, casualtyCategories } from '../db/schema/index.js';
import { Event } from '../events/event.type.js';
import { connectionOf, rootConnection } from '../graphql/connection.js';
import { CountQualifier } from '../graphql/fact.js';
import { loadNodes, loadOptional } from '../graphql/load.js';
import { Place } from '../places/place.type.js';
import { casualtyReportList } from './casualty-report.service.js';

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
    category: t.field({ type: CasualtyCategory, description: 'What happened to them.', resolve: (c) => c.category }),
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
    qualifier: t.field({ type: CountQualifier, description: 'How exact the figure is.', resolve: (c) => c.qualifier }),
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
      resolve: (c, _args, ctx) => loadOptional(ctx.loaders.placeById, c.placeId),
    }),
    event: t.field({
      type: Event,
      nullable: true,
      description: 'The event the casualties belong to; reports of one incident share it.',
      resolve: (c, _args, ctx) => loadOptional(ctx.loaders.eventById, c.eventId),
    }),
    occurredOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it happened, when known.',
      resolve: (c) => c.occurredOn,
    }),
  }),
});

builder.queryFields((t) => ({
  casualtyReports: t.connection(
    {
      type: CasualtyReport,
      description: 'All casualty reports, by article and then in reading order.',
      resolve: (_root, args, ctx) =>
        rootConnection(ctx, casualtyReportList, args, { prime: ctx.loaders.casualtyReportById }),
    },
    CasualtyReportConnection,
  ),
}));
