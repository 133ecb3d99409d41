import type { RecordSpec } from '../curation/record-spec.js';
import { recordMutations } from '../graphql/edit-mutations.js';
import { Person } from './person.type.js';

export const personSpec: RecordSpec = {
  type: 'Person',
  noun: 'person',
  fields: {
    name: { kind: 'string', required: true, description: 'The canonical full name.' },
    description: { kind: 'string', description: 'Who the person is, in a phrase.' },
    nationality: {
      kind: 'ref',
      type: 'Place',
      placeKind: 'COUNTRY',
      description: 'The country of which the person is a national.',
    },
  },
};

recordMutations(personSpec, Person, 'person');
