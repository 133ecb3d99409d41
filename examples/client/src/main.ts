// A client a dashboard team would write: typed results, no query text on the wire.
import { request } from './client.js';
import { ArticleGraph, CasualtiesByMonth, HostedForces, ReviewFacts } from './operations.js';

const endpoint = process.env.NEWSGRAPH_URL ?? 'http://localhost:4000/graphql';

const { article } = await request(endpoint, ArticleGraph, { url: 'urn:newsgraph:seed:b16dee5915fb6544' });
if (!article) throw new Error('the seed article is missing');
console.log(`${article.title} (${article.publishedOn})`);
for (const { node } of article.people.edges) {
  console.log(`  ${node.name}: ${node.roles.map((r) => r.title).join(', ') || '-'}`);
}
const { places } = await request(endpoint, HostedForces, { first: 20 });
for (const { node } of places.edges) {
  for (const { node: d } of node.deploymentsHosted.edges) {
    console.log(`${node.name} hosts ${d.deployingCountry.name} ${d.forceType ?? 'forces'} (${d.status})`);
  }
}
const { casualtyStats } = await request(endpoint, CasualtiesByMonth, {});
for (const b of casualtyStats) {
  const range = b.high === null || b.high === undefined ? `${b.best}` : `${b.best} (${b.low} to ${b.high})`;
  console.log(`casualties ${String(b.period).slice(0, 7)} ${b.category}: ${range}, ${b.reportCount} report(s)`);
}

// An editor confirms the article's casualty figures, with the token the newsroom gave it.
const token = process.env.NEWSGRAPH_TOKEN;
if (token) {
  const ids = article.casualtyReports.edges.map((e) => e.node.id);
  const { reviewFacts } = await request(
    endpoint,
    ReviewFacts,
    { input: { ids, status: 'CONFIRMED', note: 'checked against the article' } },
    token,
  );
  if (reviewFacts.__typename !== 'ReviewFactsPayload') throw new Error(`review refused: ${reviewFacts.__typename}`);
  for (const fact of reviewFacts.facts) console.log(`reviewed ${fact.__typename}: ${fact.reviewStatus}`);
}
