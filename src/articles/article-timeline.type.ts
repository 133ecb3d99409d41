import { builder, enumOf } from '../builder.js';
import type { Period } from '../db/periods.js';
import { BadUserInputError } from '../errors.js';
import { dayRange } from '../graphql/list-args.js';
import { ArticleFilter, articleCriteria } from './article.type.js';
import { articleTimeline, periodCount, type TimelinePoint } from './article-timeline.service.js';

const MAX_PERIODS = 5000;

export const TimelineInterval = enumOf<Period>('TimelineInterval', 'The length of a timeline period (UTC days).', {
  DAY: 'One day.',
  WEEK: 'One ISO week, Monday to Sunday.',
  MONTH: 'One calendar month.',
  YEAR: 'One calendar year.',
});

const TimelinePointRef = builder.objectRef<TimelinePoint>('TimelinePoint').implement({
  description: 'How many articles appeared in one period.',
  fields: (t) => ({
    period: t.field({ type: 'Date', description: 'The first day of the period.', resolve: (p) => p.period }),
    articleCount: t.exposeInt('articleCount', { description: 'How many articles were published in it (0 or more).' }),
  }),
});

builder.queryField('articleTimeline', (t) =>
  t.field({
    type: [TimelinePointRef],
    description: `Articles per period from \`from\` to \`to\`, every period included (empty ones count 0) so charts plot continuous time; at most ${MAX_PERIODS} periods.`,
    args: {
      filter: t.arg({ type: ArticleFilter, description: 'Which articles to count.' }),
      interval: t.arg({ type: TimelineInterval, required: true, description: 'The length of each period.' }),
      from: t.arg({
        type: 'Date',
        required: true,
        description: 'The first day; the timeline starts with the period holding it.',
      }),
      to: t.arg({
        type: 'Date',
        required: true,
        description: 'The last day; the timeline ends with the period holding it.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const range = dayRange({ from: args.from, to: args.to }, '');
      const from = range.from as string;
      const to = range.to as string;
      const count = periodCount(args.interval, from, to);
      if (count > MAX_PERIODS) {
        throw new BadUserInputError(
          `"from" to "to" spans ${count} periods of a ${args.interval.toLowerCase()}; the limit is ${MAX_PERIODS}: choose a longer interval or a shorter range`,
          { argument: 'to' },
        );
      }
      return articleTimeline(ctx.db, await articleCriteria(ctx, args.filter), args.interval, from, to);
    },
  }),
);
