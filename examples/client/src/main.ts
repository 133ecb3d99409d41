// A client a dashboard team would write: typed results, no query text on the wire.
import { request } from './client.js';
import { ArticleGraph, HostedForces } from './operations.js';

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
