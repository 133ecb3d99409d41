import { encodeGlobalId } from '../src/graphql/global-id.js';
import { ARTICLE_GRAPH_SELECTION, TRAVERSAL_QUERY } from '../src/graphql/traversal-query.js';

/** The ids of the corpus that the operations start from. */
export interface Samples {
  articleUrl: string;
  personId: number;
  countryId: number;
}

export interface Operation {
  name: string;
  what: string;
  query: string;
  variables: (samples: Samples) => Record<string, unknown>;
}

export const LIST_TRAVERSAL = /* GraphQL */ `query ArticleList($first: Int!) {
  articles(first: $first) { edges { node { ${ARTICLE_GRAPH_SELECTION} } } }
}`;

const PERSON_PAGE = /* GraphQL */ `query PersonPage($id: ID!) {
  person(id: $id) {
    name aliases description nationality { name }
    roles { title qualifier country { name } }
    statements(first: 20) { totalCount edges { node { kind text statedOn article { title publishedOn } } } }
    articles(first: 20) { totalCount edges { node { title publishedOn } } }
  }
}`;

const COUNTRY_PAGE = /* GraphQL */ `query CountryPage($id: ID!) {
  node(id: $id) {
    ... on Place {
      name population
      deploymentsHosted(first: 20) { totalCount edges { node { deployingCountry { name } personnel status occurredOn } } }
      deploymentsSent(first: 20) { totalCount edges { node { hostCountry { name } personnel status occurredOn } } }
      casualtyReports(first: 20) { totalCount edges { node { category count qualifier occurredOn event { title } } } }
      articles(first: 20) { totalCount edges { node { title publishedOn } } }
    }
  }
}`;

const SEARCH = /* GraphQL */ `query Search($query: String!) {
  search(query: $query, first: 20) {
    totalCount
    edges { type rank snippet node { __typename ... on Article { title } ... on Statement { text } ... on Person { name } } }
  }
}`;

const CASUALTY_STATS = /* GraphQL */ `query KilledPerMonthInACountry($country: ID!) {
  casualtyStats(groupBy: [MONTH], filter: { categories: [KILLED], place: $country }) {
    period best low high reportCount articleCount
  }
}`;

const CASUALTY_STATS_EVERYWHERE = /* GraphQL */ `query KilledByCountryAndMonth {
  casualtyStats(groupBy: [COUNTRY, MONTH], filter: { categories: [KILLED] }) {
    country { name } period best low high reportCount articleCount
  }
}`;

const DEPLOYMENT_STATS = /* GraphQL */ `query DeploymentsByDeployingCountry {
  deploymentStats(groupBy: [DEPLOYING_COUNTRY]) {
    deployingCountry { name } deploymentCount personnel withoutPersonnelCount hostCountryCount
  }
}`;

const STATEMENT_STATS = /* GraphQL */ `query MostQuoted {
  statementStats(groupBy: [SPEAKER], first: 20) { speaker { name } statementCount articleCount }
}`;

const ARTICLE_TIMELINE = /* GraphQL */ `query CoverageOfACountry($country: ID!) {
  articleTimeline(interval: MONTH, from: "2000-01-01", to: "2024-12-31", filter: { place: $country }) {
    period articleCount
  }
}`;

const FILTERED_ARTICLES = /* GraphQL */ `query ArticlesWithCasualtiesInACountry($country: ID!) {
  articles(first: 50, filter: { place: $country, hasCasualtyReports: true }) {
    edges { node { title publishedOn casualtyReports(first: 5) { edges { node { category count } } } } }
  }
}`;

const FILTERED_STATEMENTS = /* GraphQL */ `query QuotesOfAPerson($person: ID!) {
  statements(first: 50, filter: { speaker: $person, kinds: [DIRECT_QUOTE] }, orderBy: LATEST) {
    edges { node { text statedOn article { title } } }
  }
}`;

/** A page of 50 articles, newest first, after a cursor (none for the first page). */
export const ARTICLE_PAGE = /* GraphQL */ `query ArticlePage($after: String) {
  articles(first: 50, after: $after) { edges { node { title publishedOn } } }
}`;

export const OPERATIONS: Operation[] = [
  {
    name: 'article traversal',
    what: 'one article: people and roles, statements and speakers, casualties, deployments',
    query: TRAVERSAL_QUERY,
    variables: (s) => ({ url: s.articleUrl }),
  },
  {
    name: 'list traversal (50)',
    what: 'the same selection for a page of 50 articles',
    query: LIST_TRAVERSAL,
    variables: () => ({ first: 50 }),
  },
  {
    name: 'person page',
    what: 'the most-mentioned person: roles, statements, articles',
    query: PERSON_PAGE,
    variables: (s) => ({ id: encodeGlobalId('Person', s.personId) }),
  },
  {
    name: 'country page',
    what: 'the most-mentioned country: deployments hosted and sent, casualties, articles',
    query: COUNTRY_PAGE,
    variables: (s) => ({ id: encodeGlobalId('Place', s.countryId) }),
  },
  {
    name: 'search',
    what: 'full-text search for two common words across every type, best 20 with snippets',
    query: SEARCH,
    variables: () => ({ query: 'paratroopers Russia' }),
  },
  {
    name: 'casualty stats',
    what: 'killed per month in the most-mentioned country (and the places inside it), each incident once',
    query: CASUALTY_STATS,
    variables: (s) => ({ country: encodeGlobalId('Place', s.countryId) }),
  },
  {
    name: 'casualty stats (all countries)',
    what: 'killed per country and month over the whole corpus: about 8,000 buckets, a 0.9 MB answer',
    query: CASUALTY_STATS_EVERYWHERE,
    variables: () => ({}),
  },
  {
    name: 'deployment stats',
    what: 'deployments per deploying country with personnel, over the whole corpus',
    query: DEPLOYMENT_STATS,
    variables: () => ({}),
  },
  {
    name: 'statement stats',
    what: 'the 20 most quoted speakers, over the whole corpus',
    query: STATEMENT_STATS,
    variables: () => ({}),
  },
  {
    name: 'article timeline',
    what: 'articles per month about the most-mentioned country (and the places inside it), 25 years',
    query: ARTICLE_TIMELINE,
    variables: (s) => ({ country: encodeGlobalId('Place', s.countryId) }),
  },
  {
    name: 'filtered articles (50)',
    what: 'a page of 50 articles about the most-mentioned country that report casualties',
    query: FILTERED_ARTICLES,
    variables: (s) => ({ country: encodeGlobalId('Place', s.countryId) }),
  },
  {
    name: 'filtered statements (50)',
    what: "a page of 50 of the most-mentioned person's direct quotes, latest first",
    query: FILTERED_STATEMENTS,
    variables: (s) => ({ person: encodeGlobalId('Person', s.personId) }),
  },
];

/** The operations whose p95 the dashboards issue bounds, and the bound (ms). */
export const P95_FLOORS: Record<string, number> = {
  'casualty stats': 50,
  'deployment stats': 50,
  'statement stats': 50,
  'article timeline': 50,
  search: 20,
  'filtered articles (50)': 10,
  'filtered statements (50)': 10,
};
