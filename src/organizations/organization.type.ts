import { articlesOfOrganizations } from '../articles/article.service.js';
import { Article, ArticleConnection, articleListArgs, selectArticles } from '../articles/article.type.js';
import { Actor, builder, enumOf } from '../builder.js';
import type { Context } from '../context.js';
import type { OrganizationRow, organizationKinds, organizations } from '../db/schema/index.js';
import { statements } from '../db/schema/index.js';
import { reads } from '../graphql/columns-read.js';
import { childrenOf, connectionOf, type ListSelection, rootConnection } from '../graphql/connection.js';
import { filterId, listArgs, valuesOf } from '../graphql/list-args.js';
import { loadList, loadNodes, loadOptional } from '../graphql/load.js';
import { Place } from '../places/place.type.js';
import { Statement, StatementConnection, selectStatements, statementListArgs } from '../statements/statement.type.js';
import { organizationFilter, organizationLists } from './organization.service.js';

export const OrganizationKind = enumOf<(typeof organizationKinds)[number]>(
  'OrganizationKind',
  'What sort of body an organization is.',
  {
    GOVERNMENT: 'A government or a head of state\'s office ("the Kremlin").',
    MILITARY: 'Armed forces or a unit of them.',
    NEWS_AGENCY: 'A news agency or outlet ("Reuters").',
    POLITICAL_GROUP: 'A party, movement or opposition.',
    SECURITY_FORCES: 'Police and other internal security forces.',
    DIPLOMATIC_MISSION: 'An embassy or consulate.',
    OTHER: 'Any other organization.',
  },
);

export const Organization = builder.objectRef<OrganizationRow>('Organization');

export const OrganizationConnection = connectionOf(Organization, 'Organization', 'organizations');

builder.node(Organization, {
  description: 'An organization named in articles: a government, an agency, a force, a group.',
  interfaces: [Actor],
  id: { resolve: (o) => o.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.organizationById, ids),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The canonical name.' }),
    aliases: t.field({
      type: ['String'],
      description: "Other names the organization goes by (a merged duplicate's among them), alphabetically.",
      ...reads(),
      resolve: async (o, _args, ctx) => (await loadList(ctx.loaders.aliasesByOrganizationId, o.id)).map((a) => a.alias),
    }),
    kind: t.expose('kind', {
      type: OrganizationKind,
      description: 'What sort of body it is.',
    }),
    country: t.field({
      type: Place,
      nullable: true,
      description: 'The country the organization belongs to, when it has one.',
      ...reads('countryId'),
      resolve: (o, _args, ctx) => loadOptional(ctx.loaders.placeById, o.countryId),
    }),
    statements: t.connection(
      {
        type: Statement,
        description: 'What the organization said, across articles, in reading order unless `orderBy` says otherwise.',
        args: statementListArgs(t.arg),
        ...reads(),
        resolve: childrenOf(selectStatements, statements.speakerOrganizationId, (loaders) => loaders.statementById),
      },
      StatementConnection,
    ),
    articles: t.connection(
      {
        type: Article,
        description: 'The articles that name the organization, newest first unless `orderBy` says otherwise.',
        args: articleListArgs(t.arg),
        ...reads(),
        resolve: childrenOf(selectArticles, articlesOfOrganizations, (loaders) => loaders.articleById),
      },
      ArticleConnection,
    ),
  }),
});

export const OrganizationOrder = enumOf<keyof typeof organizationLists>(
  'OrganizationOrder',
  'How a list of organizations is ordered.',
  {
    NAME: 'By name.',
    MOST_ARTICLES: 'The most covered first: by how many articles name them.',
  },
);

export const OrganizationFilter = builder.inputType('OrganizationFilter', {
  description: 'Which organizations a list holds; every field given must match.',
  fields: (t) => ({
    kinds: t.field({ type: [OrganizationKind], description: 'Only these kinds.' }),
    country: t.id({ description: 'Belonging to this country (a Place).' }),
  }),
});

/** The organizations a list field's arguments ask for. */
export async function selectOrganizations(
  ctx: Context,
  args: { filter?: typeof OrganizationFilter.$inferInput | null; orderBy: keyof typeof organizationLists },
): Promise<ListSelection<typeof organizations>> {
  return {
    list: organizationLists[args.orderBy],
    filter: organizationFilter({
      kinds: valuesOf(args.filter?.kinds),
      countryId: await filterId(ctx, args.filter?.country, 'Place', 'filter.country'),
    }),
  };
}

builder.queryFields((t) => ({
  organizations: t.connection(
    {
      type: Organization,
      description: 'Organizations, by name unless `orderBy` says otherwise.',
      args: listArgs(t.arg, OrganizationFilter, OrganizationOrder, 'NAME', 'organizations'),
      resolve: async (_root, args, ctx, info) =>
        rootConnection(ctx, info, await selectOrganizations(ctx, args), args, { prime: ctx.loaders.organizationById }),
    },
    OrganizationConnection,
  ),
}));
