import type { RecordSpec } from '../curation/record-spec.js';
import { factFields, recordMutations } from '../graphql/edit-mutations.js';
import { Statement, StatementKind } from './statement.type.js';

export const statementSpec: RecordSpec = {
  type: 'Statement',
  noun: 'statement',
  fields: {
    ...factFields('statement'),
    kind: {
      kind: 'enum',
      enumRef: StatementKind,
      required: true,
      description: 'A direct quote or reported speech.',
    },
    text: { kind: 'string', required: true, description: 'What was said, as the article gives it.' },
    speakerPerson: { kind: 'ref', type: 'Person', description: 'Who said it, when a person.' },
    speakerOrganization: { kind: 'ref', type: 'Organization', description: 'Who said it, when an organization.' },
    speakerLabel: { kind: 'string', required: true, description: 'How the article names the speaker ("he").' },
    speakerSpan: {
      kind: 'span',
      start: 'speakerStart',
      end: 'speakerEnd',
      description: 'Where the article names the speaker.',
    },
    verb: { kind: 'string', description: 'The verb of attribution ("said").' },
    addresseePerson: { kind: 'ref', type: 'Person', description: 'Who it was said to, when a person.' },
    addresseeOrganization: {
      kind: 'ref',
      type: 'Organization',
      description: 'Who it was said to, when an organization.',
    },
    addresseeLabel: { kind: 'string', description: 'How the article names the addressee.' },
    outlet: { kind: 'ref', type: 'Organization', description: 'The outlet it was said to or through.' },
    outletLabel: { kind: 'string', description: 'How the article names the outlet.' },
    statedOn: { kind: 'date', description: 'The day it was said.' },
  },
  check: (row, issue) => {
    if (row.speakerPersonId != null && row.speakerOrganizationId != null) {
      issue('speakerOrganization', 'a statement has one speaker: a person or an organization, not both');
    }
    if (row.addresseePersonId != null && row.addresseeOrganizationId != null) {
      issue('addresseeOrganization', 'a statement has one addressee: a person or an organization, not both');
    }
  },
};

recordMutations(statementSpec, Statement, 'statement');
