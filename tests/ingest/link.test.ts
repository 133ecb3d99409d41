import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrganization, findPerson, findPlace } from '../../src/ingest/link.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.close());

const idOf = (table: string, name: string) =>
  (app.db.$client.prepare(`SELECT id FROM ${table} WHERE name = ?`).get(name) as { id: number }).id;
const person = (name: string) => ({ key: 'k', name, aliases: [], description: null, nationality: null });
const place = (name: string, kind: 'COUNTRY' | 'CITY', countryCode: string | null) => ({
  key: 'k',
  name,
  kind,
  countryCode,
  parent: null,
  population: null,
});

describe('the linking stage, against the seeded database', () => {
  it('finds a country by its ISO code whatever name the article gives it', () => {
    expect(findPlace(app.db, place('Kyrgyz Republic', 'COUNTRY', 'KG'))).toBe(idOf('places', 'Kyrgyzstan'));
  });

  it('finds another place by name and kind, ignoring case, and not across kinds', () => {
    expect(findPlace(app.db, place('BISHKEK', 'CITY', 'KG'))).toBe(idOf('places', 'Bishkek'));
    expect(findPlace(app.db, place('Bishkek', 'COUNTRY', null))).toBeUndefined();
  });

  it('finds a person by name, by a recorded alias, or by the name in other case', () => {
    const makarov = idOf('people', 'Nikolai Makarov');
    expect(findPerson(app.db, person('Nikolai Makarov'))).toBe(makarov);
    expect(findPerson(app.db, person('General Nikolai Makarov'))).toBe(makarov);
    expect(findPerson(app.db, person('nikolai makarov'))).toBe(makarov);
    expect(findPerson(app.db, person('Nikolai Patrushev'))).toBeUndefined();
  });

  it('finds an organization by name ignoring case', () => {
    expect(findOrganization(app.db, { key: 'k', name: 'reuters', kind: 'NEWS_AGENCY', country: null })).toBe(
      idOf('organizations', 'Reuters'),
    );
    expect(
      findOrganization(app.db, { key: 'k', name: 'Interfax', kind: 'NEWS_AGENCY', country: null }),
    ).toBeUndefined();
  });
});
