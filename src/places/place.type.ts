import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { articlesOfPlaces } from '../articles/article.service.js';
import { Article, ArticleConnection, articleListArgs, selectArticles } from '../articles/article.type.js';
import { builder, enumOf } from '../builder.js';
import {
  CasualtyReport,
  CasualtyReportConnection,
  casualtyReportListArgs,
  selectCasualtyReports,
} from '../casualties/casualty-report.type.js';
import type { Context } from '../context.js';
import type { PlaceRow, placeKinds, places } from '../db/schema/index.js';
import { casualtyReports, militaryDeployments } from '../db/schema/index.js';
import {
  MilitaryDeployment,
  MilitaryDeploymentConnection,
  militaryDeploymentListArgs,
  selectMilitaryDeployments,
} from '../deployments/military-deployment.type.js';
import { reads } from '../graphql/columns-read.js';
import { childrenOf, connectionOf, type ListSelection, rootConnection } from '../graphql/connection.js';
import { filterId, listArgs, valuesOf } from '../graphql/list-args.js';
import { loadList, loadNodes, loadOptional } from '../graphql/load.js';
import { placeFilter, placeLists } from './place.service.js';

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
          args: militaryDeploymentListArgs(t.arg),
          ...reads(),
          resolve: childrenOf(selectMilitaryDeployments, column, (loaders) => loaders.militaryDeploymentById),
        },
        MilitaryDeploymentConnection,
      );
    return {
      aliases: t.field({
        type: ['String'],
        description: "Other names the place goes by (a merged duplicate's among them), alphabetically.",
        ...reads(),
        resolve: async (p, _args, ctx) => (await loadList(ctx.loaders.aliasesByPlaceId, p.id)).map((a) => a.alias),
      }),
      name: t.exposeString('name', { description: 'The usual English name.' }),
      kind: t.expose('kind', {
        type: PlaceKind,
        description: 'What sort of place it is.',
      }),
      countryCode: t.exposeString('countryCode', {
        nullable: true,
        description:
          'ISO 3166-1 alpha-2 code of the country the place is or lies in; null for regions spanning countries.',
      }),
      parent: t.field({
        type: Place,
        nullable: true,
        description: 'The place this one lies in (Bishkek lies in Kyrgyzstan).',
        ...reads('parentId'),
        resolve: (p, _args, ctx) => loadOptional(ctx.loaders.placeById, p.parentId),
      }),
      children: t.field({
        type: [Place],
        description: 'The places that lie directly in this one, by name.',
        ...reads(),
        resolve: (p, _args, ctx) => loadList(ctx.loaders.placesByParentId, p.id),
      }),
      population: t.exposeInt('population', {
        nullable: true,
        description: 'The population as an article states it ("5.3 million" gives 5300000); not a census figure.',
      }),
      articles: t.connection(
        {
          type: Article,
          description:
            'The articles that name the place or print photos taken there, newest first unless `orderBy` says otherwise.',
          args: articleListArgs(t.arg),
          ...reads(),
          resolve: childrenOf(selectArticles, articlesOfPlaces, (loaders) => loaders.articleById),
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
          description: 'Casualty reports located at this place, in reading order unless `orderBy` says otherwise.',
          args: casualtyReportListArgs(t.arg),
          ...reads(),
          resolve: childrenOf(selectCasualtyReports, casualtyReports.placeId, (loaders) => loaders.casualtyReportById),
        },
        CasualtyReportConnection,
      ),
    };
  },
});

export const PlaceOrder = enumOf<keyof typeof placeLists>('PlaceOrder', 'How a list of places is ordered.', {
  NAME: 'By name.',
  MOST_ARTICLES: 'The most covered first: by how many articles name them.',
});

export const PlaceFilter = builder.inputType('PlaceFilter', {
  description: 'Which places a list holds; every field given must match.',
  fields: (t) => ({
    kinds: t.field({ type: [PlaceKind], description: 'Only these kinds.' }),
    inside: t.id({ description: 'Only places inside this one, at any depth (not the place itself).' }),
  }),
});

/** The places a list field's arguments ask for. */
export async function selectPlaces(
  ctx: Context,
  args: { filter?: typeof PlaceFilter.$inferInput | null; orderBy: keyof typeof placeLists },
): Promise<ListSelection<typeof places>> {
  return {
    list: placeLists[args.orderBy],
    filter: placeFilter({
      kinds: valuesOf(args.filter?.kinds),
      insideId: await filterId(ctx, args.filter?.inside, 'Place', 'filter.inside'),
    }),
  };
}

builder.queryFields((t) => ({
  places: t.connection(
    {
      type: Place,
      description: 'Places, by name unless `orderBy` says otherwise.',
      args: listArgs(t.arg, PlaceFilter, PlaceOrder, 'NAME', 'places'),
      resolve: async (_root, args, ctx, info) =>
        rootConnection(ctx, info, await selectPlaces(ctx, args), args, { prime: ctx.loaders.placeById }),
    },
    PlaceConnection,
  ),
}));
