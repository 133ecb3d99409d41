import type { RecordSpec } from '../curation/record-spec.js';
import { recordMutations } from '../graphql/edit-mutations.js';
import { Event, EventKind } from './event.type.js';

export const eventSpec: RecordSpec = {
  type: 'Event',
  noun: 'event',
  fields: {
    kind: { kind: 'enum', enumRef: EventKind, required: true, description: 'What sort of event.' },
    title: { kind: 'string', required: true, description: 'What to call it.' },
    place: { kind: 'ref', type: 'Place', description: 'Where it happened.' },
    startsOn: { kind: 'date', description: 'The day it began.' },
    endsOn: { kind: 'date', description: 'The day it ended.' },
  },
  check: (row, issue) => {
    if (row.startsOn != null && row.endsOn != null && String(row.startsOn) > String(row.endsOn)) {
      issue('endsOn', `${row.endsOn} is before the start, ${row.startsOn}`);
    }
  },
};

recordMutations(eventSpec, Event, 'event');
