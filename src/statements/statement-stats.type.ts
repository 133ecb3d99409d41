import { Actor, builder, enumOf } from '../builder.js';
import { BadUserInputError } from '../errors.js';
import { checkGroupBy, groupByDescription } from '../graphql/group-by.js';
import { actorOf, StatementFilter, StatementKind, selectStatements } from './statement.type.js';
import { type StatementBucket, type StatementGroupKey, statementStats } from './statement-stats.service.js';

export const StatementGroupKeyEnum = enumOf<StatementGroupKey>(
  'StatementGroupKey',
  'What statement counts can be grouped by.',
  {
    SPEAKER: 'Who said it (statements whose speaker the article only describes share one bucket).',
    KIND: 'Direct quote or reported speech.',
    DAY: "The day it was said (its article's day when the article does not tell).",
    WEEK: 'The ISO week it was said (buckets start on Monday).',
    MONTH: 'The month it was said.',
  },
);

const PERIODS: StatementGroupKey[] = ['DAY', 'WEEK', 'MONTH'];
const MAX_BUCKETS = 1000;

const StatementBucketRef = builder.objectRef<StatementBucket>('StatementBucket').implement({
  description: 'Statements in one bucket.',
  fields: (t) => ({
    speaker: t.field({
      type: Actor,
      nullable: true,
      description: 'The speaker, when grouped by SPEAKER; null for statements without a known speaker.',
      resolve: (b, _args, ctx) => actorOf(ctx, b.speakerPersonId, b.speakerOrganizationId),
    }),
    kind: t.field({
      type: StatementKind,
      nullable: true,
      description: 'The kind, when grouped by KIND.',
      resolve: (b) => b.kind,
    }),
    period: t.field({
      type: 'Date',
      nullable: true,
      description: 'The first day of the period, when grouped by DAY, WEEK or MONTH.',
      resolve: (b) => b.period,
    }),
    statementCount: t.exposeInt('statementCount', { description: 'How many statements.' }),
    articleCount: t.exposeInt('articleCount', { description: 'How many articles they come from.' }),
  }),
});

builder.queryField('statementStats', (t) =>
  t.field({
    type: [StatementBucketRef],
    description:
      'Statements counted per bucket, for "who is quoted most": in time order when grouped by a period, then most statements first. Rejected statements do not count.',
    args: {
      filter: t.arg({ type: StatementFilter, description: 'Which statements to count.' }),
      groupBy: t.arg({
        type: [StatementGroupKeyEnum],
        required: true,
        description: groupByDescription(PERIODS),
      }),
      first: t.arg.int({
        description: `Only the first buckets (1 to ${MAX_BUCKETS}): the top 10 speakers are \`first: 10\`.`,
      }),
    },
    resolve: async (_root, { filter, groupBy, first }, ctx) => {
      const keys = checkGroupBy(groupBy, PERIODS);
      if (first != null && (first < 1 || first > MAX_BUCKETS)) {
        throw new BadUserInputError(`"first" must be between 1 and ${MAX_BUCKETS}, got ${first}`, {
          argument: 'first',
        });
      }
      const selection = await selectStatements(ctx, { filter, orderBy: 'READING_ORDER' });
      return statementStats(ctx.db, selection.filter, keys, first ?? undefined);
    },
  }),
);
