/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What happened to the people a casualty report counts. */
export type CasualtyCategory =
  /** Arrested or detained. */
  | 'ARRESTED'
  /** Driven from their homes. */
  | 'DISPLACED'
  /** Injured or wounded. */
  | 'INJURED'
  /** Killed ("left at least 75 people dead"). */
  | 'KILLED'
  /** Missing. */
  | 'MISSING';

/** How exact a stated number is, as the article words it. */
export type CountQualifier =
  /** An estimate ("about 150", "around 150"). */
  | 'APPROXIMATELY'
  /** A lower bound ("at least 75"). */
  | 'AT_LEAST'
  /** An upper bound ("at most 75"). */
  | 'AT_MOST'
  /** The number as stated ("75 people"). */
  | 'EXACT'
  /** A strict lower bound ("more than 75"). */
  | 'MORE_THAN'
  /** An upper estimate ("up to 150"). */
  | 'UP_TO';

/** Where a deployment stands, as the article reports it. */
export type DeploymentStatus =
  /** It was announced but not yet under way. */
  | 'ANNOUNCED'
  /** The forces arrived in the host country. */
  | 'ARRIVED'
  /** The deploying country leases a facility there (an air base). */
  | 'LEASED'
  /** Someone in command ordered it. */
  | 'ORDERED'
  /** It was proposed or requested, not decided. */
  | 'PROPOSED'
  /** Forces are stationed there on a standing basis (a permanent base). */
  | 'STATIONED'
  /** The forces left. */
  | 'WITHDRAWN';

/** What sort of place a place is. */
export type PlaceKind =
  /** A building or compound. */
  | 'BUILDING'
  /** A city or town. */
  | 'CITY'
  /** A sovereign country. */
  | 'COUNTRY'
  /** A military base ("Kant air base"). */
  | 'MILITARY_BASE'
  /** Any other place. */
  | 'OTHER'
  /** A region: part of a country ("southern Kyrgyzstan") or a group of countries ("Central Asia"). */
  | 'REGION';

/** Facts to review, and the verdict. */
export type ReviewFactsInput = {
  /** The global IDs of the facts (any fact types). */
  ids: Array<string | number>;
  /** The reviewer's note, kept in each fact's history. */
  note?: string | null | undefined;
  /** The review status they all get. */
  status: ReviewStatus;
};

/** Where a fact stands in editorial review. */
export type ReviewStatus =
  /** An editor confirmed it against the article. */
  | 'CONFIRMED'
  /** Not yet reviewed. */
  | 'PROPOSED'
  /** An editor found that the article does not support it. */
  | 'REJECTED';

/** Whether the article quotes the words or reports their sense. */
export type StatementKind =
  /** The speaker's own words, in quotation marks (whole sentences or fragments). */
  | 'DIRECT_QUOTE'
  /** What the speaker said, in the article's words ("X said that ..."). */
  | 'REPORTED_SPEECH';

export type ArticleGraphQueryVariables = Exact<{
  url: string;
}>;


export type ArticleGraphQuery = { article: { title: string, publishedOn: unknown, people: { totalCount: number, edges: Array<{ node: { name: string, roles: Array<{ title: string }> } }> }, statements: { edges: Array<{ node: { kind: StatementKind, text: string, speaker:
            | { name: string }
            | { name: string }
           | null, evidence: { text: string } } }> }, casualtyReports: { edges: Array<{ node: { id: string, category: CasualtyCategory, count: number | null, qualifier: CountQualifier } }> } } | null };

export type HostedForcesQueryVariables = Exact<{
  first: number;
}>;


export type HostedForcesQuery = { places: { edges: Array<{ node: { name: string, kind: PlaceKind, deploymentsHosted: { totalCount: number, edges: Array<{ node: { forceType: string | null, personnel: number | null, personnelQualifier: CountQualifier | null, status: DeploymentStatus, deployingCountry: { name: string } } }> } } }> } };

export type CasualtiesByMonthQueryVariables = Exact<{ [key: string]: never; }>;


export type CasualtiesByMonthQuery = { casualtyStats: Array<{ period: unknown, category: CasualtyCategory | null, best: number, low: number, high: number | null, reportCount: number }> };

export type ReviewFactsMutationVariables = Exact<{
  input: ReviewFactsInput;
}>;


export type ReviewFactsMutation = { reviewFacts:
    | { __typename: 'ConflictError', message: string }
    | { __typename: 'ForbiddenError', message: string }
    | { __typename: 'NotFoundError', message: string }
    | { __typename: 'ReviewFactsPayload', facts: Array<
        | { __typename: 'CasualtyReport', reviewStatus: ReviewStatus }
        | { __typename: 'Mention', reviewStatus: ReviewStatus }
        | { __typename: 'MilitaryDeployment', reviewStatus: ReviewStatus }
        | { __typename: 'Role', reviewStatus: ReviewStatus }
        | { __typename: 'Statement', reviewStatus: ReviewStatus }
      > }
    | { __typename: 'ValidationError', message: string }
   };


export const ArticleGraphDocument = {"__meta__":{"hash":"sha256:891f5bba7f0ecae79b6323be2df8fd6c56f9a8961a031022ffd6602526089a73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"article"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"speaker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casualtyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticleGraphQuery, ArticleGraphQueryVariables>;
export const HostedForcesDocument = {"__meta__":{"hash":"sha256:e937f7960f57479fd0574d65c21e94addc5650a2710364bc2aeb2ae673c4b0d9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostedForces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"places"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deploymentsHosted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deployingCountry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forceType"}},{"kind":"Field","name":{"kind":"Name","value":"personnel"}},{"kind":"Field","name":{"kind":"Name","value":"personnelQualifier"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostedForcesQuery, HostedForcesQueryVariables>;
export const CasualtiesByMonthDocument = {"__meta__":{"hash":"sha256:34241d0844039201fe652df88e1b7aca64f635478933f4c38ee278ebdd30604d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CasualtiesByMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"casualtyStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MONTH"},{"kind":"EnumValue","value":"CATEGORY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"best"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"reportCount"}}]}}]}}]} as unknown as DocumentNode<CasualtiesByMonthQuery, CasualtiesByMonthQueryVariables>;
export const ReviewFactsDocument = {"__meta__":{"hash":"sha256:4f5b2e9e5cb312b5ec742e6342c79e32071a1191887618d828b334edf951975c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewFactsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewFactsMutation, ReviewFactsMutationVariables>;