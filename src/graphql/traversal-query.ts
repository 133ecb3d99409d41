/** What one article's graph looks like from a client: people, statements, casualties and foreign forces. */
export const ARTICLE_GRAPH_SELECTION = /* GraphQL */ `
    title
    publishedOn
    publishedAt
    people(first: 20) { totalCount edges { node { name roles { title } } } }
    statements(first: 20) { edges { node { kind text speakerLabel speaker { name } evidence { text } } } }
    casualtyReports(first: 20) { edges { node { category count qualifier place { name } } } }
    militaryDeployments(first: 20) { edges { node {
      deployingCountry { name } hostCountry { name } location { name }
      forceType unitSize personnel personnelQualifier status purpose } } }`;

/** The query GraphiQL opens with, on the seed article. */
export const TRAVERSAL_QUERY = /* GraphQL */ `# The seed article: who is in it, what they said, who died, whose troops went where.
# Every fact carries its evidence: the exact span of the article text it rests on.
query ArticleGraph($url: String! = "urn:newsgraph:seed:b16dee5915fb6544") {
  article(url: $url) {${ARTICLE_GRAPH_SELECTION}
  }
}
`;
