import { builder, Fact } from '../builder.js';
import type { MentionRow } from '../db/schema/index.js';
import { Event } from '../events/event.type.js';
import { branded } from '../graphql/brand.js';
import { reads } from '../graphql/columns-read.js';
import { connectionOf } from '../graphql/connection.js';
import { loadNodes, loadRequired } from '../graphql/load.js';
import { Organization } from '../organizations/organization.type.js';
import { Person } from '../people/person.type.js';
import { Place } from '../places/place.type.js';

export const MentionSubject = builder.unionType('MentionSubject', {
  description: 'What a mention names.',
  types: [Person, Organization, Place, Event],
});

export const Mention = builder.objectRef<MentionRow>('Mention');

export const MentionConnection = connectionOf(Mention, 'Mention', 'mentions');

builder.node(Mention, {
  description:
    'A place in an article that names a person, organization, place or event; its evidence is the naming words.',
  interfaces: [Fact],
  id: { resolve: (m) => m.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.mentionById, ids),
  fields: (t) => ({
    subject: t.field({
      type: MentionSubject,
      description: 'Who or what is named.',
      ...reads('personId', 'organizationId', 'placeId', 'eventId'),
      resolve: (m, _args, ctx) => {
        if (m.personId != null) return branded(loadRequired(ctx.loaders.personById, m.personId), 'Person');
        if (m.organizationId != null)
          return branded(loadRequired(ctx.loaders.organizationById, m.organizationId), 'Organization');
        if (m.placeId != null) return branded(loadRequired(ctx.loaders.placeById, m.placeId), 'Place');
        return branded(loadRequired(ctx.loaders.eventById, m.eventId as number), 'Event');
      },
    }),
  }),
});
