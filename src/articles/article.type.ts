import { builder, enumOf } from '../builder.js';
import {
  CasualtyReport,
  CasualtyReportConnection,
  casualtyReportListArgs,
  selectCasualtyReports,
} from '../casualties/casualty-report.type.js';
import type { Context } from '../context.js';
import type { ArticleRow, articles } from '../db/schema/index.js';
import { casualtyReports, mentions, militaryDeployments, statements } from '../db/schema/index.js';
import {
  MilitaryDeployment,
  MilitaryDeploymentConnection,
  militaryDeploymentListArgs,
  selectMilitaryDeployments,
} from '../deployments/military-deployment.type.js';
import { BadUserInputError } from '../errors.js';
import { eventLists } from '../events/event.service.js';
import { Event, EventConnection } from '../events/event.type.js';
import { reads } from '../graphql/columns-read.js';
import {
  childConnection,
  childrenOf,
  connectionOf,
  type ListSelection,
  rootConnection,
  totalCountOf,
} from '../graphql/connection.js';
import { parseGlobalId } from '../graphql/global-id.js';
import { dayRange, filterId, listArgs } from '../graphql/list-args.js';
import { loadList, loadNodes, loadOptional } from '../graphql/load.js';
import { mentionList } from '../mentions/mention.service.js';
import { Mention, MentionConnection } from '../mentions/mention.type.js';
import { organizationLists } from '../organizations/organization.service.js';
import { Organization, OrganizationConnection } from '../organizations/organization.type.js';
import { personLists } from '../people/person.service.js';
import { Person } from '../people/person.type.js';
import { Role } from '../people/role.type.js';
import { placeLists } from '../places/place.service.js';
import { Place, PlaceConnection } from '../places/place.type.js';
import {
  Statement,
  StatementConnection,
  StatementFilter,
  selectStatements,
  statementListArgs,
} from '../statements/statement.type.js';
import {
  type ArticleCriteria,
  articleFilter,
  articleLists,
  eventsOfArticles,
  findArticleByUrl,
  organizationsOfArticles,
  peopleOfArticles,
  placesOfArticles,
} from './article.service.js';
import { Photo } from './photo.type.js';

export const Article = builder.objectRef<ArticleRow>('Article');

export const ArticleConnection = connectionOf(Article, 'Article', 'articles');

/** The people of one article: each edge carries what this article says of the person. */
const ArticlePersonConnection = builder.connectionObject(
  {
    type: Person,
    name: 'ArticlePersonConnection',
    description: 'A page of the people an article names or credits.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many people the article names or credits.',
        resolve: (c) => totalCountOf(c),
      }),
    }),
  },
  {
    name: 'ArticlePersonEdge',
    description: 'A person in an article, with the roles and mentions this article gives them.',
    fields: (t) => ({
      roles: t.field({
        type: [Role],
        description: 'The titles this article gives the person.',
        resolve: (edge, _args, ctx) =>
          ofPerson(loadList(ctx.loaders.rolesByArticleId, articleIdOfEdge(edge)), (r) => r.personId === edge.node.id),
      }),
      mentions: t.field({
        type: [Mention],
        description: 'Where this article names the person, in reading order.',
        resolve: async (edge, _args, ctx) =>
          (await ctx.loaders.mentionsByArticleId.load(articleIdOfEdge(edge))).filter(
            (m) => m.personId === edge.node.id,
          ),
      }),
      photos: t.field({
        type: [Photo],
        description: "This article's photos that the person took.",
        resolve: (edge, _args, ctx) =>
          ofPerson(
            loadList(ctx.loaders.photosByArticleId, articleIdOfEdge(edge)),
            (p) => p.photographerId === edge.node.id,
          ),
      }),
    }),
  },
);

/** The rows of an article's list that concern one person. */
function ofPerson<R>(rows: R[] | Promise<R[]>, concerns: (row: R) => boolean): R[] | Promise<R[]> {
  return rows instanceof Promise ? rows.then((all) => all.filter(concerns)) : rows.filter(concerns);
}

function articleIdOfEdge(edge: unknown): number {
  return (edge as { articleId: number }).articleId;
}

