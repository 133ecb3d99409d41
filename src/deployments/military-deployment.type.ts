import { builder, enumOf, Fact } from '../builder.js';
import type { deploymentStatuses, MilitaryDeploymentRow } from '../db/schema/index.js';
import { Event } from '../events/event.type.js';
import { connectionOf, rootConnection } from '../graphql/connection.js';
import { CountQualifier } from '../graphql/fact.js';
import { loadNodes, loadOptional, loadRequired } from '../graphql/load.js';
import { Person } from '../people/person.type.js';
import { Place } from '../places/place.type.js';
import { militaryDeploymentList } from './military-deployment.service.js';

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
      resolve: (d, _args, ctx) => loadRequired(ctx.loaders.placeById, d.deployingCountryId),
    }),
    hostCountry: t.field({
      type: Place,
      description: 'The country the forces are in.',
      resolve: (d, _args, ctx) => loadRequired(ctx.loaders.placeById, d.hostCountryId),
    }),
    location: t.field({
      type: Place,
      nullable: true,
      description: 'Where in the host country, when stated ("Kant air base").',
      resolve: (d, _args, ctx) => loadOptional(ctx.loaders.placeById, d.locationId),
    }),
    forceType: t.exposeString('forceType', {
      nullable: true,
      description: 'What kind of force, as stated ("paratroopers").',
    }),
    unitSize: t.exposeString('unitSize', { nullable: true, description: 'The unit size as stated ("two companies").' }),
    personnel: t.exposeInt('personnel', { nullable: true, description: 'How many personnel, when a number is given.' }),
    personnelQualifier: t.field({
      type: CountQualifier,
      nullable: true,
      description: 'How exact the personnel figure is ("about 150" is APPROXIMATELY).',
      resolve: (d) => d.personnelQualifier,
    }),
    status: t.field({ type: DeploymentStatus, description: 'Where the deployment stands.', resolve: (d) => d.status }),
    purpose: t.exposeString('purpose', { nullable: true, description: 'What the forces are there for, as stated.' }),
    orderedBy: t.field({
      type: Person,
      nullable: true,
      description: 'Who ordered the deployment, when the article says.',
      resolve: (d, _args, ctx) => loadOptional(ctx.loaders.personById, d.orderedById),
    }),
    event: t.field({
      type: Event,
      nullable: true,
      description: 'The event the deployment belongs to.',
      resolve: (d, _args, ctx) => loadOptional(ctx.loaders.eventById, d.eventId),
    }),
    occurredOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day of the reported step (ordered, arrived, ...), when known.',
      resolve: (d) => d.occurredOn,
    }),
  }),
});

builder.queryFields((t) => ({
  militaryDeployments: t.connection(
    {
      type: MilitaryDeployment,
      description: 'All reported foreign military presence, by article and then in reading order.',
      resolve: (_root, args, ctx) =>
        rootConnection(ctx, militaryDeploymentList, args, { prime: ctx.loaders.militaryDeploymentById }),
    },
    MilitaryDeploymentConnection,
  ),
}));
