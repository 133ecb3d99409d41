import { Article } from '../articles/article.type.js';
import { builder, enumOf, Fact } from '../builder.js';
import { type Context, createLoaders } from '../context.js';
import { AppError } from '../errors.js';
import { encodeGlobalId, parseGlobalId } from '../graphql/global-id.js';
import { loadNode, loadOptional } from '../graphql/load.js';
import type { FactType } from '../history/editable.js';
import {
  type ArticleIngested,
  articleIngestedOf,
  countryCodesOf,
  type FactChange,
  type FactChangeKind,
  factChangesOf,
  factIsIn,
} from './live.service.js';

builder.subscriptionType({
  description:
    'Live updates over Server-Sent Events (send `Accept: text/event-stream`), read from the change log: every write of any server process or of the ingest command is heard, and a client that reconnects passes `after` (the last `changeId` it saw) to hear what it missed first.',
  authScopes: { public: true },
});

const FactChangeKindEnum = enumOf<FactChangeKind>('FactChangeKind', 'What happened to a fact.', {
  CREATED: 'It was written: an editor created it, or an ingest proposed it.',
  UPDATED: 'Some of its fields changed (an edit, or an undo that left it live).',
  REVIEWED: 'An editor confirmed or rejected it.',
  RETRACTED: 'It was retracted, or replaced by a re-ingest of its article: it no longer appears in any read.',
  RESTORED: 'It was brought back after a retraction.',
  MERGED: 'A merge moved one of its references to the surviving record.',
});

const FactTypeEnum = builder.enumType('FactType', {
  description: 'The kinds of fact.',
  values: {
    ROLE: { value: 'Role', description: 'A title given to a person (`Role`).' },
    STATEMENT: { value: 'Statement', description: 'A direct quote or reported speech (`Statement`).' },
    CASUALTY_REPORT: { value: 'CasualtyReport', description: 'A casualty figure (`CasualtyReport`).' },
    MILITARY_DEPLOYMENT: {
      value: 'MilitaryDeployment',
      description: 'A foreign military presence (`MilitaryDeployment`).',
    },
    MENTION: { value: 'Mention', description: 'A span naming a person, organization or place (`Mention`).' },
  } as const,
});

const changeId = (description: string) => ({
  description: `${description} Pass it as \`after\` to resume from here.`,
});

const ArticleIngestedEvent = builder.objectRef<ArticleIngested>('ArticleIngestedEvent').implement({
  description: 'An article the ingest pipeline wrote (from the `ingest` command or `ingestArticle`).',
  fields: (t) => ({
    changeId: t.exposeInt('changeId', changeId('The change-log entry (`HistoryEntry.sequence`) of the ingest.')),
    isNew: t.boolean({
      description: 'Whether the article was new; false when a changed text replaced a stored one.',
      resolve: (e) => e.status === 'NEW',
    }),
    article: t.field({
      type: Article,
      nullable: true,
      description: 'The article as it is now; null if it was retracted since.',
      resolve: (e, _args, ctx) => loadOptional(ctx.loaders.articleById, e.articleId),
    }),
  }),
});

const FactChangedEvent = builder.objectRef<FactChange>('FactChangedEvent').implement({
  description: 'A fact that changed; the facts of one ingest arrive one event each, with the same `changeId`.',
  fields: (t) => ({
    changeId: t.exposeInt('changeId', changeId('The change-log entry (`HistoryEntry.sequence`) of the change.')),
    kind: t.field({ type: FactChangeKindEnum, description: 'What happened to the fact.', resolve: (e) => e.kind }),
    factType: t.field({ type: FactTypeEnum, description: 'What kind of fact it is.', resolve: (e) => e.type }),
    factId: t.id({
      description: 'The global ID of the fact, which stays known when it is retracted.',
      resolve: (e) => encodeGlobalId(e.type, e.id),
    }),
    fact: t.field({
      type: Fact,
      nullable: true,
      description: 'The fact as it is now; null when it is retracted or was replaced.',
      resolve: (e, _args, ctx) => loadNode(ctx, e.type, e.id) as never,
    }),
  }),
});

function feedOf(ctx: Context) {
  if (!ctx.changes) throw new AppError('UNAVAILABLE', 'This server does not serve subscriptions.');
  return ctx.changes;
}

/** Each event reads the store afresh: one subscription's context lives for hours, its loaders must not. */
function fresh<E>(event: E, _args: unknown, ctx: Context): E {
  ctx.loaders = createLoaders(ctx.db);
  return event;
}

const AFTER =
  'Replay first every change after this `changeId` (the last one the client saw), then follow live ones; without it, only changes from now on.';

builder.subscriptionFields((t) => ({
  articleIngested: t.field({
    type: ArticleIngestedEvent,
    description: 'Each article the ingest pipeline writes, whichever process ran it.',
    args: { after: t.arg.int({ description: AFTER }) },
    subscribe: (_root, args, ctx) =>
      feedOf(ctx).subscribe(args.after ?? null, (entry) => {
        const event = articleIngestedOf(entry);
        return event ? [event] : [];
      }),
    resolve: fresh,
  }),
  factChanged: t.field({
    type: FactChangedEvent,
    description:
      "Each change to a fact: created (by an editor or an ingest), updated, reviewed, retracted, restored, merged. A fact is in a country when its article is about that country or a place in it, or the fact itself names one (where casualties fell, either country of a deployment or where it stands, a role's country, a mentioned place).",
    args: {
      after: t.arg.int({ description: AFTER }),
      countries: t.arg.idList({
        description: 'Only facts in one of these countries (global IDs of places; a place stands for its country).',
      }),
      factTypes: t.arg({ type: [FactTypeEnum], description: 'Only facts of these types.' }),
    },
    subscribe: (_root, args, ctx) => {
      const countries = args.countries
        ? countryCodesOf(
            ctx.db,
            args.countries.map((id) => parseGlobalId(String(id), 'Place')),
          )
        : null;
      const types = args.factTypes ? new Set<FactType>(args.factTypes) : null;
      return feedOf(ctx).subscribe(args.after ?? null, (entry) =>
        factChangesOf(entry).filter(
          (change) => (!types || types.has(change.type)) && (!countries || factIsIn(ctx.db, change, countries)),
        ),
      );
    },
    resolve: fresh,
  }),
}));
