import { builder, enumOf } from '../builder.js';
import { Event } from '../events/event.type.js';
import { checkGroupBy, groupByDescription } from '../graphql/group-by.js';
import { loadOptional } from '../graphql/load.js';
import { Place } from '../places/place.type.js';
import { CasualtyCategory, CasualtyReportFilter, casualtyReportCriteria } from './casualty-report.type.js';
import { type CasualtyBucket, type CasualtyGroupKey, casualtyStats } from './casualty-stats.service.js';

export const CasualtyGroupKeyEnum = enumOf<CasualtyGroupKey>(
  'CasualtyGroupKey',
  'What casualty figures can be grouped by.',
  {
    COUNTRY: 'The country the incident happened in.',
    PLACE: 'The place the incident happened at.',
    CATEGORY: 'Killed, injured, missing, arrested or displaced.',
    EVENT: 'The event the reports belong to (none for reports without one).',
    DAY: 'The day of the incident.',
    WEEK: 'The ISO week of the incident (buckets start on Monday).',
    MONTH: 'The month of the incident.',
    YEAR: 'The year of the incident.',
  },
);

const CasualtyBucketRef = builder.objectRef<CasualtyBucket>('CasualtyBucket').implement({
  description:
    'Casualties in one bucket. An incident reported by several articles counts once: the most recent report gives its best figure, all its reports its bounds.',
  fields: (t) => ({
    country: t.field({
      type: Place,
      nullable: true,
      description: 'The country, when grouped by COUNTRY.',
      resolve: (b, _args, ctx) => loadOptional(ctx.loaders.placeById, b.countryId),
    }),
    place: t.field({
      type: Place,
      nullable: true,
      description: 'The place, when grouped by PLACE.',
      resolve: (b, _args, ctx) => loadOptional(ctx.loaders.placeById, b.placeId),
    }),
    category: t.field({
      type: CasualtyCategory,
      nullable: true,
      description: 'The category, when grouped by CATEGORY.',
      resolve: (b) => b.category,
    }),
    event: t.field({
      type: Event,
      nullable: true,
      description: 'The event, when grouped by EVENT.',
      resolve: (b, _args, ctx) => loadOptional(ctx.loaders.eventById, b.eventId),
    }),
    period: t.field({
      type: 'Date',
      nullable: true,
      description: 'The first day of the period, when grouped by DAY, WEEK, MONTH or YEAR.',
      resolve: (b) => b.period,
    }),
    best: t.exposeInt('best', { description: 'The best figure: each incident counted once, as last reported.' }),
    low: t.exposeInt('low', { description: 'The lowest figure the reports allow ("at least 75" allows 75).' }),
    high: t.exposeInt('high', {
      nullable: true,
      description: 'The highest figure the reports allow; null when one has no upper bound ("at least 75").',
    }),
    reportCount: t.exposeInt('reportCount', { description: 'How many reports the bucket rests on.' }),
    articleCount: t.exposeInt('articleCount', { description: 'How many articles those reports come from.' }),
  }),
});

const PERIODS: CasualtyGroupKey[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];

builder.queryField('casualtyStats', (t) =>
  t.field({
    type: [CasualtyBucketRef],
    description:
      'Casualty figures grouped for dashboards ("killed per month in Kyrgyzstan"), each incident counted once however many articles report it.',
    args: {
      filter: t.arg({
        type: CasualtyReportFilter,
        description:
          'Which incidents to count. Place, event, categories and dates select incidents by their deciding (most recent) report, the way the buckets place them; qualifiers, review statuses and a minimum count select the reports incidents are formed from. Rejected reports never count.',
      }),
      groupBy: t.arg({
        type: [CasualtyGroupKeyEnum],
        required: true,
        description: groupByDescription(PERIODS),
      }),
    },
    resolve: async (_root, { filter, groupBy }, ctx) => {
      return casualtyStats(ctx.db, await casualtyReportCriteria(ctx, filter), checkGroupBy(groupBy, PERIODS));
    },
  }),
);
