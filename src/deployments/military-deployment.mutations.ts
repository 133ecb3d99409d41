import type { RecordSpec } from '../curation/record-spec.js';
import { factFields, recordMutations } from '../graphql/edit-mutations.js';
import { CountQualifier } from '../graphql/fact.js';
import { DeploymentStatus, MilitaryDeployment } from './military-deployment.type.js';

export const militaryDeploymentSpec: RecordSpec = {
  type: 'MilitaryDeployment',
  noun: 'military deployment',
  fields: {
    ...factFields('military deployment'),
    deployingCountry: {
      kind: 'ref',
      type: 'Place',
      placeKind: 'COUNTRY',
      required: true,
      description: 'The country whose forces they are.',
    },
    hostCountry: {
      kind: 'ref',
      type: 'Place',
      placeKind: 'COUNTRY',
      required: true,
      description: 'The country they are in.',
    },
    location: { kind: 'ref', type: 'Place', description: 'Where in the host country (a base, a city).' },
    forceType: { kind: 'string', description: 'What forces ("paratroopers").' },
    unitSize: { kind: 'string', description: 'Unit size as printed ("two companies").' },
    personnel: { kind: 'int', description: 'How many people.' },
    personnelQualifier: {
      kind: 'enum',
      enumRef: CountQualifier,
      description: 'How exact `personnel` is.',
    },
    status: {
      kind: 'enum',
      enumRef: DeploymentStatus,
      required: true,
      description: 'Where the deployment stands.',
    },
    purpose: { kind: 'string', description: 'What the forces are there for, as the article says.' },
    orderedBy: { kind: 'ref', type: 'Person', description: 'Who ordered it.' },
    event: { kind: 'ref', type: 'Event', description: 'The event it belongs to.' },
    occurredOn: { kind: 'date', description: 'The day it happened.' },
  },
  check: (row, issue) => {
    if (row.deployingCountryId === row.hostCountryId) {
      issue('hostCountry', 'must differ from the deploying country: a deployment is one country in another');
    }
  },
};

recordMutations(militaryDeploymentSpec, MilitaryDeployment, 'militaryDeployment');
