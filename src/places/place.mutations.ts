import type { RecordSpec } from '../curation/record-spec.js';
import { recordMutations } from '../graphql/edit-mutations.js';
import { Place, PlaceKind } from './place.type.js';

export const placeSpec: RecordSpec = {
  type: 'Place',
  noun: 'place',
  fields: {
    name: { kind: 'string', required: true, description: 'The canonical name.' },
    kind: { kind: 'enum', enumRef: PlaceKind, required: true, description: 'What sort of place.' },
    countryCode: { kind: 'string', description: 'ISO 3166-1 alpha-2 code of the country it is or lies in.' },
    parent: { kind: 'ref', type: 'Place', description: 'The place it lies in.' },
    population: { kind: 'int', description: 'Population as an article states it.' },
  },
  check: (row, issue) => {
    if (row.countryCode != null && !/^[A-Z]{2}$/.test(String(row.countryCode))) {
      issue('countryCode', `"${row.countryCode}" is not two capital letters (ISO 3166-1 alpha-2)`);
    }
    if (row.id !== undefined && row.parentId === row.id) issue('parent', 'a place cannot lie in itself');
  },
};

recordMutations(placeSpec, Place, 'place');
