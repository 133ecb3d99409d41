import { articleList, articlesOfPeople } from '../articles/article.service.js';
import { Article, ArticleConnection } from '../articles/article.type.js';
import { Actor, builder } from '../builder.js';
import type { PersonRow } from '../db/schema/index.js';
import { statements } from '../db/schema/index.js';
import { childrenOf, connectionOf, rootConnection } from '../graphql/connection.js';
import { parseGlobalId } from '../graphql/global-id.js';
import { loadList, loadNodes, loadOptional } from '../graphql/load.js';
import { Place } from '../places/place.type.js';
import { statementList } from '../statements/statement.service.js';
import { Statement, StatementConnection } from '../statements/statement.type.js';
import { personList } from './person.service.js';
import { Role } from './role.type.js';

export const Person = builder.objectRef<PersonRow>('Person');

export const PersonConnection = connectionOf(Person, 'Person', 'people');

builder.node(Person, {
  description: 'A person named in articles, with every name and title the articles give them.',
  interfaces: [Actor],
  id: { resolve: (p) => p.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.personById, ids),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The canonical full name ("Kurmanbek Bakiyev").' }),
    aliases: t.field({
      type: ['String'],
      description: 'Other names articles use for the person ("Mr. Bakiyev"), alphabetically.',
      resolve: async (p, _args, ctx) => (await loadList(ctx.loaders.aliasesByPersonId, p.id)).map((a) => a.alias),
    }),
    description: t.exposeString('description', { nullable: true, description: 'Who the person is, in a phrase.' }),
    nationality: t.field({
      type: Place,
      nullable: true,
      description: 'The country of which the person is a national, when known.',
      resolve: (p, _args, ctx) => loadOptional(ctx.loaders.placeById, p.nationalityId),
    }),
    roles: t.field({
      type: [Role],
      description:
        'The titles articles give the person, once each (per title, qualifier, organization and country), with the evidence of the earliest; the roles one article gives are on `ArticlePersonEdge.roles`.',
      resolve: (p, _args, ctx) => loadList(ctx.loaders.distinctRolesByPersonId, p.id),
    }),
    statements: t.connection(
      {
        type: Statement,
        description: 'What the person said, across articles, in reading order.',
        resolve: childrenOf(statementList, statements.speakerPersonId, (loaders) => loaders.statementById),
      },
      StatementConnection,
    ),
    articles: t.connection(
      {
        type: Article,
        description: 'The articles that name the person or print their photos, newest first.',
        resolve: childrenOf(articleList, articlesOfPeople, (loaders) => loaders.articleById),
      },
      ArticleConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  person: t.field({
    type: Person,
    nullable: true,
    description: 'One person by global ID; null when there is none.',
    args: { id: t.arg.id({ required: true, description: "The person's global ID." }) },
    resolve: (_root, { id }, ctx) => ctx.loaders.personById.load(parseGlobalId(String(id), 'Person')),
  }),
  people: t.connection(
    {
      type: Person,
      description: 'All people, by name.',
      resolve: (_root, args, ctx) => rootConnection(ctx, personList, args, { prime: ctx.loaders.personById }),
    },
    PersonConnection,
  ),
}));
