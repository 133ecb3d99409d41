import { describe, expect, it } from 'vitest';
import { extractDeployments } from '../../src/ingest/deployments.js';
import { analyzed, type Entities } from './analyzed.js';

const ENTITIES: Entities = {
  people: [{ key: 'lena-varga', name: 'Lena Varga', aliases: ['Varga'], nationality: 'hungary' }],
  places: [
    { key: 'hungary', name: 'Hungary', kind: 'COUNTRY', aliases: ['Hungarian'] },
    { key: 'france', name: 'France', kind: 'COUNTRY', aliases: ['French'] },
    { key: 'mali', name: 'Mali', kind: 'COUNTRY', aliases: ['Malian', 'the West African nation'] },
    { key: 'bamako', name: 'Bamako', kind: 'CITY', parent: 'mali' },
    { key: 'gao-base', name: 'Gao air base', kind: 'MILITARY_BASE', parent: 'mali' },
    { key: 'estonia', name: 'Estonia', kind: 'COUNTRY', aliases: ['Estonian'] },
    { key: 'tapa-base', name: 'Tapa base', kind: 'MILITARY_BASE', parent: 'estonia' },
    { key: 'djibouti', name: 'Djibouti', kind: 'COUNTRY' },
    { key: 'japan', name: 'Japan', kind: 'COUNTRY' },
    { key: 'somalia', name: 'Somalia', kind: 'COUNTRY', aliases: ['Somali'] },
  ],
};

const extract = (body: string) => extractDeployments(analyzed(body, ENTITIES, { publishedOn: '2024-06-01' }));
const brief = (body: string) =>
  extract(body).map((d) => [d.deployingCountry, d.hostCountry, d.status, d.personnel, d.personnelQualifier]);

describe('military deployments', () => {
  it('"sent troops to": deploying country before the verb, host after "to"', () => {
    const [d] = extract('France sent 300 troops to Mali to support the United Nations mission.');
    expect(d).toMatchObject({
      deployingCountry: 'france',
      hostCountry: 'mali',
      status: 'ARRIVED',
      forceType: 'troops',
      personnel: 300,
      personnelQualifier: 'EXACT',
      purpose: 'to support the United Nations mission',
    });
  });

  it('unit size and force type from "two companies of paratroopers"; the orderer and their nationality', () => {
    const [d] = extract('Lena Varga ordered two companies of paratroopers to Bamako.');
    expect(d).toMatchObject({
      deployingCountry: 'hungary',
      hostCountry: 'mali',
      location: 'bamako',
      unitSize: 'two companies',
      forceType: 'paratroopers',
      status: 'ORDERED',
      orderedBy: 'lena-varga',
    });
  });

  it('a later sentence that names no country carries on the deployment; the furthest status wins', () => {
    const body =
      'France will send 500 soldiers to Mali, the ministry said. "Around 150 [servicemen] have arrived at Gao air base," a spokesman said.';
    expect(brief(body)).toEqual([['france', 'mali', 'ARRIVED', 500, 'EXACT']]);
    expect(extract(body)[0]).toMatchObject({ location: 'gao-base' });
  });

  it('statuses from the verb: announced, proposed, withdrawn', () => {
    expect(brief('Hungary plans to send 40 military instructors to Mali.')).toEqual([
      ['hungary', 'mali', 'ANNOUNCED', 40, 'EXACT'],
    ]);
    expect(brief('Mali asked France to send peacekeepers.')).toEqual([['france', 'mali', 'PROPOSED', null, null]]);
    expect(brief('France withdrew its last 2,400 troops from Mali in August.')).toEqual([
      ['france', 'mali', 'WITHDRAWN', 2400, 'EXACT'],
    ]);
    expect(brief('Hungarian troops pulled out of Mali on Friday.')).toEqual([
      ['hungary', 'mali', 'WITHDRAWN', null, null],
    ]);
  });

  it('a standing presence: a country\'s base abroad, "stationed in", and a lease with its purpose', () => {
    expect(brief("Convoys stopped at France's Tapa base.")).toEqual([['france', 'estonia', 'STATIONED', null, null]]);
    expect(brief('About 1,000 French soldiers are stationed in Estonia.')).toEqual([
      ['france', 'estonia', 'STATIONED', 1000, 'APPROXIMATELY'],
    ]);
    const [lease] = extract('Japan leases a naval base in Djibouti to support anti-piracy patrols off Somalia.');
    expect(lease).toMatchObject({
      deployingCountry: 'japan',
      hostCountry: 'djibouti',
      status: 'LEASED',
      forceType: 'naval base',
      purpose: 'to support anti-piracy patrols off Somalia',
    });
  });

  it('a base whose country is not known is in the country the text puts it in, or the one the article is about', () => {
    const entities: Entities = {
      places: [
        { key: 'russia', name: 'Russia', kind: 'COUNTRY' },
        { key: 'kyrgyzstan', name: 'Kyrgyzstan', kind: 'COUNTRY', aliases: ['the ex-Soviet republic'] },
        { key: 'kant', name: 'Kant air base', kind: 'MILITARY_BASE' },
      ],
    };
    const placed = extractDeployments(
      analyzed("Guards were posted at Russia's Kant air base in the ex-Soviet republic.", entities),
    );
    expect(placed.map((d) => [d.deployingCountry, d.hostCountry, d.status, d.location])).toEqual([
      ['russia', 'kyrgyzstan', 'STATIONED', 'kant'],
    ]);
    const about = extractDeployments(
      analyzed(
        "Protests spread across Kyrgyzstan. Kyrgyzstan's leaders fled. Guards were posted at Russia's Kant air base.",
        entities,
      ),
    );
    expect(about.map((d) => [d.deployingCountry, d.hostCountry])).toEqual([['russia', 'kyrgyzstan']]);
  });

  it('the host named before, as in "the nation of …, where X leases an air base"', () => {
    expect(brief('Violence spread in Djibouti, where Japan leases an air base.')).toEqual([
      ['japan', 'djibouti', 'LEASED', null, null],
    ]);
  });

  it('a country named before is no host without "where": it is the subject of its own clause', () => {
    expect(
      brief('France already keeps 800 troops at Tapa, and Japan rotates a battalion through the training ground.'),
    ).not.toContainEqual(['japan', 'france', 'STATIONED', null, null]);
    expect(brief('Japan leases an air base in the region, and Somalia says it is worried.')).toEqual([]);
  });

  it('a lease whose host is named right after the facility ("near the Somali town of …")', () => {
    expect(brief('Japan leases an air base near the Somali town of Berbera.')).toEqual([
      ['japan', 'somalia', 'LEASED', null, null],
    ]);
  });

  it('nothing for domestic moves, police, aid, casualty sentences or a country alone', () => {
    for (const body of [
      'Malian troops were sent to Bamako after the protests.',
      'Riot police were deployed in Bamako.',
      'Security forces from France were sent to Bamako.',
      'France sent a letter to Mali about the future of the troops.',
      'France sent 20 tonnes of aid to Mali.',
      'Clashes left 12 soldiers dead near Gao air base.',
      'Troops were sent to the border.',
      'France and Mali signed a trade agreement.',
    ]) {
      expect(extract(body), body).toEqual([]);
    }
  });
});
