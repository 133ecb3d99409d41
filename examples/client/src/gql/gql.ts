/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ArticleGraph($url: String!) {\n    article(url: $url) {\n      title\n      publishedOn\n      people(first: 20) { totalCount edges { node { name roles { title } } } }\n      statements(first: 20) { edges { node { kind text speaker { name } evidence { text } } } }\n      casualtyReports(first: 20) { edges { node { id category count qualifier } } }\n    }\n  }\n": typeof types.ArticleGraphDocument,
    "\n  query HostedForces($first: Int!) {\n    places(first: $first) {\n      edges {\n        node {\n          name\n          kind\n          deploymentsHosted(first: 10) {\n            totalCount\n            edges { node { deployingCountry { name } forceType personnel personnelQualifier status } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.HostedForcesDocument,
    "\n  query CasualtiesByMonth {\n    casualtyStats(groupBy: [MONTH, CATEGORY]) { period category best low high reportCount }\n  }\n": typeof types.CasualtiesByMonthDocument,
    "\n  mutation ReviewFacts($input: ReviewFactsInput!) {\n    reviewFacts(input: $input) {\n      __typename\n      ... on ReviewFactsPayload { facts { __typename reviewStatus } }\n      ... on MutationError { message }\n    }\n  }\n": typeof types.ReviewFactsDocument,
};
const documents: Documents = {
    "\n  query ArticleGraph($url: String!) {\n    article(url: $url) {\n      title\n      publishedOn\n      people(first: 20) { totalCount edges { node { name roles { title } } } }\n      statements(first: 20) { edges { node { kind text speaker { name } evidence { text } } } }\n      casualtyReports(first: 20) { edges { node { id category count qualifier } } }\n    }\n  }\n": types.ArticleGraphDocument,
    "\n  query HostedForces($first: Int!) {\n    places(first: $first) {\n      edges {\n        node {\n          name\n          kind\n          deploymentsHosted(first: 10) {\n            totalCount\n            edges { node { deployingCountry { name } forceType personnel personnelQualifier status } }\n          }\n        }\n      }\n    }\n  }\n": types.HostedForcesDocument,
    "\n  query CasualtiesByMonth {\n    casualtyStats(groupBy: [MONTH, CATEGORY]) { period category best low high reportCount }\n  }\n": types.CasualtiesByMonthDocument,
    "\n  mutation ReviewFacts($input: ReviewFactsInput!) {\n    reviewFacts(input: $input) {\n      __typename\n      ... on ReviewFactsPayload { facts { __typename reviewStatus } }\n      ... on MutationError { message }\n    }\n  }\n": types.ReviewFactsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleGraph($url: String!) {\n    article(url: $url) {\n      title\n      publishedOn\n      people(first: 20) { totalCount edges { node { name roles { title } } } }\n      statements(first: 20) { edges { node { kind text speaker { name } evidence { text } } } }\n      casualtyReports(first: 20) { edges { node { id category count qualifier } } }\n    }\n  }\n"): (typeof documents)["\n  query ArticleGraph($url: String!) {\n    article(url: $url) {\n      title\n      publishedOn\n      people(first: 20) { totalCount edges { node { name roles { title } } } }\n      statements(first: 20) { edges { node { kind text speaker { name } evidence { text } } } }\n      casualtyReports(first: 20) { edges { node { id category count qualifier } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostedForces($first: Int!) {\n    places(first: $first) {\n      edges {\n        node {\n          name\n          kind\n          deploymentsHosted(first: 10) {\n            totalCount\n            edges { node { deployingCountry { name } forceType personnel personnelQualifier status } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HostedForces($first: Int!) {\n    places(first: $first) {\n      edges {\n        node {\n          name\n          kind\n          deploymentsHosted(first: 10) {\n            totalCount\n            edges { node { deployingCountry { name } forceType personnel personnelQualifier status } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasualtiesByMonth {\n    casualtyStats(groupBy: [MONTH, CATEGORY]) { period category best low high reportCount }\n  }\n"): (typeof documents)["\n  query CasualtiesByMonth {\n    casualtyStats(groupBy: [MONTH, CATEGORY]) { period category best low high reportCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFacts($input: ReviewFactsInput!) {\n    reviewFacts(input: $input) {\n      __typename\n      ... on ReviewFactsPayload { facts { __typename reviewStatus } }\n      ... on MutationError { message }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFacts($input: ReviewFactsInput!) {\n    reviewFacts(input: $input) {\n      __typename\n      ... on ReviewFactsPayload { facts { __typename reviewStatus } }\n      ... on MutationError { message }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;