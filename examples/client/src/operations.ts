import { graphql } from './gql/index.js';

/** One article with the people in it, what they said, the casualties and the foreign forces. */
export const ArticleGraph = graphql(`
  query ArticleGraph($url: String!) {
    article(url: $url) {
      title
      publishedOn
      people(first: 20) { totalCount edges { node { name roles { title } } } }
      statements(first: 20) { edges { node { kind text speaker { name } evidence { text } } } }
      casualtyReports(first: 20) { edges { node { id category count qualifier } } }
    }
  }
`);

/** A country dashboard: the foreign forces it hosts. */
export const HostedForces = graphql(`
  query HostedForces($first: Int!) {
    places(first: $first) {
      edges {
        node {
          name
          kind
          deploymentsHosted(first: 10) {
            totalCount
            edges { node { deployingCountry { name } forceType personnel personnelQualifier status } }
          }
        }
      }
    }
  }
`);

/** A dashboard aggregate: casualties by month and category, rejected reports left out. */
export const CasualtiesByMonth = graphql(`
  query CasualtiesByMonth {
    casualtyStats(groupBy: [MONTH, CATEGORY]) { period category best low high reportCount }
  }
`);

/** An editor's review of facts (needs an editor's token). */
export const ReviewFacts = graphql(`
  mutation ReviewFacts($input: ReviewFactsInput!) {
    reviewFacts(input: $input) {
      __typename
      ... on ReviewFactsPayload { facts { __typename reviewStatus } }
      ... on MutationError { message }
    }
  }
`);
