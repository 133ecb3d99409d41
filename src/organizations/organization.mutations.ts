import type { RecordSpec } from '../curation/record-spec.js';
import { recordMutations } from '../graphql/edit-mutations.js';
import { Organization, OrganizationKind } from './organization.type.js';

export const organizationSpec: RecordSpec = {
  type: 'Organization',
  noun: 'organization',
  fields: {
    name: { kind: 'string', required: true, description: 'The canonical name.' },
    kind: {
      kind: 'enum',
      enumRef: OrganizationKind,
      required: true,
      description: 'What sort of organization.',
    },
    country: { kind: 'ref', type: 'Place', placeKind: 'COUNTRY', description: 'The country it belongs to.' },
  },
};

recordMutations(organizationSpec, Organization, 'organization');
