import { builder, enumOf, Fact } from '../builder.js';
import type { Context } from '../context.js';
import type { deploymentStatuses, MilitaryDeploymentRow, militaryDeployments } from '../db/schema/index.js';
import { Event } from '../events/event.type.js';
import { reads } from '../graphql/columns-read.js';
import { connectionOf, type ListSelection, rootConnection } from '../graphql/connection.js';
import { CountQualifier, MIN_CONFIDENCE, ReviewStatus } from '../graphql/fact.js';
import { confidenceFloor, dayRange, filterId, listArgs, valuesOf } from '../graphql/list-args.js';
import { loadNodes, loadOptional, loadRequired } from '../graphql/load.js';
import { Person } from '../people/person.type.js';
import { Place } from '../places/place.type.js';
import { militaryDeploymentFilter, militaryDeploymentLists } from './military-deployment.service.js';

export const DeploymentStatus = enumOf<(typeof deploymentStatuses)[number]>(
  'DeploymentStatus',
  'Where a deployment stands, as the article reports it.',
  {
    ORDERED: 'Someone in command ordered it.',
    ANNOUNCED: 'It was announced but not yet under way.',
    ARRIVED: 'The forces arrived in the host country.',
    STATIONED: 'Forces are stationed there on a standing basis (a permanent base).',
    LEASED: 'The deploying country leases a facility there (an air base).',
    WITHDRAWN: 'The forces left.',
    PROPOSED: 'It was proposed or requested, not decided.',
  },
);

export const MilitaryDeployment = builder.objectRef<MilitaryDeploymentRow>('MilitaryDeployment');

export const MilitaryDeploymentConnection = connectionOf(
  MilitaryDeployment,
  'MilitaryDeployment',
  'military deployments',
);

builder.node(MilitaryDeployment, {
  description: "Foreign military presence: one country's forces in another's territory, as an article reports it.",
  interfaces: [Fact],
  id: { resolve: (d) => d.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.militaryDeploymentById, ids),
  fields: (t) => ({
    deployingCountry: t.field({
      type: Place,
      description: 'The country whose forces they are.',
      ...reads('deployingCountryId'),
      resolve: (d, _args, ctx) => loadRequired(ctx.loaders.placeById, d.deployingCountryId),
    }),
    hostCountry: t.field({
      type: Place,
      description: 'The country the forces are in.',
      ...reads('hostCountryId'),
      resolve: (d, _args, ctx) => loadRequired(ctx.loaders.placeById, d.hostCountryId),
    }),
    location: t.field({
      type: Place,
      nullable: true,
      description: 'Where in the host country, when stated ("Kant air base").',
      ...reads('locationId'),
      resolve: (d, _args, ctx) => loadOptional(ctx.loaders.placeById, d.locationId),
    }),
    forceType: t.exposeString('forceType', {
      nullable: true,
      description: 'What kind of force, as stated ("paratroopers").',
    }),
    unitSize: t.exposeString('unitSize', { nullable: true, description: 'The unit size as stated ("two companies").' }),
    personnel: t.exposeInt('personnel', { nullable: true, description: 'How many personnel, when a number is given.' }),
    personnelQualifier: t.expose('personnelQualifier', {
      type: CountQualifier,
      nullable: true,
      description: 'How exact the personnel figure is ("about 150" is APPROXIMATELY).',
    }),
    status: t.expose('status', {
      type: DeploymentStatus,
      description: 'Where the deployment stands.',
    }),
    purpose: t.exposeString('purpose', { nullable: true, description: 'What the forces are there for, as stated.' }),
    orderedBy: t.field({
      type: Person,
      nullable: true,
      description: 'Who ordered the deployment, when the article says.',
      ...reads('orderedById'),
      resolve: (d, _args, ctx) => loadOptional(ctx.loaders.personById, d.orderedById),
    }),
    event: t.field({
      type: Event,
      nullable: true,
      description: 'The event the deployment belongs to.',
      ...reads('eventId'),
      resolve: (d, _args, ctx) => loadOptional(ctx.loaders.eventById, d.eventId),
    }),
    occurredOn: t.expose('occurredOn', {
      type: 'Date',
      nullable: true,
      description: 'The day of the reported step (ordered, arrived, ...), when known.',
    }),
  }),
});

export const MilitaryDeploymentOrder = enumOf<keyof typeof militaryDeploymentLists>(
  'MilitaryDeploymentOrder',
  'How a list of military deployments is ordered.',
  {
    READING_ORDER: 'By article, then in the order the article reports them.',
    LATEST: 'The most recent step first; deployments without a day come last.',
    LARGEST: 'The most personnel first; deployments without a figure come last.',
  },
);

export const MilitaryDeploymentFilter = builder.inputType('MilitaryDeploymentFilter', {
  description: 'Which military deployments a list or a statistic takes; every field given must match.',
  fields: (t) => ({
    deployingCountry: t.id({ description: 'Forces of this country.' }),
    hostCountry: t.id({ description: 'Forces in this country.' }),
    location: t.id({ description: 'At this place or any place inside it.' }),
    statuses: t.field({ type: [DeploymentStatus], description: 'Only these statuses.' }),
    reviewStatuses: t.field({ type: [ReviewStatus], description: 'Only facts in these review states.' }),
    minConfidence: t.float({ description: MIN_CONFIDENCE }),
    from: t.field({
      type: 'Date',
      description: 'Steps on or after this day (the day of the article when the report does not tell).',
    }),
    to: t.field({ type: 'Date', description: 'Steps on or before this day.' }),
  }),
});

export type MilitaryDeploymentFilterInput = typeof MilitaryDeploymentFilter.$inferInput;

/** The SQL filter a MilitaryDeploymentFilter input asks for, its IDs and days checked. */
export async function militaryDeploymentFilterOf(
  ctx: Context,
  filter: MilitaryDeploymentFilterInput | null | undefined,
) {
  return militaryDeploymentFilter({
    deployingCountryId: await filterId(ctx, filter?.deployingCountry, 'Place', 'filter.deployingCountry'),
    hostCountryId: await filterId(ctx, filter?.hostCountry, 'Place', 'filter.hostCountry'),
    locationId: await filterId(ctx, filter?.location, 'Place', 'filter.location'),
    statuses: valuesOf(filter?.statuses),
    reviewStatuses: valuesOf(filter?.reviewStatuses),
    minConfidence: confidenceFloor(filter),
    ...dayRange(filter),
  });
}

export const militaryDeploymentListArgs = (arg: Parameters<typeof listArgs>[0]) =>
  listArgs(arg, MilitaryDeploymentFilter, MilitaryDeploymentOrder, 'READING_ORDER', 'military deployments');

/** The deployments a list field's arguments ask for. */
export async function selectMilitaryDeployments(
  ctx: Context,
  args: { filter?: MilitaryDeploymentFilterInput | null; orderBy: keyof typeof militaryDeploymentLists },
): Promise<ListSelection<typeof militaryDeployments>> {
  return {
    list: militaryDeploymentLists[args.orderBy],
    filter: await militaryDeploymentFilterOf(ctx, args.filter),
  };
}

builder.queryFields((t) => ({
  militaryDeployments: t.connection(
    {
      type: MilitaryDeployment,
      description:
        'Reported foreign military presence, by article and in reading order unless `orderBy` says otherwise.',
      args: militaryDeploymentListArgs(t.arg),
      resolve: async (_root, args, ctx, info) =>
        rootConnection(ctx, info, await selectMilitaryDeployments(ctx, args), args, {
          prime: ctx.loaders.militaryDeploymentById,
        }),
    },
    MilitaryDeploymentConnection,
  ),
}));
