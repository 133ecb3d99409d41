import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { articleList, articlesOfPlaces } from '../articles/article.service.js';
import { Article, ArticleConnection } from '../articles/article.type.js';
import { builder, enumOf } from '../builder.js';
import { casualtyReportList } from '../casualties/casualty-report.service.js';
import { CasualtyReport, CasualtyReportConnection } from '../casualties/casualty-report.type.js';
import type { PlaceRow, placeKinds } from '../db/schema/index.js';
import { casualtyReports, militaryDeployments } from '../db/schema/index.js';
import { militaryDeploymentList } from '../deployments/military-deployment.service.js';
import { MilitaryDeployment, MilitaryDeploymentConnection } from '../deployments/military-deployment.type.js';
import { childrenOf, connectionOf, rootConnection } from '../graphql/connection.js';
import { loadList, loadNodes, loadOptional } from '../graphql/load.js';
import { placeList } from './place.service.js';

export const PlaceKind = enumOf<(typeof placeKinds)[number]>('PlaceKind', 'What sort of place a place is.', {
  COUNTRY: 'A sovereign country.',
  REGION: 'A region: part of a country ("southern Kyrgyzstan") or a group of countries ("Central Asia").',
  CITY: 'A city or town.',
  MILITARY_BASE: 'A military base ("Kant air base").',
  BUILDING: 'A building or compound.',
  OTHER: 'Any other place.',
});

export const Place = builder.objectRef<PlaceRow>('Place');

export const PlaceConnection = connectionOf(Place, 'Place', 'places');

builder.node(Place, {
  description: 'A place: a country, region, city, base or building, inside its parent place.',
  id: { resolve: (p) => p.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.placeById, ids),
  fields: (t) => {
    const deployments = (column: SQLiteColumn, description: string) =>
      t.connection(
        {
          type: MilitaryDeployment,
          description,
          resolve: childrenOf(militaryDeploymentList, column, (loaders) => loaders.militaryDeploymentById),
        },
        MilitaryDeploymentConnection,
      );
    return {
      aliases: t.field({
        type: ['String'],
        description: "Other names the place goes by (a merged duplicate's among them), alphabetically.",
        resolve: async (p, _args, ctx) => (await loadList(ctx.loaders.aliasesByPlaceId, p.id)).map((a) => a.alias),
      }),
      name: t.exposeString('name', { description: 'The usual English name.' }),
      kind: t.field({ type: PlaceKind, description: 'What sort of place it is.', resolve: (p) => p.kind }),
      countryCode: t.exposeString('countryCode', {
        nullable: true,
        description:
          'ISO 3166-1 alpha-2 code of the country the place is or lies in; null for regions spanning countries.',
      }),
      parent: t.field({
        type: Place,
        nullable: true,
        description: 'The place this one lies in (Bishkek lies in Kyrgyzstan).',
        resolve: (p, _args, ctx) => loadOptional(ctx.loaders.placeById, p.parentId),
      }),
      children: t.field({
        type: [Place],
        description: 'The places that lie directly in this one, by name.',
        resolve: (p, _args, ctx) => loadList(ctx.loaders.placesByParentId, p.id),
      }),
      population: t.exposeInt('population', {
        nullable: true,
        description: 'The population as an article states it ("5.3 million" gives 5300000); not a census figure.',
      }),
      articles: t.connection(
        {
          type: Article,
          description: 'The articles that name the place or print photos taken there, newest first.',
          resolve: childrenOf(articleList, articlesOfPlaces, (loaders) => loaders.articleById),
        },
        ArticleConnection,
      ),
      deploymentsHosted: deployments(
        militaryDeployments.hostCountryId,
        'Foreign military presence in this country: deployments it hosts.',
      ),
      deploymentsSent: deployments(
        militaryDeployments.deployingCountryId,
        "This country's military presence abroad: deployments it sent.",
      ),
      deploymentsAt: deployments(militaryDeployments.locationId, 'Deployments located at this place (a base, a city).'),
      casualtyReports: t.connection(
        {
          type: CasualtyReport,
          description: 'Casualty reports located at this place, in reading order.',
          resolve: childrenOf(casualtyReportList, casualtyReports.placeId, (loaders) => loaders.casualtyReportById),
        },
        CasualtyReportConnection,
      ),
    };
  },
});

builder.queryFields((t) => ({
  places: t.connection(
    {
      type: Place,
      description: 'All places, by name.',
      resolve: (_root, args, ctx) => rootConnection(ctx, placeList, args, { prime: ctx.loaders.placeById }),
    },
    PlaceConnection,
  ),
}));
