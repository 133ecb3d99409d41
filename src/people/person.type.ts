import { articlesOfPeople } from '../articles/article.service.js';
import { Article, ArticleConnection, articleListArgs, selectArticles } from '../articles/article.type.js';
import { Actor, builder, enumOf } from '../builder.js';
import type { Context } from '../context.js';
import type { PersonRow, people } from '../db/schema/index.js';
import { statements } from '../db/schema/index.js';
import { columnsRead, reads } from '../graphql/columns-read.js';
import { childrenOf, connectionOf, type ListSelection, rootConnection } from '../graphql/connection.js';
import { parseGlobalId } from '../graphql/global-id.js';
import { filterId, listArgs } from '../graphql/list-args.js';
import { loadList, loadNodes, loadOptional } from '../graphql/load.js';
import { Place } from '../places/place.type.js';
import { Statement, StatementConnection, selectStatements, statementListArgs } from '../statements/statement.type.js';
import { personFilter, personLists } from './person.service.js';
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
      ...reads(),
      resolve: async (p, _args, ctx) => (await loadList(ctx.loaders.aliasesByPersonId, p.id)).map((a) => a.alias),
    }),
    description: t.exposeString('description', { nullable: true, description: 'Who the person is, in a phrase.' }),
    nationality: t.field({
      type: Place,
      nullable: true,
      description: 'The country of which the person is a national, when known.',
      ...reads('nationalityId'),
      resolve: (p, _args, ctx) => loadOptional(ctx.loaders.placeById, p.nationalityId),
    }),
    roles: t.field({
      type: [Role],
      description:
        'The titles articles give the person, once each (per title, qualifier, organization and country), with the evidence of the earliest; the roles one article gives are on `ArticlePersonEdge.roles`.',
      ...reads(),
      resolve: (p, _args, ctx, info) => loadList(ctx.loaders.distinctRolesByPersonId(columnsRead(info, [])), p.id),
    }),
    statements: t.connection(
      {
        type: Statement,
        description: 'What the person said, across articles, in reading order unless `orderBy` says otherwise.',
        args: statementListArgs(t.arg),
        ...reads(),
        resolve: childrenOf(selectStatements, statements.speakerPersonId, (loaders) => loaders.statementById),
      },
      StatementConnection,
    ),
    articles: t.connection(
      {
        type: Article,
        description:
          'The articles that name the person or print their photos, newest first unless `orderBy` says otherwise.',
        args: articleListArgs(t.arg),
        ...reads(),
        resolve: childrenOf(selectArticles, articlesOfPeople, (loaders) => loaders.articleById),
      },
      ArticleConnection,
    ),
  }),
});

export const PersonOrder = enumOf<keyof typeof personLists>('PersonOrder', 'How a list of people is ordered.', {
  NAME: 'By name.',
  MOST_STATEMENTS: 'The most quoted first: by how many statements they are the speaker of.',
  MOST_ARTICLES: 'The most covered first: by how many articles are about them.',
});

export const PersonFilter = builder.inputType('PersonFilter', {
  description: 'Which people a list holds; every field given must match.',
  fields: (t) => ({
    namePrefix: t.string({ description: 'The start of their name or of one of their aliases, in any case ("bak").' }),
    nationality: t.id({ description: 'Of this country (a Place).' }),
    hasStatements: t.boolean({ description: 'Only people quoted at least once (true) or never (false).' }),
  }),
});

/** The people a list field's arguments ask for. */
export async function selectPeople(
  ctx: Context,
  args: { filter?: typeof PersonFilter.$inferInput | null; orderBy: keyof typeof personLists },
): Promise<ListSelection<typeof people>> {
  const { filter } = args;
  return {
    list: personLists[args.orderBy],
    filter: personFilter({
      namePrefix: filter?.namePrefix ?? undefined,
      nationalityId: await filterId(ctx, filter?.nationality, 'Place', 'filter.nationality'),
      hasStatements: filter?.hasStatements ?? undefined,
    }),
  };
}

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
      description: 'People, by name unless `orderBy` says otherwise.',
      args: listArgs(t.arg, PersonFilter, PersonOrder, 'NAME', 'people'),
      resolve: async (_root, args, ctx, info) =>
        rootConnection(ctx, info, await selectPeople(ctx, args), args, { prime: ctx.loaders.personById }),
    },
    PersonConnection,
  ),
}));
