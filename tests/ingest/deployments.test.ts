import { describe, expect, it } from 'vitest';
import { extractDeployments } from '../../src/ingest/deployments.js';
import { analyzeRecord } from '../../src/ingest/pipeline.js';
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
    { key: 'gabon', name: 'Gabon', kind: 'COUNTRY' },
    { key: 'congo', name: 'Congo', kind: 'COUNTRY', aliases: ['Congolese'] },
    { key: 'nigeria', name: 'Nigeria', kind: 'COUNTRY', aliases: ['Nigerian'] },
    { key: 'cameroon', name: 'Cameroon', kind: 'COUNTRY' },
  ],
};

const extract = (body: string) => extractDeployments(analyzed(body, ENTITIES, { publishedOn: '2024-06-01' }));
const brief = (body: string) =>
  extract(body).map((d) => [d.deployingCountry, d.hostCountry, d.status, d.personnel, d.personnelQualifier]);

/** The whole pipeline's deployments, countries by name. */
const deployments = (body: string) => {
  const { graph } = analyzeRecord({ body, publishedAt: '2024-06-01T12:00:00Z' });
  const name = (key: string) => graph.places.find((p) => p.key === key)?.name;
  return graph.militaryDeployments.map((d) => [
    name(d.deployingCountry),
    name(d.hostCountry),
    d.status,
    d.personnel,
    d.personnelQualifier,
  ]);
};

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

  it('forces "based near" a base are stationed in its country', () => {
    expect(brief('About 2,000 French troops based near Gao air base guard the airport.')).toEqual([
      ['france', 'mali', 'STATIONED', 2000, 'APPROXIMATELY'],
    ]);
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

  it('countries listed as contributors: one deployment each, the host after the verb', () => {
    const entities: Entities = {
      places: ['Ethiopia', 'Kenya', 'Burundi', 'Rwanda', 'South Sudan', 'Nigeria', 'Ghana', 'Liberia'].map((name) => ({
        key: name.toLowerCase().replace(' ', '-'),
        name,
        kind: 'COUNTRY' as const,
        aliases: name === 'Nigeria' ? ['Nigerian'] : [],
      })),
    };
    const listed = (body: string) =>
      extractDeployments(analyzed(body, entities)).map((d) => [
        d.deployingCountry,
        d.hostCountry,
        d.status,
        d.personnel,
      ]);
    expect(listed('Ethiopia, Kenya, Burundi and Rwanda will contribute soldiers to the force in South Sudan.')).toEqual(
      [
        ['ethiopia', 'south-sudan', 'ANNOUNCED', null],
        ['kenya', 'south-sudan', 'ANNOUNCED', null],
        ['burundi', 'south-sudan', 'ANNOUNCED', null],
        ['rwanda', 'south-sudan', 'ANNOUNCED', null],
      ],
    );
    expect(listed('Kenya and Rwanda promised aid to South Sudan.')).toEqual([]);
    expect(listed('Ethiopia and Kenya will contribute money to the fund in South Sudan.')).toEqual([]);
    // a figure for the whole force is no one country's
    expect(listed('Kenya and Rwanda sent 900 troops to South Sudan.')).toEqual([
      ['kenya', 'south-sudan', 'ARRIVED', null],
      ['rwanda', 'south-sudan', 'ARRIVED', null],
    ]);
  });

  it('"troops from" a list of countries; the host from the sentence before, never the country the article names most', () => {
    const entities: Entities = {
      places: [
        { key: 'nigeria', name: 'Nigeria', kind: 'COUNTRY', aliases: ['Nigerian'] },
        { key: 'ghana', name: 'Ghana', kind: 'COUNTRY' },
        { key: 'mali', name: 'Mali', kind: 'COUNTRY' },
        { key: 'togo', name: 'Togo', kind: 'COUNTRY' },
        { key: 'liberia', name: 'Liberia', kind: 'COUNTRY', aliases: ['Liberian'] },
        { key: 'sierra-leone', name: 'Sierra Leone', kind: 'COUNTRY' },
        { key: 'monrovia', name: 'Monrovia', kind: 'CITY', parent: 'liberia' },
      ],
    };
    const listed = (body: string) =>
      extractDeployments(analyzed(body, entities)).map((d) => [d.deployingCountry, d.hostCountry, d.status]);
    expect(
      listed(
        'Peacekeeping troops from Nigeria have begun arriving in Monrovia. More troops were promised from Ghana, Mali and Togo.',
      ),
    ).toEqual([
      ['nigeria', 'liberia', 'ARRIVED'],
      ['ghana', 'liberia', 'ANNOUNCED'],
      ['mali', 'liberia', 'ANNOUNCED'],
      ['togo', 'liberia', 'ANNOUNCED'],
    ]);
    expect(
      listed(
        'Fighting went on in Liberia. In Monrovia, Liberia waited. Additional troops were promised from Ghana and Togo.',
      ),
    ).toEqual([]);
    // a single country after "from" with another sender is where the troops set out from
    expect(listed('Nigeria flew 200 troops from Sierra Leone to Liberia.')).toEqual([
      ['nigeria', 'liberia', 'ARRIVED'],
    ]);
    expect(listed('The Nigerian-led peacekeeping force arrived in Monrovia on Monday.')).toEqual([
      ['nigeria', 'liberia', 'ARRIVED'],
    ]);
  });

  it('a withdrawal "from" a country keeps that country as the host, not as a sender', () => {
    expect(brief('Hungary withdrew its troops from Mali.')).toEqual([['hungary', 'mali', 'WITHDRAWN', null, null]]);
  });

  it('a deployment told as a noun: a plan involving "the deployment of" forces, and an intervention', () => {
    expect(
      brief(
        'Hungarian troops trained in Bamako last year. The new plan by the government involves the deployment of 1,000 soldiers to Mali, an official said.',
      ),
    ).toEqual([['hungary', 'mali', 'PROPOSED', 1000, 'EXACT']]);
    expect(brief('A French military intervention later quelled the crisis in Mali.')).toEqual([
      ['france', 'mali', 'ARRIVED', null, null],
    ]);
    expect(brief('Mali called for a French military intervention.')).toEqual([]);
    // the host is where the article's cities lie, not the country named most ("Hungarian" twice)
    expect(
      brief(
        'Hungarian troops have been stationed in Bamako since 2014. Hungarian officers said a French military intervention later quelled the crisis.',
      ),
    ).toEqual([
      ['hungary', 'mali', 'STATIONED', null, null],
      ['france', 'mali', 'ARRIVED', null, null],
    ]);
  });

  it('"prompted commanders … to deploy Hungarian and Estonian military advisers": the demonyms are the senders', () => {
    expect(
      brief(
        'The rebels took Gao. Their advances prompted commanders of the mission to deploy Hungarian and Estonian military advisers to Mali last month.',
      ),
    ).toEqual([
      ['hungary', 'mali', 'ARRIVED', null, null],
      ['estonia', 'mali', 'ARRIVED', null, null],
    ]);
  });

  it('a sentence naming no sender takes the one country whose forces the article names, and none when two are', () => {
    expect(
      brief('French soldiers guarded the airport last year. Officials say about 300 Marines have arrived in Mali.'),
    ).toEqual([['france', 'mali', 'ARRIVED', 300, 'APPROXIMATELY']]);
    expect(
      brief(
        'French soldiers and Hungarian troops guarded the airport last year. Officials say about 300 Marines have arrived in Mali.',
      ),
    ).toEqual([]);
    // forces an alliance fields are no one country's, whoever else the article names
    expect(
      brief(
        'French soldiers guarded the airport last year. About 9,000 NATO-led troops were deployed to Mali in 2013.',
      ),
    ).toEqual([]);
    expect(
      brief(
        'French soldiers guarded the airport last year. About 9,000 U.N. peacekeepers were deployed to Mali in 2013.',
      ),
    ).toEqual([]);
  });

  it('the host is the first destination named, known or not, or a country it lies in', () => {
    // Central Africa is no known place: Congo, named for the demonstrations, is not where the troops went
    expect(
      brief(
        'French troops guarded the embassy. French military personnel have deployed to Central Africa in advance of possible violent demonstrations in Congo over the election.',
      ),
    ).toEqual([]);
    expect(brief('France sent 80 soldiers to Tapa, in Estonia.')).toEqual([
      ['france', 'estonia', 'ARRIVED', 80, 'EXACT'],
    ]);
    expect(
      brief(
        'France says about 80 military personnel deployed to nearby Gabon to support the security of diplomatic facilities in Congo.',
      ),
    ).toEqual([['france', 'gabon', 'ARRIVED', 80, 'APPROXIMATELY']]);
  });

  it('a demonym after the verb sends only the forces it names, not an adversary', () => {
    expect(
      brief(
        'The president said he had ordered 300 troops to Cameroon to work with soldiers seeking to counter the Nigerian extremist group Boko Haram.',
      ),
    ).toEqual([]);
  });

  it('destinations offered as alternatives ("to Gabon, Congo or …") are a contingency, no deployment', () => {
    expect(
      brief('The letter says more French military personnel will deploy as needed to Gabon, Congo or Cameroon.'),
    ).toEqual([]);
    expect(brief('France will send troops to Gabon or Cameroon if the unrest spreads.')).toEqual([]);
    expect(brief('France will send troops to Gabon.')).toEqual([['france', 'gabon', 'ANNOUNCED', null, null]]);
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

describe('presences implied without a deployment verb (whole pipeline)', () => {
  const presences = (body: string) => {
    const { graph } = analyzeRecord({ body, publishedAt: '2024-06-01T12:00:00Z' });
    const name = (key: string) => graph.places.find((p) => p.key === key)?.name;
    return graph.militaryDeployments.map((d) => [name(d.deployingCountry), name(d.hostCountry), d.status]);
  };

  it("a country's forces hit in a place of another country are stationed there", () => {
    expect(presences('Four U.S. troops were killed at Bagram Air Base in Afghanistan on Tuesday.')).toEqual([
      ['United States', 'Afghanistan', 'STATIONED'],
    ]);
    expect(presences('Twenty-two Pakistani soldiers were killed in Somalia’s capital in 1993.')).toEqual([
      ['Pakistan', 'Somalia', 'STATIONED'],
    ]);
    expect(
      presences('Five U.N. peacekeepers from Chad were killed when their vehicle struck a mine in northern Mali.'),
    ).toEqual([['Chad', 'Mali', 'STATIONED']]);
  });

  it('peacekeepers serve abroad: with no host in their clause, the country the story happens in', () => {
    expect(presences('Gunmen in Ivory Coast killed seven peacekeepers, all from Niger.')).toEqual([
      ['Niger', 'Ivory Coast', 'STATIONED'],
    ]);
    expect(presences('We lost three Indian peacekeepers in the night, the spokesman in Kinshasa said.')).toEqual([
      ['India', 'DR Congo', 'STATIONED'],
    ]);
  });

  it('"the main U.S. base in Afghanistan": a country\'s own base abroad', () => {
    expect(presences('A memorial was held at the main U.S. base in Afghanistan.')).toEqual([
      ['United States', 'Afghanistan', 'STATIONED'],
    ]);
  });

  it('none for forces at home, with no host, for the killers, or beside a movement word', () => {
    expect(presences('Rebels in eastern Congo killed 15 peacekeepers.')).toEqual([]);
    expect(presences('Three U.S. soldiers were hurt in a training accident.')).toEqual([]);
    expect(presences('Two Kenyan soldiers were killed in Kenya on Monday.')).toEqual([]);
    // a toll of no one implies no one there (the dateline's city is where the story was written)
    const washington = 'WASHINGTON (CNN) -- At least 19 Americans were killed when a truck bomb exploded.';
    expect(presences(`${washington} A spokesman said that no British soldiers were wounded.`)).toEqual([]);
    expect(presences('The army said none of the Nigerian soldiers were hurt in Mali.')).toEqual([]);
    expect(presences('The army said two of the Nigerian soldiers were hurt in Mali.')).toEqual([
      ['Nigeria', 'Mali', 'STATIONED'],
    ]);
  });
});

describe('figures, towns, acronyms and contributors (whole pipeline)', () => {
  it('"sent 400 troops to keep the peace there": the host is where the article already put that country\'s forces', () => {
    expect(
      deployments(
        'Two Belgian soldiers died in Mali on Sunday. They are the first losses since Belgium sent 400 troops to keep the peace there.',
      ),
    ).toEqual([['Belgium', 'Mali', 'ARRIVED', 400, 'EXACT']]);
    expect(deployments('Belgium sent 400 troops to keep the peace there.')).toEqual([]);
    // a figure someone else authorized is the whole mission's, not a movement of that country's forces
    expect(
      deployments(
        'Two Belgian soldiers died in Mali on Sunday. The Belgian soldiers belong to a mission of up to 9,000 troops authorized by the Security Council.',
      ),
    ).not.toContainEqual(expect.arrayContaining([9000]));
  });

  it('"X, which …, has 850 troops in Y": the subject across a relative clause', () => {
    expect(deployments('Ghana, which has long supplied United Nations missions, has 850 troops in Lebanon.')).toEqual([
      ['Ghana', 'Lebanon', 'STATIONED', 850, 'EXACT'],
    ]);
  });

  it('"about 1,400 Dutch troops serve": a presence with its size, where the article put those forces', () => {
    expect(
      deployments(
        'A Dutch soldier was killed in Afghanistan on Monday. About 1,400 Dutch troops serve with the NATO-led force.',
      ),
    ).toEqual([['Netherlands', 'Afghanistan', 'STATIONED', 1400, 'APPROXIMATELY']]);
    expect(deployments('About 1,400 Dutch troops serve with the NATO-led force.')).toEqual([]);
  });

  it('a team sent to a base "in Gao, Mali" (a town before its country), then "200 soldiers were at the base"', () => {
    expect(
      deployments(
        'A Spanish rapid response team was flown to an air base in Gao, Mali, after the attack. Around 200 Spanish soldiers were at the base when it was shelled.',
      ),
    ).toEqual([
      ['Spain', 'Mali', 'ARRIVED', null, null],
      ['Spain', 'Mali', 'STATIONED', 200, 'APPROXIMATELY'],
    ]);
  });

  it('a force named by its acronym moves "to Lungi, Sierra Leone"', () => {
    expect(
      deployments(
        'The British Immediate Response Force (IRF) stands ready at home. Last year the IRF deployed to Lungi, Sierra Leone, to evacuate civilians.',
      ),
    ).toEqual([['United Kingdom', 'Sierra Leone', 'ARRIVED', null, null]]);
  });

  it("an acronym defined after a demonym moves that country's force, even where the article names two", () => {
    expect(
      deployments(
        'Dutch and Danish soldiers trained together in March. The Dutch Rapid Response Force (RRF) stays on call at home. In May the RRF deployed to Lungi, Sierra Leone.',
      ),
    ).toEqual([['Netherlands', 'Sierra Leone', 'ARRIVED', null, null]]);
  });

  it("a peacekeeper hit with no place in the sentence serves where the article already put his country's troops", () => {
    expect(
      deployments(
        'The mission in Mali includes troops from Chad and Togo.\n\nOfficials in Lisbon said Portugal would stay out. Portugal has other plans, a Portuguese diplomat said.\n\nA bomb wounded a Chadian peacekeeper on Monday.',
      ),
    ).toEqual([
      ['Chad', 'Mali', 'STATIONED', null, null],
      ['Togo', 'Mali', 'STATIONED', null, null],
    ]);
  });

  it('"includes troops from A, B and C": one presence each, where the force serves', () => {
    expect(
      deployments(
        'The 5,000-strong regional force began deploying to Mali in January. It includes troops from Senegal, Togo and Benin.',
      ),
    ).toEqual([
      ['Senegal', 'Mali', 'STATIONED', null, null],
      ['Togo', 'Mali', 'STATIONED', null, null],
      ['Benin', 'Mali', 'STATIONED', null, null],
    ]);
    expect(deployments('The force in Somalia also comprises soldiers from Ethiopia and Uganda.')).toEqual([
      ['Ethiopia', 'Somalia', 'STATIONED', null, null],
      ['Uganda', 'Somalia', 'STATIONED', null, null],
    ]);
    expect(deployments('The delegation includes officials from Chad and Niger.')).toEqual([]);
    expect(deployments('It includes troops from Senegal, Togo and Benin.')).toEqual([]);
  });

  it('"an attack on a US military base" with no place: where the article has put the forces it names so far', () => {
    expect(
      deployments(
        'Six Italian soldiers were killed in Afghanistan on Monday. Hours later, insurgents launched an attack on a U.S. military base.',
      ),
    ).toEqual([
      ['Italy', 'Afghanistan', 'STATIONED', null, null],
      ['United States', 'Afghanistan', 'STATIONED', null, null],
    ]);
    // no fighting, or forces put in two countries before: no host
    expect(
      deployments('Six Italian soldiers were killed in Afghanistan. A U.S. military base hosted the talks.'),
    ).toEqual([['Italy', 'Afghanistan', 'STATIONED', null, null]]);
    expect(
      deployments(
        'Six Italian soldiers were killed in Afghanistan. Two Dutch soldiers were wounded in Mali. Gunmen attacked a U.S. military base.',
      ),
    ).toEqual([
      ['Italy', 'Afghanistan', 'STATIONED', null, null],
      ['Netherlands', 'Mali', 'STATIONED', null, null],
    ]);
  });

  it('soldiers killed "in northern Bosnia": the short name of a country', () => {
    expect(deployments('Two Swedish soldiers were killed in a road accident in northern Bosnia.')).toEqual([
      ['Sweden', 'Bosnia and Herzegovina', 'STATIONED', null, null],
    ]);
  });
});

describe('cuts, clauses, datelines, rotations and nationalities (whole pipeline)', () => {
  it('a cut "by" a figure is a withdrawal, the force "from" or "to" a figure the presence that stays', () => {
    expect(
      deployments(
        'Italy will reduce its troop levels in Lebanon by about 300 from the current force of 1,100 next spring.',
      ),
    ).toEqual([
      ['Italy', 'Lebanon', 'WITHDRAWN', 300, 'APPROXIMATELY'],
      ['Italy', 'Lebanon', 'STATIONED', 1100, 'EXACT'],
    ]);
    // "its" is the sender of the sentence's own movement, not Mali named just before
    expect(
      deployments('The Dutch government said it would pull 200 troops from Mali by June, trimming its force to 450.'),
    ).toEqual([
      ['Netherlands', 'Mali', 'WITHDRAWN', 200, 'EXACT'],
      ['Netherlands', 'Mali', 'STATIONED', 450, 'EXACT'],
    ]);
    expect(deployments('The company will reduce its workforce in Mali by 300.')).toEqual([]);
  });

  it('"…, while …": each clause moves its own forces with its own figure', () => {
    expect(
      deployments('About 300 Polish soldiers landed in Vilnius on Monday, while 120 Czech troops arrived in Riga.'),
    ).toEqual([
      ['Poland', 'Lithuania', 'ARRIVED', 300, 'APPROXIMATELY'],
      ['Czechia', 'Latvia', 'ARRIVED', 120, 'EXACT'],
    ]);
  });

  it("forces arriving with no place named are in the dateline's country, when the article is about it", () => {
    expect(
      deployments(
        'RIGA, Latvia (AP) — A Dutch warship docked in the port on Tuesday. About 150 Dutch marines came ashore in the afternoon. Latvia welcomed them.',
      ),
    ).toEqual([['Netherlands', 'Latvia', 'ARRIVED', 150, 'APPROXIMATELY']]);
    expect(
      deployments('BAMAKO — About 150 Dutch troops arrived on Tuesday, and Mali thanked the Netherlands.'),
    ).toEqual([['Netherlands', 'Mali', 'ARRIVED', 150, 'APPROXIMATELY']]);
    // the sender's own dateline, or a city whose country the article never names: no host
    expect(deployments('BAMAKO — About 150 Dutch troops arrived on Tuesday.')).toEqual([]);
    expect(deployments('THE HAGUE, Netherlands — About 150 Dutch marines came ashore on Tuesday.')).toEqual([]);
    expect(deployments('WASHINGTON (AP) — About 150 Dutch marines came ashore on Tuesday.')).toEqual([]);
  });

  it('a country the subject goes to is the host, not the sender ("Japan\'s deployment to Iraq arrived")', () => {
    expect(
      deployments(
        "Troops land\n\nFRANCE: The first contingent of France's army deployment to Mali arrived at its camp on Friday to take part in the mission.",
      ),
    ).toEqual([['France', 'Mali', 'ARRIVED', null, null]]);
    expect(deployments('The Dutch troops in Mali were withdrawn on Friday after six years.')).toEqual([
      ['Netherlands', 'Mali', 'WITHDRAWN', null, null],
    ]);
    // a destination after the verb still comes first
    expect(deployments('The Dutch troops in Mali were sent to Niger on Friday.')).toEqual([
      ['Netherlands', 'Niger', 'ARRIVED', null, null],
    ]);
    // a country that leads something, outside the verb's clause, is no host
    expect(
      deployments(
        'Spanish troops arrived in Iraq in 2003. In a blow to the US-led coalition, the government said the Spanish troops would be pulled out.',
      ),
    ).toEqual([
      ['Spain', 'Iraq', 'ARRIVED', null, null],
      ['Spain', 'Iraq', 'WITHDRAWN', null, null],
    ]);
    // "troops from Chad" are Chad's, whatever follows
    expect(deployments('Troops from Chad arrived in Mali on Friday.')).toEqual([
      ['Chad', 'Mali', 'ARRIVED', null, null],
    ]);
  });

  it('the country of a dateline is no sender: "DILI, Indonesia - Peacekeepers landed …"', () => {
    expect(
      deployments('DILI, Indonesia - Heavily-armed international peacekeepers landed in East Timor at dawn today.'),
    ).toEqual([]);
    expect(deployments('KABUL, Afghanistan (AP) — Dutch troops arrived in Uruzgan on Monday.')).toEqual([
      ['Netherlands', 'Afghanistan', 'ARRIVED', null, null],
    ]);
  });

  it("a soldier hit with no place in the sentence serves in the dateline's country", () => {
    expect(
      deployments(
        'KABUL, Afghanistan (AP) — Militants ambushed a patrol near the border, killing a Dutch soldier. The attack was the third in Afghanistan this week.',
      ),
    ).toEqual([['Netherlands', 'Afghanistan', 'STATIONED', null, null]]);
    expect(
      deployments(
        'Militants ambushed a patrol near the border, killing a Dutch soldier. The attack was the third in Afghanistan this week.',
      ),
    ).toEqual([]);
    expect(deployments('THE HAGUE, Netherlands — A Dutch soldier was killed in a training accident.')).toEqual([]);
  });

  it('"will join" them: the countries listed go where the forces just before went', () => {
    expect(
      deployments(
        'Dutch troops arrived in Vilnius on Monday. Belgian and Luxembourg troops will join them next month.',
      ),
    ).toEqual([
      ['Netherlands', 'Lithuania', 'ARRIVED', null, null],
      ['Belgium', 'Lithuania', 'ANNOUNCED', null, null],
      ['Luxembourg', 'Lithuania', 'ANNOUNCED', null, null],
    ]);
  });

  it('a rotation: forces leaving home "for" a country arrive there; "the arrival in" home is a withdrawal', () => {
    expect(
      deployments(
        'About 200 Ghanaian soldiers left Accra on Friday for Mali. The departure followed the arrival in Accra of 180 troops who had served with the mission.',
      ),
    ).toEqual([
      ['Ghana', 'Mali', 'ARRIVED', 200, 'APPROXIMATELY'],
      ['Ghana', 'Mali', 'WITHDRAWN', 180, 'EXACT'],
    ]);
    // no forces of that country abroad so far: a visit home, no withdrawal
    expect(deployments('The arrival in Accra of 180 troops was delayed by rain.')).toEqual([]);
  });

  it('forces that leave a third country "for" another go there, not home: "left Germany for Bosnia"', () => {
    expect(deployments('About 300 Dutch troops left Germany on Tuesday for Bosnia.')).toEqual([
      ['Netherlands', 'Bosnia and Herzegovina', 'ARRIVED', 300, 'APPROXIMATELY'],
    ]);
    expect(deployments('The last 300 Dutch troops left Bosnia on Tuesday.')).toEqual([
      ['Netherlands', 'Bosnia and Herzegovina', 'WITHDRAWN', 300, 'EXACT'],
    ]);
  });

  it('a figure before a named unit ("300 Botswanan Defence Force troops", "80 members of the … Force") is its size', () => {
    expect(
      deployments(
        'Botswana sent troops to Lesotho on Monday. An estimated 300 Botswanan Defence Force troops had arrived in Maseru by Tuesday.',
      ),
    ).toEqual([['Botswana', 'Lesotho', 'ARRIVED', 300, 'APPROXIMATELY']]);
    expect(
      deployments(
        'The Netherlands sent troops to Mali on Monday. About 80 members of the Royal Netherlands Marine Corps arrived in the northern Malian town of Gao on Tuesday.',
      ),
    ).toEqual([['Netherlands', 'Mali', 'ARRIVED', 80, 'APPROXIMATELY']]);
    // members of something that is no force: no figure of forces
    expect(
      deployments(
        'The Netherlands sent troops to Mali on Monday. About 80 members of the Dutch Parliament arrived in Gao on Tuesday.',
      ),
    ).toEqual([['Netherlands', 'Mali', 'ARRIVED', null, null]]);
  });

  it('a parliament that "decided Thursday to send" or "approved sending" troops ordered them', () => {
    expect(deployments('The Dutch parliament decided Thursday to send up to 1,700 troops to Afghanistan.')).toEqual([
      ['Netherlands', 'Afghanistan', 'ORDERED', 1700, 'UP_TO'],
    ]);
    expect(deployments('German lawmakers approved sending 1,200 troops to Mali.')).toEqual([
      ['Germany', 'Mali', 'ORDERED', 1200, 'EXACT'],
    ]);
  });

  it('"the 15,000-strong U.S. force serving in Bosnia": a presence of that size', () => {
    expect(deployments('The two were part of the 15,000-strong U.S. force serving in Bosnia.')).toEqual([
      ['United States', 'Bosnia and Herzegovina', 'STATIONED', 15000, 'EXACT'],
    ]);
    expect(deployments('Russia said it would use force serving its interests in Bosnia.')).toEqual([]);
  });

  it('a country still to withdraw "its 1,700 soldiers" has them there now; one that withdrew them has not', () => {
    expect(deployments('Poland will withdraw its 1,700 soldiers from Iraq after their mandate expires.')).toEqual([
      ['Poland', 'Iraq', 'WITHDRAWN', 1700, 'EXACT'],
      ['Poland', 'Iraq', 'STATIONED', 1700, 'EXACT'],
    ]);
    expect(deployments('Poland withdrew its 1,700 soldiers from Iraq last year.')).toEqual([
      ['Poland', 'Iraq', 'WITHDRAWN', 1700, 'EXACT'],
    ]);
  });

  it('"its 850-strong contingent" beside a movement is that country\'s presence where the forces go', () => {
    expect(deployments('Senegal flew 120 soldiers to Mali to rotate part of its 850-strong contingent.')).toEqual([
      ['Senegal', 'Mali', 'ARRIVED', 120, 'EXACT'],
      ['Senegal', 'Mali', 'STATIONED', 850, 'EXACT'],
    ]);
  });

  it('"alongside a French battalion": that unit\'s country serves in the same host', () => {
    expect(
      deployments('Estonia sent 50 soldiers to Mali in 2018, where they serve alongside a French battalion.'),
    ).toEqual([
      ['Estonia', 'Mali', 'ARRIVED', 50, 'EXACT'],
      ['France', 'Mali', 'STATIONED', null, null],
    ]);
    expect(deployments('The minister sat alongside a French general in Mali.')).toEqual([]);
  });

  it('"alongside some 1,600 French troops": the figure before the unit is its size', () => {
    expect(
      deployments('Chad sent 400 soldiers to Niger last year. They now patrol alongside some 1,600 French troops.'),
    ).toEqual([
      ['Chad', 'Niger', 'ARRIVED', 400, 'EXACT'],
      ['France', 'Niger', 'STATIONED', 1600, 'APPROXIMATELY'],
    ]);
    // the figure of the subject's own forces is not the unit's beside them
    expect(
      deployments('Chad sent 400 soldiers to Niger last year. Its 400 soldiers now patrol alongside French troops.'),
    ).toEqual([
      ['Chad', 'Niger', 'ARRIVED', 400, 'EXACT'],
      ['France', 'Niger', 'STATIONED', null, null],
    ]);
  });

  it('a force told by its contingents one by one: each nationality present with its figure where the force serves', () => {
    expect(
      deployments(
        'Brazil sent 1,200 troops to Haiti in June. The force, which also includes 900 French, 500 from Canada and 300 from Chile, has restored order.',
      ),
    ).toEqual([
      ['Brazil', 'Haiti', 'ARRIVED', 1200, 'EXACT'],
      ['France', 'Haiti', 'STATIONED', 900, 'EXACT'],
      ['Canada', 'Haiti', 'STATIONED', 500, 'EXACT'],
      ['Chile', 'Haiti', 'STATIONED', 300, 'EXACT'],
    ]);
    // a total of forces "with" its contingents is no one sender's, whoever the sentence before sent
    expect(
      deployments(
        'Rwanda sent 800 soldiers to Mali in May. By June, 4,000 troops were already deployed, with 850 from Gabon and 500 from Chad.',
      ),
    ).toEqual([
      ['Rwanda', 'Mali', 'ARRIVED', 800, 'EXACT'],
      ['Gabon', 'Mali', 'STATIONED', 850, 'EXACT'],
      ['Chad', 'Mali', 'STATIONED', 500, 'EXACT'],
    ]);
  });

  it('"the sixth biggest contributor of Western forces fighting in Afghanistan, with about 3,250 troops"', () => {
    expect(
      deployments(
        'Italy is the sixth biggest contributor of Western forces fighting in Afghanistan, with about 3,250 troops on the ground.',
      ),
    ).toEqual([['Italy', 'Afghanistan', 'STATIONED', 3250, 'APPROXIMATELY']]);
    expect(
      deployments('Italy is the biggest contributor of funds to Afghanistan, with about 3,250 million euros.'),
    ).toEqual([]);
  });

  it("a movement told without its size takes the one figure the article gives that sender's forces", () => {
    expect(
      deployments('Rwandan troops arrived in Sudan on Sunday. The 150 soldiers from Rwanda will protect the monitors.'),
    ).toEqual([['Rwanda', 'Sudan', 'ARRIVED', 150, 'EXACT']]);
    // two figures: which one the arrival was is not told
    expect(
      deployments(
        'Rwandan troops arrived in Sudan on Sunday. The first 150 soldiers from Rwanda will be followed by 300 Rwandan soldiers.',
      ),
    ).toEqual([['Rwanda', 'Sudan', 'ARRIVED', null, null]]);
    // a toll is no size
    expect(
      deployments('Kenyan troops entered Somalia on Sunday. Five Kenyan soldiers were killed in the fighting.'),
    ).toEqual([['Kenya', 'Somalia', 'ARRIVED', null, null]]);
  });

  it('"to join some 1,600 Ugandan soldiers based in Mogadishu": the forces joined are not those sent, and their figure is theirs', () => {
    expect(
      deployments(
        'Burundian troops arrived in Somalia on Sunday. The country has pledged to deploy a total of 1,700 soldiers to Somalia to join some 1,600 Ugandan soldiers based in Mogadishu.',
      ),
    ).toEqual([
      ['Burundi', 'Somalia', 'ARRIVED', 1700, 'EXACT'],
      ['Uganda', 'Somalia', 'STATIONED', 1600, 'APPROXIMATELY'],
    ]);
    // the nationality of the forces sent themselves
    expect(deployments('The government has pledged to deploy 1,700 more Ugandan soldiers to Somalia.')).toEqual([
      ['Uganda', 'Somalia', 'ANNOUNCED', 1700, 'EXACT'],
    ]);
  });

  it('"withdrawing its forces from": "forces" with no other word, as what a withdrawal moves', () => {
    expect(deployments('Britain has begun withdrawing its forces from its last base in Iraq.')).toEqual([
      ['United Kingdom', 'Iraq', 'WITHDRAWN', null, null],
    ]);
    expect(deployments('Britain has begun withdrawing its support from the talks in Iraq.')).toEqual([]);
  });

  it('"keeps about 800 troops at Rukla", a place the gazetteer does not know: in the one host the article has', () => {
    const poland = ['Poland', 'Lithuania', 'ANNOUNCED', 250, 'EXACT'];
    expect(
      deployments(
        'Poland will send 250 soldiers to Lithuania next month. Germany already keeps about 800 troops at Rukla.',
      ),
    ).toEqual([poland, ['Germany', 'Lithuania', 'STATIONED', 800, 'APPROXIMATELY']]);
    // two hosts so far: which one the place is in is not told
    expect(
      deployments(
        'Poland will send 250 soldiers to Lithuania next month. Britain sent 500 troops to Estonia in March. Germany already keeps about 800 troops at Rukla.',
      ),
    ).toEqual([poland, ['United Kingdom', 'Estonia', 'ARRIVED', 500, 'EXACT']]);
    expect(
      deployments(
        'Poland will send 250 soldiers to Lithuania next month. Germany already keeps about 800 troops at home.',
      ),
    ).toEqual([poland]);
  });

  it('"to pull all 1,900 troops from Haiti": the whole force withdrawn was there', () => {
    expect(deployments('The United States plans to pull all 1,900 troops from Haiti by June.')).toEqual([
      ['United States', 'Haiti', 'WITHDRAWN', 1900, 'EXACT'],
      ['United States', 'Haiti', 'STATIONED', 1900, 'EXACT'],
    ]);
    // not all of them: how many stay is not told
    expect(deployments('The United States will withdraw 900 troops from Haiti by June.')).toEqual([
      ['United States', 'Haiti', 'WITHDRAWN', 900, 'EXACT'],
    ]);
  });

  it('forces "arriving in the country": the one other country the sentence names before the verb, or the one before', () => {
    const british = ['United Kingdom', 'Estonia', 'ARRIVED', 130, 'EXACT'];
    expect(deployments('The Estonian military says 130 British soldiers are arriving in the country.')).toEqual([
      british,
    ]);
    expect(
      deployments('Estonia has asked its allies for help. About 130 British soldiers are arriving in the country.'),
    ).toEqual([[...british.slice(0, 4), 'APPROXIMATELY']]);
    // two countries: which one is meant is not told
    expect(
      deployments('The Estonian and Latvian militaries say 130 British soldiers are arriving in the country.'),
    ).toEqual([]);
  });

  it('the country that leads a coalition is not where the forces go', () => {
    expect(deployments('Poland sent 200 troops to the U.S.-led coalition.')).toEqual([]);
    expect(deployments('Poland sent 200 troops to join the U.S.-led coalition in Iraq.')).toEqual([
      ['Poland', 'Iraq', 'ARRIVED', 200, 'EXACT'],
    ]);
  });

  it('forces "already deployed" are there, not on their way; "has already deployed" is a movement', () => {
    expect(
      deployments(
        'Rwanda sent 800 soldiers to Mali in May. European nations are weighing an operation in Mali to help the French troops already deployed.',
      ),
    ).toEqual([
      ['Rwanda', 'Mali', 'ARRIVED', 800, 'EXACT'],
      ['France', 'Mali', 'STATIONED', null, null],
    ]);
    expect(deployments('Rwanda has already deployed 800 soldiers to Mali.')).toEqual([
      ['Rwanda', 'Mali', 'ARRIVED', 800, 'EXACT'],
    ]);
  });

  it('figures of nationalities that are no contingents: one alone, victims, no force before them', () => {
    const sent = 'Brazil sent 1,200 troops to Haiti in June. ';
    const brazil = ['Brazil', 'Haiti', 'ARRIVED', 1200, 'EXACT'];
    expect(deployments(`${sent}The force, which also includes 900 French, has restored order.`)).toEqual([brazil]);
    expect(
      deployments(`${sent}Gunmen attacked the force, with 12 from France and 3 from Chile among the wounded.`),
    ).toEqual([brazil]);
    expect(deployments(`${sent}The fair drew visitors, with 900 French and 500 from Canada.`)).toEqual([brazil]);
  });

  it('peacekeepers "were from" a list, or "were Togolese": each country present where the story is', () => {
    expect(
      deployments(
        'Gunmen ambushed a patrol of the mission in Mali on Sunday. The dead peacekeepers were from Senegal, Togo and Benin.',
      ),
    ).toEqual([
      ['Senegal', 'Mali', 'STATIONED', null, null],
      ['Togo', 'Mali', 'STATIONED', null, null],
      ['Benin', 'Mali', 'STATIONED', null, null],
    ]);
    expect(
      deployments('A bomb hit a convoy near Gao in Mali on Monday. A UN official said the peacekeepers were Togolese.'),
    ).toEqual([['Togo', 'Mali', 'STATIONED', null, null]]);
    expect(deployments('The peacekeepers were tired after the march to Mali.')).toEqual([]);
  });

  it("a movement to no known place still names the sender of the next sentence's forces", () => {
    expect(
      deployments(
        'The Dutch prime minister says military personnel have deployed to West Africa ahead of the vote. A letter to parliament says about 80 military personnel deployed to nearby Gabon to protect Dutch citizens.',
      ),
    ).toEqual([['Netherlands', 'Gabon', 'ARRIVED', 80, 'APPROXIMATELY']]);
    expect(
      deployments(
        'A letter to parliament says about 80 military personnel deployed to nearby Gabon to protect Dutch citizens.',
      ),
    ).toEqual([]);
  });

  it("none for the new verbs' other objects: an ambassador, talks, athletes, tourists, exports, a workforce", () => {
    for (const body of [
      'France threatened to withdraw its ambassador from Mali over the dispute.',
      'Germany will join the talks in Geneva next week.',
      'Britain will pull its athletes from the games in Russia.',
      'About 40 British tourists came ashore in Greece on Monday.',
      'Russia will reduce its gas exports to Germany by about 20 percent.',
      'The company will cut its workforce in Kenya by 300 from the current 1,200.',
      'Three Dutch soldiers remain in hospital in Utrecht after the crash.',
      'Two Dutch soldiers stayed in Utrecht over Christmas.',
    ]) {
      expect(deployments(body), body).toEqual([]);
    }
  });

  it('a headline\'s present tense arrives; "will arrive" and "would be sent" are announced; "will leave" withdraws', () => {
    expect(deployments('Dutch troops arrive in Mali')).toEqual([['Netherlands', 'Mali', 'ARRIVED', null, null]]);
    expect(deployments('About 300 Dutch troops will arrive in Mali on Monday.')).toEqual([
      ['Netherlands', 'Mali', 'ANNOUNCED', 300, 'APPROXIMATELY'],
    ]);
    expect(deployments('Norway said 300 Dutch marines would be sent to Norway in May.')).toEqual([
      ['Netherlands', 'Norway', 'ANNOUNCED', 300, 'EXACT'],
    ]);
    expect(deployments('About 300 Dutch troops are to leave Mali by June.')).toEqual([
      ['Netherlands', 'Mali', 'WITHDRAWN', 300, 'APPROXIMATELY'],
    ]);
    expect(deployments('About 300 Dutch troops leave Accra for Mali on Monday.')).toEqual([
      ['Netherlands', 'Mali', 'ARRIVED', 300, 'APPROXIMATELY'],
    ]);
    // a visit is no arrival of forces, and "to arrive" is still to come
    expect(deployments('The Dutch defence minister will arrive in Mali on Monday.')).toEqual([]);
    expect(deployments('About 300 Dutch troops are expected to arrive in Mali on Monday.')).toEqual([
      ['Netherlands', 'Mali', 'ANNOUNCED', 300, 'APPROXIMATELY'],
    ]);
  });

  it('a capital opening the sentence as its subject speaks for its country ("Moscow sent …")', () => {
    expect(deployments('Moscow sent 2,000 peacekeepers to Armenia on Tuesday.')).toEqual([
      ['Russia', 'Armenia', 'ARRIVED', 2000, 'EXACT'],
    ]);
    expect(deployments('Meanwhile, Washington will deploy 3,000 troops to Poland.')).toEqual([
      ['United States', 'Poland', 'ANNOUNCED', 3000, 'EXACT'],
    ]);
    // a capital that is where, not who: no sender
    expect(deployments('In Kabul, troops arrived from the north.')).toEqual([]);
    expect(deployments('Kabul police sent 200 officers to the border with Pakistan.')).toEqual([]);
  });

  it('peacekeepers who "are serving" in a country are stationed there', () => {
    expect(deployments('About 200 Irish peacekeepers are serving in Lebanon with the UN force.')).toEqual([
      ['Ireland', 'Lebanon', 'STATIONED', 200, 'APPROXIMATELY'],
    ]);
  });

  it('forces that "are in", "have been in" or "are deployed in" a country, or that a country "contributes", are there now', () => {
    expect(deployments('There are about 2,500 US troops in Iraq.')).toEqual([
      ['United States', 'Iraq', 'STATIONED', 2500, 'APPROXIMATELY'],
    ]);
    expect(deployments('Nearly 4,000 Kenyan soldiers are still in Somalia.')).toEqual([
      ['Kenya', 'Somalia', 'STATIONED', 4000, 'APPROXIMATELY'],
    ]);
    expect(deployments('Some of the 1,500 French soldiers and airmen present in Niger were at the base.')).toEqual([
      ['France', 'Niger', 'STATIONED', 1500, 'EXACT'],
    ]);
    expect(deployments('Japanese troops have been in Iraq since January.')).toEqual([
      ['Japan', 'Iraq', 'STATIONED', null, null],
    ]);
    expect(deployments('About 900 British soldiers are currently deployed in Estonia.')).toEqual([
      ['United Kingdom', 'Estonia', 'STATIONED', 900, 'APPROXIMATELY'],
    ]);
    expect(deployments('Britain currently has about 900 troops deployed in Estonia.')).toEqual([
      ['United Kingdom', 'Estonia', 'STATIONED', 900, 'APPROXIMATELY'],
    ]);
    expect(deployments('Italy contributes 1,100 troops to the UN force in Lebanon.')).toEqual([
      ['Italy', 'Lebanon', 'STATIONED', 1100, 'EXACT'],
    ]);
    // a movement still moves; forces at home, in hospital or in a mood are nowhere abroad
    expect(deployments('Britain has deployed 800 troops to Estonia.')).toEqual([
      ['United Kingdom', 'Estonia', 'ARRIVED', 800, 'EXACT'],
    ]);
    for (const body of [
      'Two Dutch soldiers were in hospital in Utrecht on Monday.',
      'The Kenyan soldiers are in good spirits, the minister said.',
      'Britain provides training to Ukrainian troops in Britain.',
    ]) {
      expect(deployments(body), body).toEqual([]);
    }
  });

  it('an alliance\'s figure is no one country\'s: "13,000 UN peacekeepers, including 1,400 Chinese troops"', () => {
    expect(deployments('Around 13,000 UN peacekeepers, including 1,400 Chinese troops, are deployed in Mali.')).toEqual(
      [['China', 'Mali', 'STATIONED', 1400, 'EXACT']],
    );
    // nor is the alliance a destination: forces sent "to the UN mission in Lebanon" go to Lebanon
    expect(deployments('Ireland sent 300 troops to the UN mission in Lebanon.')).toEqual([
      ['Ireland', 'Lebanon', 'ARRIVED', 300, 'EXACT'],
    ]);
  });

  it('a country the forces face or stand in is no sender: "against Russia", "in Latvia and Britain will send"', () => {
    expect(
      deployments(
        'The first troops sent from Germany and Belgium to bolster its forces against Russia have arrived in Lithuania.',
      ),
    ).toEqual([
      ['Germany', 'Lithuania', 'ARRIVED', null, null],
      ['Belgium', 'Lithuania', 'ARRIVED', null, null],
    ]);
    expect(deployments('Canada will lead a battalion in Latvia and Britain will send troops to Estonia.')).toEqual([
      ['United Kingdom', 'Estonia', 'ANNOUNCED', null, null],
    ]);
  });

  it('a toll is not the force\'s size: "have lost 50 soldiers", "Three … soldiers serving … have been killed"', () => {
    expect(
      deployments(
        'Three Georgian soldiers serving with the NATO-led force in Afghanistan have been killed in an attack.',
      ),
    ).toEqual([['Georgia', 'Afghanistan', 'STATIONED', null, null]]);
    expect(deployments('France sent 300 more troops to Mali after 50 soldiers were killed.')).toEqual([
      ['France', 'Mali', 'ARRIVED', 300, 'EXACT'],
    ]);
    expect(deployments('About 3,000 French soldiers serve in Afghanistan.')).toEqual([
      ['France', 'Afghanistan', 'STATIONED', 3000, 'APPROXIMATELY'],
    ]);
  });

  it('"the French soldiers deployed in Niger", "deployed there": forces there; "left an air base in" a country withdraw', () => {
    expect(deployments('The French soldiers deployed in Niger left on Friday.')).toEqual([
      ['France', 'Niger', 'STATIONED', null, null],
    ]);
    expect(
      deployments(
        'American troops arrived in Jordan in 2019. The base has nearly 350 American troops from the Army and Air Force currently deployed there.',
      ),
    ).toEqual([
      ['United States', 'Jordan', 'ARRIVED', null, null],
      ['United States', 'Jordan', 'STATIONED', 350, 'APPROXIMATELY'],
    ]);
    expect(deployments('The last 90 US soldiers have left an air base in Uzbekistan, the Pentagon says.')).toEqual([
      ['United States', 'Uzbekistan', 'WITHDRAWN', 90, 'EXACT'],
    ]);
    // a movement told in the past, and soldiers going out from their base, are not
    expect(deployments('French troops were deployed in Mali in 2013.')).toEqual([
      ['France', 'Mali', 'ARRIVED', null, null],
    ]);
    expect(deployments('U.S. soldiers consult before leaving their base in Helmand, Afghanistan.')).toEqual([]);
  });

  it('a presence "with 4,000 troops", "X, which has …", and the forces a withdrawal is "leaving" in a country', () => {
    expect(
      deployments('Kenya has the largest contingent in the AU mission in Somalia with about 4,000 troops.'),
    ).toEqual([['Kenya', 'Somalia', 'STATIONED', 4000, 'APPROXIMATELY']]);
    expect(deployments('Kenya has troops in Somalia with 12 armoured cars.')).toEqual([
      ['Kenya', 'Somalia', 'STATIONED', null, null],
    ]);
    expect(deployments('Uganda, which has 6,200 soldiers in Somalia, said it would stay.')).toEqual([
      ['Uganda', 'Somalia', 'STATIONED', 6200, 'EXACT'],
    ]);
    expect(deployments('The withdrawal ended on Friday, leaving 5,000 British troops in Iraq.')).toEqual([
      ['United Kingdom', 'Iraq', 'STATIONED', 5000, 'EXACT'],
    ]);
    expect(deployments('Britain pulled out, leaving its allies in Iraq.')).toEqual([]);
  });

  it('"is a major contributor to" a force in a country; a presence with no place is where the article put them', () => {
    expect(
      deployments('Rwanda is a major contributor to the UN peacekeeping force in the Central African Republic.'),
    ).toEqual([['Rwanda', 'Central African Republic', 'STATIONED', null, null]]);
    expect(deployments('Rwanda is a major contributor to the economy of the region.')).toEqual([]);
    expect(
      deployments(
        'Burundi sent troops to Somalia in 2007. Burundi has the second-largest contingent in the operation with 5,400 troops.',
      ),
    ).toEqual([
      ['Burundi', 'Somalia', 'ARRIVED', null, null],
      ['Burundi', 'Somalia', 'STATIONED', 5400, 'EXACT'],
    ]);
    // with no place of its own and none in the article, no host
    expect(deployments('Burundi has the second-largest contingent in the operation with 5,400 troops.')).toEqual([]);
  });

  it('"a 700-member battalion", "the 2,800-strong main body": a unit\'s size is its personnel', () => {
    expect(deployments('China will send a 700-member battalion to South Sudan.')).toEqual([
      ['China', 'South Sudan', 'ANNOUNCED', 700, 'EXACT'],
    ]);
    expect(deployments('A 15-member Chinese delegation arrived in South Sudan.')).toEqual([]);
  });

  it('a movement "to Poland and Romania" goes to each, the figure to none; "sent forces to" moves forces', () => {
    expect(deployments('Washington will deploy 3,000 troops to Poland and Romania.')).toEqual([
      ['United States', 'Poland', 'ANNOUNCED', null, null],
      ['United States', 'Romania', 'ANNOUNCED', null, null],
    ]);
    expect(deployments('Georgia has also sent forces to Afghanistan and Iraq.')).toEqual([
      ['Georgia', 'Afghanistan', 'ARRIVED', null, null],
      ['Georgia', 'Iraq', 'ARRIVED', null, null],
    ]);
    // the next clause's subject, and places listed after "in", are no further destinations
    expect(deployments('France sent 300 troops to Mali and Germany sent 200 to Niger.')).toEqual([
      ['France', 'Mali', 'ARRIVED', 300, 'EXACT'],
    ]);
    expect(
      deployments(
        'Since 2006, Cambodia had more than 1,600 peacekeepers deployed in UN operations in Sudan, Chad and Lebanon.',
      ),
    ).toEqual([['Cambodia', 'Sudan', 'STATIONED', 1600, 'MORE_THAN']]);
    // "forces" alone are forces only as what the verb moves
    expect(deployments('Market forces sent prices to record highs in Mali.')).toEqual([]);
  });

  it('"arrived outside the city", "in the capital": the country of the city the article named before', () => {
    expect(
      deployments(
        'Rebels attacked Freetown on Sunday. About 250 British paratroopers arrived outside the city on Monday.',
      ),
    ).toEqual([['United Kingdom', 'Sierra Leone', 'ARRIVED', 250, 'APPROXIMATELY']]);
    // no city named before, or the senders' own capital: no host
    expect(deployments('About 250 French troops arrived in the capital on Monday.')).toEqual([]);
    expect(
      deployments('The minister flew from Paris on Sunday. About 250 French troops arrived in the capital on Monday.'),
    ).toEqual([]);
  });

  it('officers after a nationality are forces ("a dozen German officers arrived"); police officers are not', () => {
    expect(deployments('On Tuesday, about a dozen German officers arrived in Vilnius.')).toEqual([
      ['Germany', 'Lithuania', 'ARRIVED', 12, 'APPROXIMATELY'],
    ]);
    expect(deployments('Kenyan police officers arrived in Haiti on Monday.')).toEqual([]);
    expect(deployments('Police officers from Kenya arrived in Haiti on Monday.')).toEqual([]);
  });

  it('a force that "numbers" or "totals" a count is a presence of that size', () => {
    expect(
      deployments('Spanish soldiers, who at the last count numbered 1,432 on the ground in Iraq, will leave soon.'),
    ).toEqual([['Spain', 'Iraq', 'STATIONED', 1432, 'EXACT']]);
    expect(deployments('The Dutch contingent in Mali numbers 450 soldiers.')).toEqual([
      ['Netherlands', 'Mali', 'STATIONED', 450, 'EXACT'],
    ]);
    expect(deployments('The Dutch contingent totals about 450 in Mali.')).toEqual([
      ['Netherlands', 'Mali', 'STATIONED', 450, 'APPROXIMATELY'],
    ]);
    expect(deployments('Dutch troops numbered in the hundreds at the rally in Mali.')).toEqual([]);
  });

  it('"There are 390 Irish personnel now on the ground in Chad", "the 5,000 U.S. troops in Saudi Arabia", "the kingdom"', () => {
    expect(deployments('There are 390 Irish personnel now on the ground in Chad.')).toEqual([
      ['Ireland', 'Chad', 'STATIONED', 390, 'EXACT'],
    ]);
    expect(deployments('Most of the 5,000 U.S. troops in Saudi Arabia will go home by the end of the summer.')).toEqual(
      [['United States', 'Saudi Arabia', 'STATIONED', 5000, 'EXACT']],
    );
    expect(
      deployments(
        'U.S. troops arrived in Saudi Arabia in 1990. Only about 400 U.S. troops will remain in the Muslim kingdom.',
      ),
    ).toEqual([
      ['United States', 'Saudi Arabia', 'ARRIVED', null, null],
      ['United States', 'Saudi Arabia', 'STATIONED', 400, 'APPROXIMATELY'],
    ]);
    expect(deployments('The Netherlands began pulling its 2,000 troops out of Afghanistan on Sunday.')).toEqual([
      ['Netherlands', 'Afghanistan', 'WITHDRAWN', 2000, 'EXACT'],
    ]);
    expect(deployments('The 40 Dutch soldiers in the convoy were unhurt.')).toEqual([]);
  });

  it('"with the arrival of more than 160 troops": an arrival with its figure; "in war-torn Chad" is where, not who', () => {
    expect(
      deployments("Ireland's presence in war-torn Chad was stepped up today with the arrival of more than 160 troops."),
    ).toEqual([['Ireland', 'Chad', 'ARRIVED', 160, 'MORE_THAN']]);
    expect(deployments('The arrival of 300 refugees in Mali was delayed.')).toEqual([]);
  });

  it('a country\'s armed forces named for it send for it: "Around 2,900 SANDF soldiers were deployed to Congo"', () => {
    expect(
      deployments(
        "South Africa's president spoke on Monday. The South African National Defence Force (SANDF) said two soldiers died. Around 2,900 SANDF soldiers were deployed to Congo in 2023.",
      ),
    ).toEqual([['South Africa', 'DR Congo', 'ARRIVED', 2900, 'APPROXIMATELY']]);
    // a force whose country the article never names as a place has no country to send for
    expect(deployments('The Uganda People’s Defence Force sent 1,000 soldiers to Somalia.')).toEqual([
      ['Uganda', 'Somalia', 'ARRIVED', 1000, 'EXACT'],
    ]);
    expect(deployments('The National Defence Force (NDF) sent 1,000 soldiers to Somalia.')).toEqual([]);
  });

  it('"Bahrain, home to the U.S. Navy\'s Fifth Fleet", "Djibouti, which hosts a French base": a presence there', () => {
    expect(deployments("Saudi troops moved into Bahrain, home to the U.S. Navy's Fifth Fleet, on Monday.")).toEqual([
      ['Saudi Arabia', 'Bahrain', 'ARRIVED', null, null],
      ['United States', 'Bahrain', 'STATIONED', null, null],
    ]);
    expect(deployments('The minister flew to Djibouti, which hosts a large U.S. military base.')).toEqual([
      ['United States', 'Djibouti', 'STATIONED', null, null],
    ]);
    expect(deployments('The team flew to Kenya, home to many Somali refugees.')).toEqual([]);
  });

  it('a withdrawal told as a noun: "the withdrawal of 500 British troops from Iraq", "Philippines starts Iraq pullout"', () => {
    expect(deployments('The withdrawal of 500 British troops from Iraq began on Monday.')).toEqual([
      ['United Kingdom', 'Iraq', 'WITHDRAWN', 500, 'EXACT'],
    ]);
    expect(deployments("Britain's withdrawal from Iraq began on Monday.")).toEqual([
      ['United Kingdom', 'Iraq', 'WITHDRAWN', null, null],
    ]);
    expect(deployments('Philippines starts Iraq pullout')).toEqual([['Philippines', 'Iraq', 'WITHDRAWN', null, null]]);
    expect(deployments('The United States is ending its military presence in Saudi Arabia.')).toEqual([
      ['United States', 'Saudi Arabia', 'WITHDRAWN', null, null],
    ]);
    // called for, or not forces
    expect(deployments('Protesters called for the withdrawal of US troops from Iraq.')).toEqual([]);
    expect(deployments('The withdrawal of Dutch savings from Iceland continued.')).toEqual([]);
  });

  it('forces naming their country after the verb are its, over a subject far from the verb; "left Saturday" is no place', () => {
    expect(
      deployments(
        'President Obama, declaring that it is “time to end the wars in Afghanistan and Iraq,” said Tuesday that he plans to withdraw the last US troops from Afghanistan by 2016.',
      ),
    ).toEqual([['United States', 'Afghanistan', 'WITHDRAWN', null, null]]);
    // a country after "to" is where the forces go, never whose they are
    expect(
      deployments(
        'Dutch Defence Minister Joost Bakker on Tuesday, November 12, said he had ordered 150 troops to Cameroon to help soldiers fighting Boko Haram.',
      ),
    ).toEqual([['Netherlands', 'Cameroon', 'ORDERED', 150, 'EXACT']]);
    expect(
      deployments('More than 70 New Zealand soldiers left Saturday on a rotation of its forces in Afghanistan.'),
    ).toEqual([]);
  });

  it('"had taken up positions in", "began its deployment in" arrive; "will be sent back from" withdraws', () => {
    expect(deployments('By this morning, 350 Australian troops had taken up positions in Dili.')).toEqual([
      ['Australia', 'Timor-Leste', 'ARRIVED', 350, 'EXACT'],
    ]);
    expect(deployments('The battalion of some 600 German troops began its deployment in Kosovo on Monday.')).toEqual([
      ['Germany', 'Kosovo', 'ARRIVED', 600, 'APPROXIMATELY'],
    ]);
    expect(
      deployments('The first group of Indian military personnel will be sent back from the Maldives before March 10.'),
    ).toEqual([['India', 'Maldives', 'WITHDRAWN', null, null]]);
    expect(deployments('The police took up positions in Dili.')).toEqual([]);
  });

  it('"pledged 500 troops" announces them; "pledged to reduce troop numbers" moves no one', () => {
    expect(deployments('Kenya pledged 500 troops to the mission in Somalia.')).toEqual([
      ['Kenya', 'Somalia', 'ANNOUNCED', 500, 'EXACT'],
    ]);
    expect(
      deployments('The administration had pledged to reduce overall US troop numbers in Iraq to 50,000 by August.'),
    ).toEqual([]);
  });

  it('forces that "will stay in" a country are stationed there, like forces that remain', () => {
    expect(deployments('A small number of U.S. troops will stay in Bosnia to hunt war crimes suspects.')).toEqual([
      ['United States', 'Bosnia and Herzegovina', 'STATIONED', null, null],
    ]);
    expect(deployments('About 200 Dutch soldiers stayed in Mali after the mission ended.')).toEqual([
      ['Netherlands', 'Mali', 'STATIONED', 200, 'APPROXIMATELY'],
    ]);
  });

  it('a withdrawal with no sender named is not given to the owner of the forces the next sentence names', () => {
    expect(
      deployments(
        'British troops left Basra last year. The president said he would withdraw 5,000 troops from Iraq by May. After the withdrawal, about 20,000 U.S. troops will remain in the country.',
      ),
    ).toEqual([['United States', 'Iraq', 'STATIONED', 20000, 'APPROXIMATELY']]);
    expect(
      deployments(
        'British troops left Basra last year. The president said he would withdraw 5,000 troops from Iraq by May. About 20,000 U.S. troops are in Kuwait.',
      ),
    ).toEqual([['United States', 'Kuwait', 'STATIONED', 20000, 'APPROXIMATELY']]);
  });

  it('a movement still to come ("are scheduled to arrive", "is due to arrive", "will be deployed") is announced', () => {
    expect(deployments('Over the coming weeks, 1,200 Polish soldiers are scheduled to arrive in Lithuania.')).toEqual([
      ['Poland', 'Lithuania', 'ANNOUNCED', 1200, 'EXACT'],
    ]);
    expect(deployments('A battalion of Kenyan troops is due to arrive in Haiti next month.')).toEqual([
      ['Kenya', 'Haiti', 'ANNOUNCED', null, null],
    ]);
    expect(deployments('About 400 Spanish troops will be deployed to Latvia in the spring.')).toEqual([
      ['Spain', 'Latvia', 'ANNOUNCED', 400, 'APPROXIMATELY'],
    ]);
  });

  it('"departed from" a foreign country is a withdrawal; from home or an unknown place "for" a country, a movement there', () => {
    expect(deployments('The last Dutch soldiers departed from Mali on Sunday aboard a chartered plane.')).toEqual([
      ['Netherlands', 'Mali', 'WITHDRAWN', null, null],
    ]);
    expect(deployments('About 300 Canadian troops departed from Halifax for Latvia on Monday.')).toEqual([
      ['Canada', 'Latvia', 'ARRIVED', 300, 'APPROXIMATELY'],
    ]);
    expect(deployments('The ferry departed from Greece with 300 tourists on board.')).toEqual([]);
  });

  it('the country a purpose is carried out "in" hosts forces sent with no destination of their own', () => {
    expect(deployments('Norway has sent about 60 soldiers to help train the army in Iraq.')).toEqual([
      ['Norway', 'Iraq', 'ARRIVED', 60, 'APPROXIMATELY'],
    ]);
    // a country the purpose names after another preposition is no host
    expect(deployments('Norway has sent about 60 soldiers to help evacuate its citizens from Sudan.')).toEqual([]);
  });

  it('a force that "comprised units of the armed forces of" a list: each country present where the force was sent', () => {
    expect(
      deployments(
        'The regional brigade was sent to Guinea-Bissau in May. The brigade comprised units of the armed forces of Senegal, Nigeria and Ghana.',
      ),
    ).toEqual([
      ['Senegal', 'Guinea-Bissau', 'STATIONED', null, null],
      ['Nigeria', 'Guinea-Bissau', 'STATIONED', null, null],
      ['Ghana', 'Guinea-Bissau', 'STATIONED', null, null],
    ]);
    // a parade, with no force sent anywhere, hosts no one
    expect(deployments('The parade included soldiers of the armed forces of France and Germany.')).toEqual([]);
  });

  it('a subject whose units are listed at length before "have deployed" is still the force that moved', () => {
    expect(
      deployments(
        'French troops are helping secure the capital of Mali. About 1,100 soldiers from the 2nd Foreign Parachute Regiment, the 92nd Infantry Regiment and a logistics battalion have deployed into Mali since January.',
      ),
    ).toEqual([['France', 'Mali', 'ARRIVED', 1100, 'APPROXIMATELY']]);
    // a clause of its own between the force and the verb: the soldiers are not what "was deployed"
    expect(
      deployments(
        'About 1,100 soldiers from the 2nd Foreign Parachute Regiment, who trained in Chad last year, said a new squadron of drones was deployed into Mali.',
      ),
    ).toEqual([]);
  });

  it('a country that "will contribute" troops to the effort joins the force the movement before went to', () => {
    expect(
      deployments(
        'About 2,000 Kenyan soldiers are due to arrive in Haiti. Benin will contribute about 1,500 troops to the security mission, the foreign minister said.',
      ),
    ).toEqual([
      ['Kenya', 'Haiti', 'ANNOUNCED', 2000, 'APPROXIMATELY'],
      ['Benin', 'Haiti', 'ANNOUNCED', 1500, 'APPROXIMATELY'],
    ]);
    // with no movement before it there is no force to join
    expect(deployments('Benin will contribute about 1,500 troops to the security mission.')).toEqual([]);
  });

  it('soldiers hit "…, killing them" where they serve: the casualty clause names the host', () => {
    expect(
      deployments(
        'A mine destroyed the truck of four Estonian soldiers on Tuesday, killing them during a patrol in northern Mali.',
      ),
    ).toEqual([['Estonia', 'Mali', 'STATIONED', null, null]]);
  });

  it('a speaker\'s "we have" forces of a country somewhere: that country\'s presence, with "<country> personnel" as forces', () => {
    expect(deployments('"We have 850 Ghanaian personnel in Lebanon," the army spokesman said.')).toEqual([
      ['Ghana', 'Lebanon', 'STATIONED', 850, 'EXACT'],
    ]);
    expect(deployments('We also have 120 Irish troops in Syria.')).toEqual([
      ['Ireland', 'Syria', 'STATIONED', 120, 'EXACT'],
    ]);
    for (const body of [
      'We have 300 staff in Kenya.',
      'We have Kenyan friends in Somalia.',
      'Britain has 40 embassy personnel in Kenya.',
    ]) {
      expect(deployments(body), body).toEqual([]);
    }
  });

  it("soldiers hit with no place named serve where the article put their country's forces, before the dateline's country", () => {
    expect(
      deployments(
        'TALLINN, Estonia (AP) — Estonia will buy new rifles. Estonian officials met on Monday in Estonia. Finland has sent about 80 soldiers to Lebanon. Two Finnish soldiers were wounded on Friday.',
      ),
    ).toEqual([['Finland', 'Lebanon', 'ARRIVED', 80, 'APPROXIMATELY']]);
  });

  it('a past presence ("had 101,000 troops in the country") and the present one are two presences, each with its figure', () => {
    expect(
      deployments(
        'Under the new timetable, the approximately 32,000 US troops in Afghanistan would be reduced after this year. At the height of American involvement, in 2011, the United States had 101,000 troops in the country.',
      ),
    ).toEqual([
      ['United States', 'Afghanistan', 'STATIONED', 32000, 'APPROXIMATELY'],
      ['United States', 'Afghanistan', 'STATIONED', 101000, 'EXACT'],
    ]);
    // a figure told again is the same presence, and a presence told without one is the one told with it
    expect(
      deployments(
        'Italy has about 1,600 troops in Iraq, mostly in the south. Italian troops in Iraq will stay until December.',
      ),
    ).toEqual([['Italy', 'Iraq', 'STATIONED', 1600, 'APPROXIMATELY']]);
  });

  it('forces kept "in the region" are in no one country, even where the article names one', () => {
    expect(
      deployments(
        'The last German soldiers left Niger on Friday. Germany had kept up to 1,100 soldiers in the region at the height of its involvement.',
      ),
    ).toEqual([['Germany', 'Niger', 'WITHDRAWN', null, null]]);
  });

  it('forces that "crossed (the border) into" a country arrived there; a demonym before "territory" is a place, not a sender', () => {
    expect(deployments('Kenyan troops crossed the border into Somalia on Sunday.')).toEqual([
      ['Kenya', 'Somalia', 'ARRIVED', null, null],
    ]);
    expect(
      deployments('The last French soldiers present on Malian territory crossed into neighbouring Niger on Monday.'),
    ).toEqual([['France', 'Niger', 'ARRIVED', null, null]]);
    expect(deployments('Thousands of refugees crossed into Chad from Sudan.')).toEqual([]);
  });

  it('a group of countries named as one ("the Baltic states") stands in a list of destinations without ending it', () => {
    expect(
      deployments('The United States is deploying troops to Poland, the Baltic states and Romania next month.'),
    ).toEqual([
      ['United States', 'Poland', 'ANNOUNCED', null, null],
      ['United States', 'Romania', 'ANNOUNCED', null, null],
    ]);
    // a group that is not of countries ends the list
    expect(
      deployments('The United States is deploying troops to Poland, the Navy SEALs and Romania next month.'),
    ).toEqual([['United States', 'Poland', 'ANNOUNCED', null, null]]);
  });

  it('forces that "invaded", "poured into" or "marched into" a country arrived; warplanes are forces; forces "fought in" a country are there', () => {
    expect(deployments('Russian forces invaded Ukraine in February.')).toEqual([
      ['Russia', 'Ukraine', 'ARRIVED', null, null],
    ]);
    expect(deployments('Thousands of Ethiopian troops poured into Somalia.')).toEqual([
      ['Ethiopia', 'Somalia', 'ARRIVED', null, null],
    ]);
    expect(deployments('Egypt sent warplanes to Libya.')).toEqual([['Egypt', 'Libya', 'ARRIVED', null, null]]);
    expect(deployments('Cuban troops fought in Angola.')).toEqual([['Cuba', 'Angola', 'STATIONED', null, null]]);
    for (const body of [
      'Locusts invaded Kenya in January.',
      'Tourists poured into Spain this summer.',
      'Egypt sold planes to Libya.',
      'Angolan troops fought in Angola.',
      'Cuban boxers fought in Angola.',
    ]) {
      expect(deployments(body), body).toEqual([]);
    }
  });

  it('a unit\'s size told as "300-strong" is its figure; not a crowd\'s', () => {
    expect(deployments('The 300-strong Estonian contingent will leave Mali in May.')).toEqual([
      ['Estonia', 'Mali', 'WITHDRAWN', 300, 'EXACT'],
    ]);
    expect(deployments('A 300-strong crowd marched to the French embassy in Mali.')).toEqual([]);
  });

  it('a demonym before "town", "city", "port" or "capital" names the host where the place is unknown', () => {
    expect(deployments('South Korean troops on Wednesday arrived in the northern Iraqi town of Irbil.')).toEqual([
      ['South Korea', 'Iraq', 'ARRIVED', null, null],
    ]);
    expect(deployments('About 400 U.S. troops will arrive in the German port of Bremerhaven next month.')).toEqual([
      ['United States', 'Germany', 'ANNOUNCED', 400, 'APPROXIMATELY'],
    ]);
    // a demonym naming people, not a place, is no host
    expect(deployments('French troops arrived to help the Iraqi people.')).toEqual([]);
  });

  it('"There are … U.S. troops in": a country\'s initials with their periods stand in the presence', () => {
    expect(deployments('There are currently around 900 U.S. troops in Syria.')).toEqual([
      ['United States', 'Syria', 'STATIONED', 900, 'APPROXIMATELY'],
    ]);
    expect(deployments('There were no troops. In Syria, the army fought.')).toEqual([]);
  });

  it('a battalion or a battlegroup is a force; an alliance\'s "1,000-strong" figure is not the sender\'s', () => {
    expect(deployments('Germany will send a battalion to Lithuania.')).toEqual([
      ['Germany', 'Lithuania', 'ANNOUNCED', null, null],
    ]);
    expect(deployments('Canada will send a 1,000-strong NATO battlegroup to Latvia.')).toEqual([
      ['Canada', 'Latvia', 'ANNOUNCED', null, null],
    ]);
    expect(deployments('Germany will send a letter to Lithuania about the battalion.')).toEqual([]);
  });

  it("forces hit with no owner named are those a spokesman in the sentence speaks for, the article's one country of forces", () => {
    expect(
      deployments(
        "Three blue helmets were killed on Saturday in Sudan's Darfur region, a spokesman for the Rwandan contingent said.",
      ),
    ).toEqual([['Rwanda', 'Sudan', 'STATIONED', null, null]]);
    // a spokesman for a body that is no country's forces tells no owner
    expect(deployments('Three blue helmets were killed in Sudan, a spokesman for the mission said.')).toEqual([]);
    // nor one for a country's forces when the article names another country's forces too
    expect(
      deployments(
        'Chadian troops arrived in Mali. Three peacekeepers were killed in Mali, a spokesman for the Rwandan contingent said.',
      ),
    ).toEqual([['Chad', 'Mali', 'ARRIVED', null, null]]);
  });

  it('forces "expected to join" or "being sent" are still to come: announced, not arrived', () => {
    expect(deployments('About 1,000 Bangladeshi troops were expected to join the mission in South Sudan.')).toEqual([
      ['Bangladesh', 'South Sudan', 'ANNOUNCED', 1000, 'APPROXIMATELY'],
    ]);
    expect(deployments('The number of Kenyan soldiers being sent to Haiti is not known.')).toEqual([
      ['Kenya', 'Haiti', 'ANNOUNCED', null, null],
    ]);
    expect(deployments('Kenyan soldiers sent to Haiti arrived on Tuesday.')).toEqual([
      ['Kenya', 'Haiti', 'ARRIVED', null, null],
    ]);
  });

  it('forces hit on their way home served where they come back from, not where it happened', () => {
    expect(
      deployments(
        'In 2003 a plane bringing 62 Italian peacekeepers back from Lebanon crashed in Greece, killing all on board.',
      ),
    ).toEqual([['Italy', 'Lebanon', 'STATIONED', null, null]]);
    // forces hit where they are still serve there
    expect(
      deployments('A helicopter carrying 12 Italian peacekeepers crashed in Lebanon, killing all on board.'),
    ).toEqual([['Italy', 'Lebanon', 'STATIONED', null, null]]);
  });

  it('"to ally Qatar", "to its close ally Kuwait": a host after "ally", not a country later in the sentence', () => {
    expect(
      deployments(
        'Egypt is sending troops to ally Jordan, two years after it refused to join the Saudi-led operation in Yemen.',
      ),
    ).toEqual([['Egypt', 'Jordan', 'ANNOUNCED', null, null]]);
    expect(deployments('Britain will deploy 200 soldiers to its close ally Oman.')).toEqual([
      ['United Kingdom', 'Oman', 'ANNOUNCED', 200, 'EXACT'],
    ]);
  });

  it('"are also stationed", "are already stationed": a presence, with the figure before a subject of several words', () => {
    expect(deployments('Currently, some 647 Egyptian troops are also stationed in Qatar.')).toEqual([
      ['Egypt', 'Qatar', 'STATIONED', 647, 'APPROXIMATELY'],
    ]);
    expect(deployments('Some 1,600 Egypt army officers and troops are already stationed in Qatar.')).toEqual([
      ['Egypt', 'Qatar', 'STATIONED', 1600, 'APPROXIMATELY'],
    ]);
    // a toll is no count of the forces there
    expect(deployments('A blast killed 3 Egypt army officers and troops stationed in Qatar.')).toEqual([
      ['Egypt', 'Qatar', 'STATIONED', null, null],
    ]);
  });

  it('forces that open a clause of their own ("now that", "after") are its subject, not the country before', () => {
    expect(
      deployments(
        'The US government will resume aid now that the last 1,000 Rwandan soldiers withdrew from the Democratic Republic of Congo.',
      ),
    ).toEqual([['Rwanda', 'DR Congo', 'WITHDRAWN', 1000, 'EXACT']]);
    expect(
      deployments('The US government will resume aid now that the last 1,000 soldiers withdrew from Congo.'),
    ).toEqual([]);
    // a clause opener after the forces leaves the sender before them
    expect(deployments('Rwanda withdrew 1,000 soldiers from Congo after the talks.')).toEqual([
      ['Rwanda', 'DR Congo', 'WITHDRAWN', 1000, 'EXACT'],
    ]);
  });

  it('a movement demanded ("requires all troops to withdraw") or of forces "from 13 countries" is no one\'s', () => {
    expect(
      deployments('Iraq approved a pact that requires all American troops to withdraw from Iraq in three years.'),
    ).toEqual([]);
    expect(deployments('All American troops will withdraw from Iraq in three years.')).toEqual([
      ['United States', 'Iraq', 'WITHDRAWN', null, null],
    ]);
    expect(
      deployments(
        'U.S. soldiers patrol Baghdad. The Koreans are among troops from 13 countries being sent home from Iraq.',
      ),
    ).toEqual([]);
    expect(deployments('U.S. soldiers patrol Baghdad. More troops are being sent home from Iraq.')).toEqual([
      ['United States', 'Iraq', 'WITHDRAWN', null, null],
    ]);
  });

  it('a force\'s contingents told after a dash or a colon ("soldiers from 38 countries - 250,000 from the United States, …")', () => {
    expect(
      deployments(
        'Polish troops arrived in Iraq in 2003. At its height, the coalition numbered about 30,000 soldiers from 12 countries - 20,000 from the United States, about 4,000 from Britain, and the rest from smaller allies.',
      ),
    ).toEqual([
      ['Poland', 'Iraq', 'ARRIVED', null, null],
      ['United States', 'Iraq', 'STATIONED', 20000, 'EXACT'],
      ['United Kingdom', 'Iraq', 'STATIONED', 4000, 'APPROXIMATELY'],
    ]);
    // a toll told by nationality is no force's contingents
    expect(
      deployments(
        'Polish troops arrived in Iraq in 2003. Five soldiers of the coalition - 3 from the United States and 2 from Britain - were killed.',
      ),
    ).toEqual([['Poland', 'Iraq', 'ARRIVED', null, null]]);
  });

  it("forces named by the countries they come from, then told where they are, are each country's presence", () => {
    expect(
      deployments(
        'A UN force will replace the 3,600 soldiers from the United States, France and Chile that have been in Haiti since March.',
      ),
    ).toEqual([
      ['United States', 'Haiti', 'STATIONED', null, null],
      ['France', 'Haiti', 'STATIONED', null, null],
      ['Chile', 'Haiti', 'STATIONED', null, null],
    ]);
    expect(deployments('About 900 troops from Chad are currently stationed in Mali.')).toEqual([
      ['Chad', 'Mali', 'STATIONED', 900, 'APPROXIMATELY'],
    ]);
    // forces from a list that go somewhere move; a list that is where they come back from is no presence
    expect(deployments('Troops from Chad and Niger arrived in Mali on Monday.')).toEqual([
      ['Chad', 'Mali', 'ARRIVED', null, null],
      ['Niger', 'Mali', 'ARRIVED', null, null],
    ]);
    expect(deployments('Soldiers from Chad and Niger met in Paris on Monday.')).toEqual([]);
  });

  it('forces "who serve in" a force are present where it serves; a count taken to hospital is no size', () => {
    expect(
      deployments(
        'Fifteen Polish soldiers who serve in the NATO force were taken to hospitals after clashes in northern Kosovo.',
      ),
    ).toEqual([['Poland', 'Kosovo', 'STATIONED', null, null]]);
    expect(deployments('About 250 Polish soldiers who serve in Kosovo guard the border.')).toEqual([
      ['Poland', 'Kosovo', 'STATIONED', 250, 'APPROXIMATELY'],
    ]);
    // people who serve are no forces unless a force word names them
    expect(deployments('Fifteen Polish officials who serve in Kosovo were taken to hospitals.')).toEqual([]);
  });

  it("a contingent hit serves abroad as peacekeepers do: where the story's places lie", () => {
    expect(
      deployments(
        "Six peacekeepers were killed in northern Mali on Thursday. All of the dead came from the mission's contingent from Togo, the UN said.",
      ),
    ).toEqual([['Togo', 'Mali', 'STATIONED', null, null]]);
    // a contingent told with no casualty word implies nothing
    expect(deployments('Rebels attacked a town in northern Mali. The mission has a contingent from Togo.')).toEqual([]);
  });

  it('forces that "left for", "were headed for" a country are sent there; "would leave for" one is still to come', () => {
    expect(deployments('Botswanan and Nigerian troops were headed for Cameroon.')).toEqual([
      ['Botswana', 'Cameroon', 'ARRIVED', null, null],
      ['Nigeria', 'Cameroon', 'ARRIVED', null, null],
    ]);
    expect(deployments('The first 216 Malaysian soldiers left for Lebanon this evening.')).toEqual([
      ['Malaysia', 'Lebanon', 'ARRIVED', 216, 'EXACT'],
    ]);
    expect(deployments('About 150 French soldiers would leave for Lebanon on Sunday.')).toEqual([
      ['France', 'Lebanon', 'ANNOUNCED', 150, 'APPROXIMATELY'],
    ]);
    // forces heading home are no deployment; a minister who left for a country moves no forces
    expect(deployments('The Russian troops are heading for Russia.')).toEqual([]);
    expect(deployments('The French defence minister left for Lebanon on Monday.')).toEqual([]);
  });

  it('trainers after a nationality are forces ("American trainers"), as officers are', () => {
    expect(deployments('The remaining American trainers would be deployed to Chad and Niger.')).toEqual([
      ['United States', 'Chad', 'ANNOUNCED', null, null],
      ['United States', 'Niger', 'ANNOUNCED', null, null],
    ]);
    // teachers and coaches called trainers are no forces
    expect(deployments('The remaining football trainers would be sent to Chad.')).toEqual([]);
  });

  it('forces from a list that the moved forces join are present where those go, and send nothing', () => {
    expect(
      deployments(
        'Sudanese troops arrived in Yemen on Sunday. They will join contingents from the United Arab Emirates and Bahrain on the ground.',
      ),
    ).toEqual([
      ['Sudan', 'Yemen', 'ARRIVED', null, null],
      ['United Arab Emirates', 'Yemen', 'STATIONED', null, null],
      ['Bahrain', 'Yemen', 'STATIONED', null, null],
    ]);
    expect(
      deployments(
        'Sudanese troops arrived in Yemen on Sunday. They will join troops from Kenya and Chad on the ground.',
      ),
    ).toEqual([
      ['Sudan', 'Yemen', 'ARRIVED', null, null],
      ['Kenya', 'Yemen', 'STATIONED', null, null],
      ['Chad', 'Yemen', 'STATIONED', null, null],
    ]);
    // forces from a list that join no one are the ones sent
    expect(
      deployments('Sudanese troops arrived in Yemen on Sunday. Troops from Kenya and Chad will be sent to Yemen.'),
    ).toEqual([
      ['Sudan', 'Yemen', 'ARRIVED', null, null],
      ['Kenya', 'Yemen', 'ANNOUNCED', null, null],
      ['Chad', 'Yemen', 'ANNOUNCED', null, null],
    ]);
  });

  it('a force told by the nationalities of its forces ("a battalion involving Irish, Maltese and Polish personnel")', () => {
    expect(
      deployments(
        'The 121st Battalion deployed to Lebanon in November. It is a battalion involving Irish, Maltese and Polish personnel.',
      ),
    ).toEqual([
      ['Ireland', 'Lebanon', 'STATIONED', null, null],
      ['Malta', 'Lebanon', 'STATIONED', null, null],
      ['Poland', 'Lebanon', 'STATIONED', null, null],
    ]);
    // a nationality whose forces the article has already put there tells nothing new
    expect(
      deployments(
        '333 Irish soldiers deployed to Lebanon in November. It is a battalion involving Irish, Maltese and Polish personnel.',
      ),
    ).toEqual([
      ['Ireland', 'Lebanon', 'ARRIVED', 333, 'EXACT'],
      ['Malta', 'Lebanon', 'STATIONED', null, null],
      ['Poland', 'Lebanon', 'STATIONED', null, null],
    ]);
    // nationalities of something else than forces
    expect(
      deployments(
        'The 121st Battalion deployed to Lebanon in November. It is a mission involving Irish, Maltese and Polish diplomats.',
      ),
    ).toEqual([]);
  });

  it("forces hit told with several nationalities before them are each country's presence, the host's own aside", () => {
    expect(
      deployments(
        'A bomb ripped through a compound housing American, Saudi, French and British troops near the Saudi city of Dhahran, killing 19.',
      ),
    ).toEqual([
      ['United States', 'Saudi Arabia', 'STATIONED', null, null],
      ['France', 'Saudi Arabia', 'STATIONED', null, null],
      ['United Kingdom', 'Saudi Arabia', 'STATIONED', null, null],
    ]);
    // a country that is no nationality of the forces ("Britain and French troops" names no British forces)
    expect(deployments('A bomb killed French troops in Mali and Britain condemned it.')).toEqual([
      ['France', 'Mali', 'STATIONED', null, null],
    ]);
  });
});

describe('fifteenth round', () => {
  it('a withdrawal with no figure of its own is of the one force the article puts there', () => {
    expect(
      deployments(
        'Belgium has about 640 troops in Mali. The Belgian government said on Monday its soldiers had withdrawn from Mali.',
      ),
    ).toEqual([
      ['Belgium', 'Mali', 'STATIONED', 640, 'APPROXIMATELY'],
      ['Belgium', 'Mali', 'WITHDRAWN', 640, 'APPROXIMATELY'],
    ]);
    // a withdrawal with its own figure keeps it
    expect(
      deployments('Belgium has about 640 troops in Mali. Belgium withdrew 200 troops from Mali on Monday.'),
    ).toEqual([
      ['Belgium', 'Mali', 'STATIONED', 640, 'APPROXIMATELY'],
      ['Belgium', 'Mali', 'WITHDRAWN', 200, 'EXACT'],
    ]);
    // two sizes of the presence say nothing about which one left
    expect(
      deployments(
        'Belgium had 900 troops in Mali in 2019. Belgium now has 640 troops in Mali. Belgian soldiers withdrew from Mali on Monday.',
      ),
    ).toEqual([
      ['Belgium', 'Mali', 'STATIONED', 900, 'EXACT'],
      ['Belgium', 'Mali', 'STATIONED', 640, 'EXACT'],
      ['Belgium', 'Mali', 'WITHDRAWN', null, null],
    ]);
  });

  it('a cut withdraws forces even when it tells only the force that stays', () => {
    expect(deployments('France reduced its troops in Mali to 2,400 on Tuesday.')).toEqual([
      ['France', 'Mali', 'WITHDRAWN', null, null],
      ['France', 'Mali', 'STATIONED', 2400, 'EXACT'],
    ]);
    // a force's size told without a cut withdraws nothing
    expect(deployments('France keeps 2,400 troops in Mali.')).toEqual([['France', 'Mali', 'STATIONED', 2400, 'EXACT']]);
  });

  it("a coalition or occupation a country leads has that country's forces where it is", () => {
    expect(
      deployments('Gunmen in Kandahar fired rockets at US-led coalition forces in Afghanistan on Monday.'),
    ).toEqual([['United States', 'Afghanistan', 'STATIONED', null, null]]);
    // the country the sentence names by name, the nationality of its subject aside
    expect(deployments('A Spanish minister said US-led occupation forces had failed to secure Iraq.')).toEqual([
      ['United States', 'Iraq', 'STATIONED', null, null],
    ]);
    // a coalition a country contributes to from afar, and troops a country leads that are others'
    expect(deployments('Norway is a contributor to the U.S.-led coalition against militants in Syria.')).toEqual([]);
    expect(deployments('French-led African troops clashed with rebels in Mali.')).toEqual([]);
  });

  it('an invasion and a military campaign a country leads are its forces going in', () => {
    expect(
      deployments('Many of the officers first served together during the US-led invasion of Iraq in 2003.'),
    ).toEqual([['United States', 'Iraq', 'ARRIVED', null, null]]);
    expect(deployments('A French-led military campaign in 2013 drove the rebels from the Malian city of Gao.')).toEqual(
      [['France', 'Mali', 'ARRIVED', null, null]],
    );
    // an invasion no country leads is often a story's background, one only feared is none, and so is a campaign no
    // country leads
    expect(deployments('Older officers still remember the Turkish invasion of Cyprus in 1974.')).toEqual([]);
    expect(deployments('Greece warned of a US-led invasion of Iraq.')).toEqual([]);
    expect(deployments('A French military campaign of pamphlets reached Gao in Mali.')).toEqual([]);
  });

  it("the end of a country's mission or role in a country is its forces leaving", () => {
    expect(
      deployments('Hungarian troops marked the end of their eight-year peacekeeping role in Mali on Friday.'),
    ).toEqual([['Hungary', 'Mali', 'WITHDRAWN', null, null]]);
    expect(deployments('The Hungarian soldiers ended their training mission in Mali in May.')).toEqual([
      ['Hungary', 'Mali', 'WITHDRAWN', null, null],
    ]);
    // a mission in its own country, and one not told to end
    expect(deployments('Hungarian troops marked the end of their mission in Hungary.')).toEqual([]);
    expect(deployments('Hungarian troops began their training mission in Mali.')).toEqual([]);
  });

  it('forces sailing toward a country are sent there', () => {
    expect(deployments('Six warships from Italy, Greece and Spain were sailing toward Lebanon on Sunday.')).toEqual([
      ['Italy', 'Lebanon', 'ARRIVED', null, null],
      ['Greece', 'Lebanon', 'ARRIVED', null, null],
      ['Spain', 'Lebanon', 'ARRIVED', null, null],
    ]);
    // a ship that carries no forces
    expect(deployments('An Italian ferry with 300 tourists was sailing toward Lebanon on Sunday.')).toEqual([]);
  });

  it('a count of ships or aircraft is no count of personnel', () => {
    expect(deployments('Three Spanish warships were sailing toward Lebanon on Sunday.')).toEqual([
      ['Spain', 'Lebanon', 'ARRIVED', null, null],
    ]);
    expect(deployments('Spain sent four fighter jets to Lebanon on Sunday.')).toEqual([
      ['Spain', 'Lebanon', 'ARRIVED', null, null],
    ]);
    expect(deployments('Spain sent 300 sailors to Lebanon on Sunday.')).toEqual([
      ['Spain', 'Lebanon', 'ARRIVED', 300, 'EXACT'],
    ]);
  });

  it('forces that left the country leave the country the sentence puts them in', () => {
    expect(deployments('The last Belgian soldiers deployed in Mali left the country on Friday.')).toEqual([
      ['Belgium', 'Mali', 'WITHDRAWN', null, null],
    ]);
    // someone else than forces
    expect(deployments('The Belgian ambassador to Mali left the country on Friday.')).toEqual([]);
  });

  it("an arrival with no figure and no sender of its own is a withdrawal's background", () => {
    const background =
      'The ex-Soviet republic, which first sent troops to Iraq in 2003, had the sixth-largest contingent there.';
    expect(deployments(`Ukraine withdrew its last troops from Iraq on Monday. ${background}`)).toEqual([
      ['Ukraine', 'Iraq', 'WITHDRAWN', null, null],
    ]);
    // in a story of no withdrawal, and with a figure of its own, the arrival is told
    expect(deployments(`Ukraine praised its soldiers on Monday. ${background}`)).toEqual([
      ['Ukraine', 'Iraq', 'ARRIVED', null, null],
    ]);
    expect(
      deployments(
        'Ukraine withdrew its last troops from Iraq on Monday. The ex-Soviet republic, which first sent 1,600 troops to Iraq in 2003, had the sixth-largest contingent there.',
      ),
    ).toEqual([
      ['Ukraine', 'Iraq', 'WITHDRAWN', null, null],
      ['Ukraine', 'Iraq', 'ARRIVED', 1600, 'EXACT'],
    ]);
  });
});