builder.node(Article, {
  description: 'A news article: its text, and everything the graph knows from it.',
  id: { resolve: (a) => a.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.articleById, ids),
  fields: (t) => ({
    url: t.exposeString('url', { description: "The article's canonical URL (or a URN when the source gave none)." }),
    title: t.exposeString('title', { description: 'The headline.' }),
    body: t.exposeString('body', {
      description: 'The article text without page furniture or photo captions; every evidence span indexes into it.',
    }),
    publishedOn: t.expose('publishedOn', {
      type: 'Date',
      description: 'The day of publication.',
    }),
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'The instant of publication, when the source gives a time; null when only the day is known.',
    }),
    publisher: t.exposeString('publisher', { nullable: true, description: 'Who published the article, when known.' }),
    byline: t.exposeString('byline', { nullable: true, description: 'The byline as printed, when there is one.' }),
    dateline: t.field({
      type: Place,
      nullable: true,
      description: 'The place of the dateline, when the article has one.',
      ...reads('datelinePlaceId'),
      resolve: (a, _args, ctx) => loadOptional(ctx.loaders.placeById, a.datelinePlaceId),
    }),
    language: t.exposeString('language', { description: 'The language of the text, as a BCP 47 tag ("en").' }),
    contentHash: t.exposeString('contentHash', {
      description: 'SHA-256 of the body, hex: changes when the text does.',
    }),
    photos: t.field({
      type: [Photo],
      description: 'The photos printed with the article.',
      ...reads(),
      resolve: (a, _args, ctx) => loadList(ctx.loaders.photosByArticleId, a.id),
    }),
    people: t.connection(
      {
        type: Person,
        description: 'The people the article names or whose photos it prints, by name.',
        ...reads(),
        resolve: async (a, args, ctx, info) => {
          const connection = await childConnection(
            ctx,
            info,
            { list: personLists.NAME },
            {
              parent: peopleOfArticles,
              parentId: a.id,
              args,
              prime: ctx.loaders.personById,
            },
          );
          // Edges are set in place: a copy would make every cursor, which are made only when asked for.
          for (const edge of connection.edges) Object.assign(edge, { articleId: a.id });
          return connection;
        },
      },
      ArticlePersonConnection,
    ),
    organizations: t.connection(
      {
        type: Organization,
        description: 'The organizations the article names, by name.',
        ...reads(),
        resolve: childrenOf(organizationLists.NAME, organizationsOfArticles, (loaders) => loaders.organizationById),
      },
      OrganizationConnection,
    ),
    places: t.connection(
      {
        type: Place,
        description: 'The places the article names or where its photos were taken, by name.',
        ...reads(),
        resolve: childrenOf(placeLists.NAME, placesOfArticles, (loaders) => loaders.placeById),
      },
      PlaceConnection,
    ),
    events: t.connection(
      {
        type: Event,
        description: 'The events the article reports.',
        ...reads(),
        resolve: childrenOf(eventLists.RECORDED, eventsOfArticles, (loaders) => loaders.eventById),
      },
      EventConnection,
    ),
    mentions: t.connection(
      {
        type: Mention,
        description: 'Every place where the article names a person, organization, place or event, in reading order.',
        ...reads(),
        resolve: childrenOf(mentionList, mentions.articleId),
      },
      MentionConnection,
    ),
    statements: t.connection(
      {
        type: Statement,
        description:
          'What people and organizations said in the article, in reading order unless `orderBy` says otherwise.',
        args: statementListArgs(t.arg),
        ...reads(),
        resolve: childrenOf(selectStatements, statements.articleId, (loaders) => loaders.statementById),
      },
      StatementConnection,
    ),
    casualtyReports: t.connection(
      {
        type: CasualtyReport,
        description: 'The casualties the article reports, in reading order unless `orderBy` says otherwise.',
        args: casualtyReportListArgs(t.arg),
        ...reads(),
        resolve: childrenOf(selectCasualtyReports, casualtyReports.articleId, (loaders) => loaders.casualtyReportById),
      },
      CasualtyReportConnection,
    ),
    militaryDeployments: t.connection(
      {
        type: MilitaryDeployment,
        description:
          'The foreign military presence the article reports, in reading order unless `orderBy` says otherwise.',
        args: militaryDeploymentListArgs(t.arg),
        ...reads(),
        resolve: childrenOf(
          selectMilitaryDeployments,
          militaryDeployments.articleId,
          (loaders) => loaders.militaryDeploymentById,
        ),
      },
      MilitaryDeploymentConnection,
    ),
  }),
});

