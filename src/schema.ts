import { builder } from './builder.js';
import './graphql/actor.js';
import { registerNodeTypes } from './graphql/global-id.js';
import './graphql/fact.js';
import './articles/article.type.js';
import './articles/photo.type.js';
import './people/person.type.js';
import './people/role.type.js';
import './organizations/organization.type.js';
import './places/place.type.js';
import './statements/statement.type.js';
import './casualties/casualty-report.type.js';
import './deployments/military-deployment.type.js';
import './events/event.type.js';
import './mentions/mention.type.js';
import './search/search.type.js';

export const schema = builder.toSchema();
registerNodeTypes(schema);
