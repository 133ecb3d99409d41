import type { RecordSpec } from '../curation/record-spec.js';
import { factFields, recordMutations } from '../graphql/edit-mutations.js';
import { Role } from './role.type.js';

export const roleSpec: RecordSpec = {
  type: 'Role',
  noun: 'role',
  fields: {
    ...factFields('role'),
    person: { kind: 'ref', type: 'Person', required: true, description: 'Who holds the title.' },
    title: { kind: 'string', required: true, description: 'The title as stated ("President").' },
    organization: { kind: 'ref', type: 'Organization', description: 'The organization the title is held in.' },
    country: { kind: 'ref', type: 'Place', placeKind: 'COUNTRY', description: 'The country the title is held for.' },
    qualifier: { kind: 'string', description: 'How the article qualifies the title ("ousted").' },
  },
};

recordMutations(roleSpec, Role, 'role');
