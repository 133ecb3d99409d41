import { builder, Fact } from '../builder.js';
import type { RoleRow } from '../db/schema/index.js';
import { reads } from '../graphql/columns-read.js';
import { loadNodes, loadOptional, loadRequired } from '../graphql/load.js';
import { Organization } from '../organizations/organization.type.js';
import { Place } from '../places/place.type.js';
import { Person } from './person.type.js';

export const Role = builder.objectRef<RoleRow>('Role');

builder.node(Role, {
  description: 'A title an article gives a person ("ousted Kyrgyz President"), with its evidence.',
  interfaces: [Fact],
  id: { resolve: (r) => r.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.roleById, ids),
  fields: (t) => ({
    person: t.field({
      type: Person,
      description: 'Who holds the title.',
      ...reads('personId'),
      resolve: (r, _args, ctx) => loadRequired(ctx.loaders.personById, r.personId),
    }),
    title: t.exposeString('title', {
      description: 'The title as stated ("President", "armed forces chief of staff").',
    }),
    organization: t.field({
      type: Organization,
      nullable: true,
      description: 'The organization the title is held in, when stated.',
      ...reads('organizationId'),
      resolve: (r, _args, ctx) => loadOptional(ctx.loaders.organizationById, r.organizationId),
    }),
    country: t.field({
      type: Place,
      nullable: true,
      description: 'The country the title is held for, when stated or implied ("Kyrgyz President").',
      ...reads('countryId'),
      resolve: (r, _args, ctx) => loadOptional(ctx.loaders.placeById, r.countryId),
    }),
    qualifier: t.exposeString('qualifier', {
      nullable: true,
      description: 'How the article qualifies the title ("ousted", "self-proclaimed").',
    }),
  }),
});
