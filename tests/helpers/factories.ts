import { createHash } from 'node:crypto';
import type { Db } from '../../src/db/client.js';
import {
  articles,
  casualtyReports,
  mentions,
  militaryDeployments,
  people,
  places,
  roles,
  statements,
} from '../../src/db/schema/index.js';

const curated = { method: 'CURATED' as const, reviewStatus: 'CONFIRMED' as const, confidence: 1 };

/**
 * Adds `count` synthetic articles, each naming three people (with a role
 * each), quoting two of them, and reporting one casualty figure and one
 * deployment, so that list traversals have something at every level.
 */
export function addSyntheticArticles(db: Db, count: number): void {
  db.transaction((tx) => {
    const country = (name: string, code: string) =>
      tx.insert(places).values({ name, kind: 'COUNTRY', countryCode: code }).returning().get().id;
    const home = country('Testland', 'TL');
    const abroad = country('Farland', 'FL');
    for (let i = 0; i < count; i++) {
      const names = [`Alpha ${i}`, `Bravo ${i}`, `Charlie ${i}`];
      const body = `${names.join(', ')} met. "We agree," said ${names[0]}. ${names[1]} said talks went well. Clashes left 3 people dead. Farland sent 200 troops to Testland.`;
      const day = String((i % 28) + 1).padStart(2, '0');
      const articleId = tx
        .insert(articles)
        .values({
          url: `https://example.test/articles/${i}`,
          title: `Synthetic article ${i}`,
          body,
          publishedOn: `2011-02-${day}`,
          language: 'en',
          contentHash: createHash('sha256').update(body).digest('hex'),
        })
        .returning()
        .get().id;
      const span = (text: string) => {
        const start = body.indexOf(text);
        if (start < 0) throw new Error(`"${text}" is not in the body`);
        return { articleId, evidenceStart: start, evidenceEnd: start + text.length, ...curated };
      };
      const personIds = names.map((name) => {
        const id = tx.insert(people).values({ name, nationalityId: home }).returning().get().id;
        tx.insert(mentions)
          .values({ ...span(name), personId: id })
          .run();
        tx.insert(roles)
          .values({ ...span(name), personId: id, title: 'Minister', countryId: home })
          .run();
        return id;
      });
      tx.insert(statements)
        .values({
          ...span('We agree,'),
          kind: 'DIRECT_QUOTE',
          text: 'We agree,',
          speakerPersonId: personIds[0],
          speakerLabel: names[0] as string,
          verb: 'said',
        })
        .run();
      tx.insert(statements)
        .values({
          ...span('talks went well'),
          kind: 'REPORTED_SPEECH',
          text: 'talks went well',
          speakerPersonId: personIds[1],
          speakerLabel: names[1] as string,
          verb: 'said',
        })
        .run();
      tx.insert(casualtyReports)
        .values({
          ...span('3 people dead'),
          category: 'KILLED',
          count: 3,
          qualifier: 'EXACT',
          statedCount: '3',
          victims: 'people',
          placeId: home,
        })
        .run();
      tx.insert(militaryDeployments)
        .values({
          ...span('Farland sent 200 troops to Testland'),
          deployingCountryId: abroad,
          hostCountryId: home,
          forceType: 'troops',
          personnel: 200,
          personnelQualifier: 'EXACT',
          status: 'ARRIVED',
        })
        .run();
    }
  });
}
