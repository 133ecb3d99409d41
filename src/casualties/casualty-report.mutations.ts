import type { RecordSpec } from '../curation/record-spec.js';
import { factFields, recordMutations } from '../graphql/edit-mutations.js';
import { CountQualifier } from '../graphql/fact.js';
import { CasualtyCategory, CasualtyReport } from './casualty-report.type.js';

export const casualtyReportSpec: RecordSpec = {
  type: 'CasualtyReport',
  noun: 'casualty report',
  fields: {
    ...factFields('casualty report'),
    category: {
      kind: 'enum',
      enumRef: CasualtyCategory,
      required: true,
      description: 'What happened to them.',
    },
    count: { kind: 'int', description: 'The figure as stated; leave out when the article gives only bounds.' },
    countLow: { kind: 'int', description: 'The lower bound the wording implies.' },
    countHigh: { kind: 'int', description: 'The upper bound the wording implies.' },
    qualifier: {
      kind: 'enum',
      enumRef: CountQualifier,
      required: true,
      description: 'How exact the figure is.',
    },
    statedCount: { kind: 'string', required: true, description: 'The count exactly as printed ("at least 75").' },
    victims: { kind: 'string', description: 'Who they were, as the article says.' },
    cause: { kind: 'string', description: 'What caused the casualties, as the article says.' },
    place: { kind: 'ref', type: 'Place', description: 'Where it happened.' },
    event: { kind: 'ref', type: 'Event', description: 'The event it belongs to.' },
    occurredOn: { kind: 'date', description: 'The day it happened.' },
  },
  check: (row, issue) => {
    const [low, count, high] = [row.countLow, row.count, row.countHigh] as Array<number | null | undefined>;
    if (low == null && count == null && high == null) issue('count', 'give a count, a lower bound or an upper bound');
    if (low != null && count != null && low > count) issue('countLow', `${low} is more than the count ${count}`);
    if (high != null && count != null && count > high) issue('countHigh', `${high} is less than the count ${count}`);
    if (low != null && high != null && low > high) issue('countHigh', `${high} is less than the lower bound ${low}`);
  },
};

recordMutations(casualtyReportSpec, CasualtyReport, 'casualtyReport');
