import { Actor, builder, enumOf, Fact } from '../builder.js';
import type { Context } from '../context.js';
import type { StatementRow, statementKinds, statements } from '../db/schema/index.js';
import { branded } from '../graphql/brand.js';
import { reads } from '../graphql/columns-read.js';
import { connectionOf, type ListSelection, rootConnection } from '../graphql/connection.js';
import { MIN_CONFIDENCE, ReviewStatus, spanOf, TextSpan } from '../graphql/fact.js';
import { confidenceFloor, dayRange, filterId, filterIdOfAny, listArgs, valuesOf } from '../graphql/list-args.js';
import { loadNodes, loadOptional } from '../graphql/load.js';
import { Organization } from '../organizations/organization.type.js';
import { toMatchExpression } from '../search/search.service.js';
import { statementFilter, statementLists } from './statement.service.js';

export const StatementKind = enumOf<(typeof statementKinds)[number]>(
  'StatementKind',
  'Whether the article quotes the words or reports their sense.',
  {
    DIRECT_QUOTE: "The speaker's own words, in quotation marks (whole sentences or fragments).",
    REPORTED_SPEECH: 'What the speaker said, in the article\'s words ("X said that ...").',
  },
);

/** A person or an organization, whichever of the two references is set. */
export function actorOf(ctx: Context, personId: number | null, organizationId: number | null) {
  if (personId != null) return branded(loadOptional(ctx.loaders.personById, personId), 'Person');
  if (organizationId != null)
    return branded(loadOptional(ctx.loaders.organizationById, organizationId), 'Organization');
  return null;
}

export const Statement = builder.objectRef<StatementRow>('Statement');

export const StatementConnection = connectionOf(Statement, 'Statement', 'statements');

builder.node(Statement, {
  description: 'Something said in an article, a direct quote or reported speech, tied to its speaker.',
  interfaces: [Fact],
  id: { resolve: (s) => s.id },
  loadMany: (ids, ctx) => loadNodes(ctx.loaders.statementById, ids),
  fields: (t) => ({
    kind: t.expose('kind', {
      type: StatementKind,
      description: 'Direct quote or reported speech.',
    }),
    text: t.exposeString('text', {
      description: 'The words, exactly as in the article (without the quotation marks of a direct quote).',
    }),
    speaker: t.field({
      type: Actor,
      nullable: true,
      description:
        'Who said it: a Person or an Organization; null when the article only describes the speaker ("a leading opposition figure").',
      ...reads('speakerPersonId', 'speakerOrganizationId'),
      resolve: (s, _args, ctx) => actorOf(ctx, s.speakerPersonId, s.speakerOrganizationId),
    }),
    speakerLabel: t.exposeString('speakerLabel', {
      description:
        'How the article names the speaker at this statement ("he", "Mr. Bakiyev", "a leading opposition figure").',
    }),
    speakerSpan: t.field({
      type: TextSpan,
      nullable: true,
      description: 'Where the article names the speaker for this statement.',
      ...reads('articleId', 'speakerStart', 'speakerEnd'),
      resolve: (s, _args, ctx) =>
        s.speakerStart == null || s.speakerEnd == null
          ? null
          : spanOf(ctx.loaders, s.articleId, s.speakerStart, s.speakerEnd),
    }),
    verb: t.exposeString('verb', { nullable: true, description: 'The verb of attribution ("said", "told").' }),
    addressee: t.field({
      type: Actor,
      nullable: true,
      description: 'Whom the words were said to, when the article names them ("told Reuters").',
      ...reads('addresseePersonId', 'addresseeOrganizationId'),
      resolve: (s, _args, ctx) => actorOf(ctx, s.addresseePersonId, s.addresseeOrganizationId),
    }),
    addresseeLabel: t.exposeString('addresseeLabel', {
      nullable: true,
      description: 'How the article names or describes the addressee ("the leader of neighbouring Kazakhstan").',
    }),
    outlet: t.field({
      type: Organization,
      nullable: true,
      description:
        "The outlet the words came through (a news agency, the speaker's office), when it is an organization.",
      ...reads('outletId'),
      resolve: (s, _args, ctx) => loadOptional(ctx.loaders.organizationById, s.outletId),
    }),
    outletLabel: t.exposeString('outletLabel', {
      nullable: true,
      description: 'How the article names the outlet ("state-run agencies", "his office").',
    }),
    statedOn: t.expose('statedOn', {
      type: 'Date',
      nullable: true,
      description: 'The day the words were said, when the article tells.',
    }),
  }),
});

export const StatementOrder = enumOf<keyof typeof statementLists>(
  'StatementOrder',
  'How a list of statements is ordered.',
  {
    READING_ORDER: 'By article, then in the order the article says them.',
    LATEST: 'The most recently said first; statements whose day the article does not tell come last.',
  },
);

export const StatementFilter = builder.inputType('StatementFilter', {
  description: 'Which statements a list holds; every field given must match.',
  fields: (t) => ({
    speaker: t.id({ description: 'Said by this Person or Organization.' }),
    article: t.id({ description: 'Said in this article.' }),
    kinds: t.field({ type: [StatementKind], description: 'Only these kinds.' }),
    reviewStatuses: t.field({ type: [ReviewStatus], description: 'Only facts in these review states.' }),
    minConfidence: t.float({ description: MIN_CONFIDENCE }),
    from: t.field({
      type: 'Date',
      description: 'Said on or after this day (the day of the article when the article does not tell).',
    }),
    to: t.field({ type: 'Date', description: 'Said on or before this day.' }),
    text: t.string({
      description: 'Words the statement contains, all of them, the last as a prefix ("believe Rus" matches).',
    }),
  }),
});

export const statementListArgs = (arg: Parameters<typeof listArgs>[0]) =>
  listArgs(arg, StatementFilter, StatementOrder, 'READING_ORDER', 'statements');

type StatementListArgs = {
  filter?: typeof StatementFilter.$inferInput | null;
  orderBy: keyof typeof statementLists;
};

/** The statements a list field's arguments ask for; `argument` names the filter in errors. */
export async function selectStatements(
  ctx: Context,
  { filter, orderBy }: StatementListArgs,
  argument = 'filter',
): Promise<ListSelection<typeof statements>> {
  const speaker = await filterIdOfAny(ctx, filter?.speaker, ['Person', 'Organization'], `${argument}.speaker`);
  return {
    list: statementLists[orderBy],
    filter: statementFilter({
      speakerPersonId: speaker?.typename === 'Person' ? speaker.id : undefined,
      speakerOrganizationId: speaker?.typename === 'Organization' ? speaker.id : undefined,
      articleId: await filterId(ctx, filter?.article, 'Article', `${argument}.article`),
      kinds: valuesOf(filter?.kinds),
      reviewStatuses: valuesOf(filter?.reviewStatuses),
      minConfidence: confidenceFloor(filter, argument),
      ...dayRange(filter, argument),
      textMatch: filter?.text != null ? toMatchExpression(filter.text, `${argument}.text`) : undefined,
    }),
  };
}

builder.queryFields((t) => ({
  statements: t.connection(
    {
      type: Statement,
      description: 'Statements, by article and in reading order unless `orderBy` says otherwise.',
      args: statementListArgs(t.arg),
      resolve: async (_root, args, ctx, info) =>
        rootConnection(ctx, info, await selectStatements(ctx, args), args, { prime: ctx.loaders.statementById }),
    },
    StatementConnection,
  ),
}));
