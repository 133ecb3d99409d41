import { articlesOfEvents } from '../articles/article.service.js';
import { Article, ArticleConnection, articleListArgs, selectArticles } from '../articles/article.type.js';
import { builder, enumOf } from '../builder.js';
import {
  CasualtyReport,
  CasualtyReportConnection,
  casualtyReportListArgs,
  selectCasualtyReports,
} from '../casualties/casualty-report.type.js';
import type { Context } from '../context.js';
import type { EventRow, eventKinds, events } from '../db/schema/index.js';
import { casualtyReports, militaryDeployments } from '../db/schema/index.js';
import {
  MilitaryDeployment,
  MilitaryDeploymentConnection,
  militaryDeploymentListArgs,
  selectMilitaryDeployments,
} from '../deployments/military-deployment.type.js';
import { reads } from '../graphql/columns-read.js';
import { childrenOf, connectionOf, type ListSelection, rootConnection } from '../graphql/connection.js';
import { dayRange, filterId, listArgs, valuesOf } from '../graphql/list-args.js';
import { loadNodes, loadOptional } from '../graphql/load.js';
import { Place } from '../places/place.type.js';
import { eventFilter, eventLists } from './event.service.js';

export const EventKind = enumOf<(typeof eventKinds)[number]>('EventKind', 'What sort of event an event is.', {
  CLASHES: 'Fighting between groups (protesters and security forces).',
  PROTEST: 'A protest or demonstration.',
  OUSTER: 'A leader forced from power.',
  TRANSFER_OF_POWER: 'Power passing to new hands.',
  DEPLOYMENT: 'Forces sent abroad.',
  OTHER: 'Any other event.',
});

export const Event = builder.objectRef<EventRow>('Event');

export const EventConnection = connectionOf(Event, 'Event', 'events');

builder.node(Event, {
  description: 'Something that happened, which several articles, casualty reports and deployments can share.',
  id: { resolve: (e) => e.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.eventById, ids),
  fields: (t) => ({
    kind: t.expose('kind', {
      type: EventKind,
      description: 'What sort of event it is.',
    }),
    title: t.exposeString('title', { description: 'A short headline for the event.' }),
    place: t.field({
      type: Place,
      nullable: true,
      description: 'Where it happened.',
      ...reads('placeId'),
      resolve: (e, _args, ctx) => loadOptional(ctx.loaders.placeById, e.placeId),
    }),
    startsOn: t.expose('startsOn', {
      type: 'Date',
      nullable: true,
      description: 'The day it began, when known.',
    }),
    endsOn: t.expose('endsOn', {
      type: 'Date',
      nullable: true,
      description: 'The day it ended; null while it goes on or when unknown.',
    }),
    casualtyReports: t.connection(
      {
        type: CasualtyReport,
        description: 'Casualty reports of this event, from every article.',
        args: casualtyReportListArgs(t.arg),
        ...reads(),
        resolve: childrenOf(selectCasualtyReports, casualtyReports.eventId, (loaders) => loaders.casualtyReportById),
      },
      CasualtyReportConnection,
    ),
    militaryDeployments: t.connection(
      {
        type: MilitaryDeployment,
        description: 'Deployments that belong to this event, from every article.',
        args: militaryDeploymentListArgs(t.arg),
        ...reads(),
        resolve: childrenOf(
          selectMilitaryDeployments,
          militaryDeployments.eventId,
          (loaders) => loaders.militaryDeploymentById,
        ),
      },
      MilitaryDeploymentConnection,
    ),
    articles: t.connection(
      {
        type: Article,
        description: 'The articles that report the event, newest first unless `orderBy` says otherwise.',
        args: articleListArgs(t.arg),
        ...reads(),
        resolve: childrenOf(selectArticles, articlesOfEvents, (loaders) => loaders.articleById),
      },
      ArticleConnection,
    ),
  }),
});

export const EventOrder = enumOf<keyof typeof eventLists>('EventOrder', 'How a list of events is ordered.', {
  RECORDED: 'In the order they were recorded.',
  LATEST: 'The most recently begun first; events without a start day come last.',
  MOST_ARTICLES: 'The most covered first: by how many articles report them.',
});

export const EventFilter = builder.inputType('EventFilter', {
  description: 'Which events a list holds; every field given must match.',
  fields: (t) => ({
    kinds: t.field({ type: [EventKind], description: 'Only these kinds.' }),
    place: t.id({ description: 'At this place or any place inside it.' }),
    from: t.field({
      type: 'Date',
      description: 'Events still going on or after this day (events without days are left out).',
    }),
    to: t.field({
      type: 'Date',
      description: 'Events begun on or before this day (events without days are left out).',
    }),
  }),
});

/** The events a list field's arguments ask for. */
export async function selectEvents(
  ctx: Context,
  args: { filter?: typeof EventFilter.$inferInput | null; orderBy: keyof typeof eventLists },
): Promise<ListSelection<typeof events>> {
  return {
    list: eventLists[args.orderBy],
    filter: eventFilter({
      kinds: valuesOf(args.filter?.kinds),
      placeId: await filterId(ctx, args.filter?.place, 'Place', 'filter.place'),
      ...dayRange(args.filter),
    }),
  };
}

builder.queryFields((t) => ({
  events: t.connection(
    {
      type: Event,
      description: 'Events, in the order they were recorded unless `orderBy` says otherwise.',
      args: listArgs(t.arg, EventFilter, EventOrder, 'RECORDED', 'events'),
      resolve: async (_root, args, ctx, info) =>
        rootConnection(ctx, info, await selectEvents(ctx, args), args, { prime: ctx.loaders.eventById }),
    },
    EventConnection,
  ),
}));
