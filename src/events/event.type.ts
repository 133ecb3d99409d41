import { articleList, articlesOfEvents } from '../articles/article.service.js';
import { Article, ArticleConnection } from '../articles/article.type.js';
import { builder, enumOf } from '../builder.js';
import { casualtyReportList } from '../casualties/casualty-report.service.js';
import { CasualtyReport, CasualtyReportConnection } from '../casualties/casualty-report.type.js';
import type { EventRow, eventKinds } from '../db/schema/index.js';
import { casualtyReports, militaryDeployments } from '../db/schema/index.js';
import { militaryDeploymentList } from '../deployments/military-deployment.service.js';
import { MilitaryDeployment, MilitaryDeploymentConnection } from '../deployments/military-deployment.type.js';
import { childrenOf, connectionOf, rootConnection } from '../graphql/connection.js';
import { loadNodes, loadOptional } from '../graphql/load.js';
import { Place } from '../places/place.type.js';
import { eventList } from './event.service.js';

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
    kind: t.field({ type: EventKind, description: 'What sort of event it is.', resolve: (e) => e.kind }),
    title: t.exposeString('title', { description: 'A short headline for the event.' }),
    place: t.field({
      type: Place,
      nullable: true,
      description: 'Where it happened.',
      resolve: (e, _args, ctx) => loadOptional(ctx.loaders.placeById, e.placeId),
    }),
    startsOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it began, when known.',
      resolve: (e) => e.startsOn,
    }),
    endsOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it ended; null while it goes on or when unknown.',
      resolve: (e) => e.endsOn,
    }),
    casualtyReports: t.connection(
      {
        type: CasualtyReport,
        description: 'Casualty reports of this event, from every article.',
        resolve: childrenOf(casualtyReportList, casualtyReports.eventId, (loaders) => loaders.casualtyReportById),
      },
      CasualtyReportConnection,
    ),
    militaryDeployments: t.connection(
      {
        type: MilitaryDeployment,
        description: 'Deployments that belong to this event, from every article.',
        resolve: childrenOf(
          militaryDeploymentList,
          militaryDeployments.eventId,
          (loaders) => loaders.militaryDeploymentById,
        ),
      },
      MilitaryDeploymentConnection,
    ),
    articles: t.connection(
      {
        type: Article,
        description: 'The articles that report the event, newest first.',
        resolve: childrenOf(articleList, articlesOfEvents, (loaders) => loaders.articleById),
      },
      ArticleConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  events: t.connection(
    {
      type: Event,
      description: 'All events, in the order they were recorded.',
      resolve: (_root, args, ctx) => rootConnection(ctx, eventList, args, { prime: ctx.loaders.eventById }),
    },
    EventConnection,
  ),
}));