export const ArticleOrder = enumOf<keyof typeof articleLists>('ArticleOrder', 'How a list of articles is ordered.', {
  NEWEST: 'The most recently published first.',
  OLDEST: 'The earliest published first.',
  MOST_CASUALTY_REPORTS: 'The articles with the most casualty reports first, then newest first.',
});

export const ArticleFilter = builder.inputType('ArticleFilter', {
  description: 'Which articles a list holds; every field given must match.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'Published on or after this day.' }),
    to: t.field({ type: 'Date', description: 'Published on or before this day.' }),
    person: t.id({ description: 'About this person (naming them or printing their photo).' }),
    organization: t.id({ description: 'Naming this organization.' }),
    place: t.id({ description: 'About this place or any place inside it (a country and its cities).' }),
    hasCasualtyReports: t.boolean({ description: 'Only articles that report casualties (true) or none (false).' }),
    hasMilitaryDeployments: t.boolean({
      description: 'Only articles that report foreign military presence (true) or none (false).',
    }),
    publisher: t.string({ description: 'Published by this publisher, exactly as stored.' }),
    hasStatement: t.field({
      type: StatementFilter,
      description:
        'Only articles with at least one statement that matches this filter: `{ speaker: $id, text: "believe Russia" }` finds every article that quotes that person with those words.',
    }),
    language: t.string({ description: 'In this language, a BCP 47 tag ("en").' }),
  }),
});

export const articleListArgs = (arg: Parameters<typeof listArgs>[0]) =>
  listArgs(arg, ArticleFilter, ArticleOrder, 'NEWEST', 'articles');

const anyRow = () => ({ sql: '1', params: [] });

/** The articles a list field's arguments ask for. */
/** An article filter's input, checked and with its IDs resolved. */
export async function articleCriteria(
  ctx: Context,
  filter: typeof ArticleFilter.$inferInput | null | undefined,
): Promise<ArticleCriteria> {
  return {
    ...dayRange(filter),
    personId: await filterId(ctx, filter?.person, 'Person', 'filter.person'),
    organizationId: await filterId(ctx, filter?.organization, 'Organization', 'filter.organization'),
    placeId: await filterId(ctx, filter?.place, 'Place', 'filter.place'),
    hasCasualtyReports: filter?.hasCasualtyReports ?? undefined,
    hasMilitaryDeployments: filter?.hasMilitaryDeployments ?? undefined,
    publisher: filter?.publisher ?? undefined,
    hasStatement: filter?.hasStatement
      ? ((await selectStatements(ctx, { filter: filter.hasStatement, orderBy: 'READING_ORDER' }, 'filter.hasStatement'))
          .filter ?? anyRow)
      : undefined,
    language: filter?.language ?? undefined,
  };
}

export async function selectArticles(
  ctx: Context,
  args: { filter?: typeof ArticleFilter.$inferInput | null; orderBy: keyof typeof articleLists },
): Promise<ListSelection<typeof articles>> {
  return { list: articleLists[args.orderBy], filter: articleFilter(ctx.db, await articleCriteria(ctx, args.filter)) };
}

builder.queryFields((t) => ({
  article: t.field({
    type: Article,
    nullable: true,
    description: 'One article, by `id` or by `url` (give exactly one); null when there is none.',
    args: {
      id: t.arg.id({ description: "The article's global ID." }),
      url: t.arg.string({ description: "The article's URL, exactly as stored." }),
    },
    resolve: (_root, { id, url }, ctx) => {
      if ((id == null) === (url == null)) {
        throw new BadUserInputError('Give exactly one of "id" and "url"', { argument: id == null ? 'id' : 'url' });
      }
      if (id != null) return ctx.loaders.articleById.load(parseGlobalId(String(id), 'Article'));
      return findArticleByUrl(ctx.db, url as string);
    },
  }),
  articles: t.connection(
    {
      type: Article,
      description: 'Articles, newest first unless `orderBy` says otherwise.',
      args: articleListArgs(t.arg),
      resolve: async (_root, args, ctx, info) =>
        rootConnection(ctx, info, await selectArticles(ctx, args), args, { prime: ctx.loaders.articleById }),
    },
    ArticleConnection,
  ),
}));
