import { articleList, articlesOfOrganizations } from '../articles/article.service.js';
import { Article, ArticleConnection } from '../articles/article.type.js';
import { Actor, builder, enumOf } from '../builder.js';
import type { OrganizationRow, organizationKinds } from '../db/schema/index.js';
import { statements } from '../db/schema/index.js';
import { childrenOf, connectionOf, rootConnection } from '../graphql/connection.js';
import { loadList, loadNodes, loadOptional } from '../graphql/load.js';
import { Place } from '../places/place.type.js';
import { statementList } from '../statements/statement.service.js';
import { Statement, StatementConnection } from '../statements/statement.type.js';
import { organizationList } from './organization.service.js';

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
      resolve: async (o, _args, ctx) => (await loadList(ctx.loaders.aliasesByOrganizationId, o.id)).map((a) => a.alias),
    }),
    kind: t.field({ type: OrganizationKind, description: 'What sort of body it is.', resolve: (o) => o.kind }),
    country: t.field({
      type: Place,
      nullable: true,
      description: 'The country the organization belongs to, when it has one.',
      resolve: (o, _args, ctx) => loadOptional(ctx.loaders.placeById, o.countryId),
    }),
    statements: t.connection(
      {
        type: Statement,
        description: 'What the organization said, across articles, in reading order.',
        resolve: childrenOf(statementList, statements.speakerOrganizationId, (loaders) => loaders.statementById),
      },
      StatementConnection,
    ),
    articles: t.connection(
      {
        type: Article,
        description: 'The articles that name the organization, newest first.',
        resolve: childrenOf(articleList, articlesOfOrganizations, (loaders) => loaders.articleById),
      },
      ArticleConnection,
    ),
  }),
});

builder.queryFields((t) => ({
  organizations: t.connection(
    {
      type: Organization,
      description: 'All organizations, by name.',
      resolve: (_root, args, ctx) =>
        rootConnection(ctx, organizationList, args, { prime: ctx.loaders.organizationById }),
    },
    OrganizationConnection,
  ),
}));
