import { builder, enumOf } from '../builder.js';
import { checkGroupBy, groupByDescription } from '../graphql/group-by.js';
import { loadOptional } from '../graphql/load.js';
import { Place } from '../places/place.type.js';
import { type DeploymentBucket, type DeploymentGroupKey, deploymentStats } from './deployment-stats.service.js';
import { DeploymentStatus, MilitaryDeploymentFilter, militaryDeploymentFilterOf } from './military-deployment.type.js';

export const DeploymentGroupKeyEnum = enumOf<DeploymentGroupKey>(
  'DeploymentGroupKey',
  'What deployment figures can be grouped by.',
  {
    DEPLOYING_COUNTRY: 'The country whose forces they are.',
    HOST_COUNTRY: 'The country the forces are in.',
    STATUS: 'Ordered, arrived, stationed, leased, withdrawn, ...',
    MONTH: "The month of the reported step (its article's when the report does not tell).",
    YEAR: 'The year of the reported step.',
  },
);

const PERIODS: DeploymentGroupKey[] = ['MONTH', 'YEAR'];

const DeploymentBucketRef = builder.objectRef<DeploymentBucket>('DeploymentBucket').implement({
  description: 'Foreign military presence in one bucket.',
  fields: (t) => ({
    deployingCountry: t.field({
      type: Place,
      nullable: true,
      description: 'The deploying country, when grouped by DEPLOYING_COUNTRY.',
      resolve: (b, _args, ctx) => loadOptional(ctx.loaders.placeById, b.deployingCountryId),
    }),
    hostCountry: t.field({
      type: Place,
      nullable: true,
      description: 'The host country, when grouped by HOST_COUNTRY.',
      resolve: (b, _args, ctx) => loadOptional(ctx.loaders.placeById, b.hostCountryId),
    }),
    status: t.field({
      type: DeploymentStatus,
      nullable: true,
      description: 'The status, when grouped by STATUS.',
      resolve: (b) => b.status,
    }),
    period: t.field({
      type: 'Date',
      nullable: true,
      description: 'The first day of the period, when grouped by MONTH or YEAR.',
      resolve: (b) => b.period,
    }),
    deploymentCount: t.exposeInt('deploymentCount', { description: 'How many deployments.' }),
    personnel: t.exposeInt('personnel', {
      description: 'Personnel summed over the deployments whose figure is known (see withoutPersonnelCount).',
    }),
    withoutPersonnelCount: t.exposeInt('withoutPersonnelCount', {
      description: 'How many deployments give no personnel figure, so `personnel` leaves them out.',
    }),
    deployingCountryCount: t.exposeInt('deployingCountryCount', {
      description: 'How many distinct countries sent the deployments.',
    }),
    hostCountryCount: t.exposeInt('hostCountryCount', { description: 'How many distinct countries host them.' }),
    articleCount: t.exposeInt('articleCount', { description: 'How many articles report them.' }),
  }),
});

builder.queryField('deploymentStats', (t) =>
  t.field({
    type: [DeploymentBucketRef],
    description:
      'Foreign military presence counted per bucket ("deployments by deploying country, with personnel"): in time order when grouped by a period, then most deployments first. Rejected reports do not count.',
    args: {
      filter: t.arg({ type: MilitaryDeploymentFilter, description: 'Which deployments to count.' }),
      groupBy: t.arg({
        type: [DeploymentGroupKeyEnum],
        required: true,
        description: groupByDescription(PERIODS),
      }),
    },
    resolve: async (_root, { filter, groupBy }, ctx) => {
      const keys = checkGroupBy(groupBy, PERIODS);
      return deploymentStats(ctx.db, await militaryDeploymentFilterOf(ctx, filter), keys);
    },
  }),
);
