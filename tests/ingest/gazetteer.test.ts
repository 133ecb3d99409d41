import { describe, expect, it } from 'vitest';
import { countryByCode, lookupPeoplePlural, lookupPlace } from '../../src/ingest/gazetteer.js';

describe('the gazetteer', () => {
  it('links a demonym to its country', () => {
    expect(lookupPlace('Kyrgyz')).toMatchObject({ kind: 'COUNTRY', via: 'DEMONYM', country: { code: 'KG' } });
    expect(lookupPlace('Russian')).toMatchObject({ kind: 'COUNTRY', via: 'DEMONYM', country: { code: 'RU' } });
    expect(lookupPlace('Kazakh')).toMatchObject({ kind: 'COUNTRY', via: 'DEMONYM', country: { code: 'KZ' } });
    expect(lookupPlace('Afghan')).toMatchObject({ kind: 'COUNTRY', via: 'DEMONYM', country: { code: 'AF' } });
  });

  it('knows the demonyms news prints that the country data spells otherwise', () => {
    for (const [demonym, code] of [
      ['Botswanan', 'BW'],
      ['Basotho', 'LS'],
      ['Nepali', 'NP'],
      ['Bosnian', 'BA'],
      ['Dane', 'DK'],
      ['Timorese', 'TL'],
      ['Argentinian', 'AR'],
    ]) {
      expect(lookupPlace(demonym as string), demonym).toMatchObject({ via: 'DEMONYM', country: { code } });
    }
    // peoples across borders are no one country's
    expect(lookupPlace('Serb')).toBeUndefined();
    expect(lookupPlace('Croat')).toBeUndefined();
  });

  it('knows countries by common, official and alternative names', () => {
    expect(lookupPlace('Kyrgyzstan')).toMatchObject({ via: 'NAME', country: { code: 'KG', name: 'Kyrgyzstan' } });
    expect(lookupPlace('Kyrgyz Republic')).toMatchObject({ country: { code: 'KG' } });
    expect(lookupPlace('United States')).toMatchObject({ country: { code: 'US' } });
    expect(lookupPlace('U.S.')).toMatchObject({ country: { code: 'US' } });
    expect(lookupPlace('Britain')).toMatchObject({ country: { code: 'GB' } });
    // the two Congos as news prints them
    for (const name of ['Congo Republic', 'Republic of Congo', 'Republic of the Congo', 'Congo Brazzaville'])
      expect(lookupPlace(name)).toMatchObject({ country: { code: 'CG' } });
    for (const name of ['Congo', 'DRC', 'DR Congo', 'Democratic Republic of Congo'])
      expect(lookupPlace(name)).toMatchObject({ country: { code: 'CD' } });
  });

  it('puts a capital inside its country', () => {
    expect(lookupPlace('Bishkek')).toMatchObject({ kind: 'CITY', name: 'Bishkek', country: { code: 'KG' } });
    expect(lookupPlace('Kabul')).toMatchObject({ kind: 'CITY', country: { code: 'AF' } });
  });

  it('knows regions and their adjectives', () => {
    expect(lookupPlace('Central Asia')).toMatchObject({ kind: 'REGION', region: { name: 'Central Asia' } });
    expect(lookupPlace('Central Asian')).toMatchObject({ kind: 'REGION', via: 'DEMONYM' });
  });

  it('does not know a base, a code alone or a lower-case word', () => {
    expect(lookupPlace('Kant')).toBeUndefined();
    expect(lookupPlace('KG')).toBeUndefined();
    expect(lookupPlace('russia')).toBeUndefined();
  });

  it('finds a country by its ISO code', () => {
    expect(countryByCode('kg')).toMatchObject({ name: 'Kyrgyzstan', capitals: ['Bishkek'] });
    expect(countryByCode('XX')).toBeUndefined();
  });
});

describe("a country's people named by a plural noun", () => {
  it("takes a demonym's plural and a few plurals of their own, never a plural of a name", () => {
    expect(lookupPeoplePlural('Burundians')).toMatchObject({
      kind: 'COUNTRY',
      via: 'DEMONYM',
      country: { code: 'BI' },
    });
    expect(lookupPeoplePlural('Pakistanis')).toMatchObject({ country: { code: 'PK' } });
    expect(lookupPeoplePlural('Britons')).toMatchObject({ country: { code: 'GB' } });
    expect(lookupPeoplePlural('Americas')).toBeUndefined();
    expect(lookupPeoplePlural('Swisss')).toBeUndefined();
    expect(lookupPeoplePlural('ITALIANS')).toBeUndefined();
  });
});
