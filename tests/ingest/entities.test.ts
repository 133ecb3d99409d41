import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/ingest/entities.js';
import { segment } from '../../src/ingest/segment.js';

const entitiesOf = (text: string, home: string | null = null) => findEntities(text, segment(text).sentences, home);
const rolesOf = (text: string) =>
  entitiesOf(text).roles.map((r) => ({
    person: r.person,
    title: r.title,
    country: r.country,
    qualifier: r.qualifier,
    evidence: r.evidence.text,
  }));

describe('the entity stage: people and their titles', () => {
  it('reads a title before a name', () => {
    expect(rolesOf('President Dmitry Medvedev told the leader of neighbouring Kazakhstan.')).toEqual([
      {
        person: 'dmitry-medvedev',
        title: 'President',
        country: null,
        qualifier: null,
        evidence: 'President Dmitry Medvedev',
      },
    ]);
  });

  it('reads a service before a title as part of the rank, not as an organization ("Navy Captain Bill Salvin")', () => {
    const found = entitiesOf('The soldier died on Saturday, said Navy Captain Bill Salvin in a message.');
    expect(found.organizations).toEqual([]);
    expect(found.people.map((p) => p.name)).toEqual(['Bill Salvin']);
    expect(rolesOf('Navy Captain Bill Salvin spoke.').map((r) => [r.person, r.title])).toEqual([
      ['bill-salvin', 'Captain'],
    ]);
  });

  it('knows the FBI, by its initials or spelt out, as one body', () => {
    const found = entitiesOf('FBI sources told CNN the Federal Bureau of Investigation would send a team.');
    expect(found.organizations.map((o) => [o.name, o.kind])).toEqual([['FBI', 'GOVERNMENT']]);
  });

  it('reads initials run together ("PJ Crowley, a spokesman for …") as a first name, never a country\'s letters', () => {
    expect(
      entitiesOf('PJ Crowley, a spokesman for the state department, said the mission went on.').people.map(
        (p) => p.name,
      ),
    ).toEqual(['PJ Crowley']);
    expect(entitiesOf('US Marines, a spokesman for the base said, were on patrol.').people).toEqual([]);
  });

  it('reads a name of four words after a title ("Prime Minister Jose Luis Rodriguez Zapatero")', () => {
    expect(rolesOf('Prime Minister Jose Luis Rodriguez Zapatero spoke.').map((r) => [r.person, r.title])).toEqual([
      ['jose-luis-rodriguez-zapatero', 'Prime Minister'],
    ]);
  });

  it('keeps a lower-case particle inside a name after a title ("Abdullah bin Zayed Al-Nahyan", "Nouri al-Maliki")', () => {
    expect(rolesOf('Foreign Minister Abdullah bin Zayed Al-Nahyan spoke in Paris.').map((r) => r.person)).toEqual([
      'abdullah-bin-zayed-al-nahyan',
    ]);
    expect(rolesOf('Prime Minister Nouri al-Maliki spoke in Nasiriyah.').map((r) => r.person)).toEqual([
      'nouri-al-maliki',
    ]);
    expect(rolesOf('King Abdullah ibn Hussein spoke in Amman.').map((r) => r.person)).toEqual(['abdullah-ibn-hussein']);
    // a particle never ends a name: "Minister Ali al" is no name, "Colonel Kemal of Ankara" stops before "of"
    expect(rolesOf('Colonel Peter van said so.').map((r) => r.person)).toEqual(['peter']);
    expect(rolesOf('Colonel Kemal Aydin of Ankara spoke.').map((r) => r.person)).toEqual(['kemal-aydin']);
  });

  it('reads a title word that ends the name as a surname ("Col. Roger King")', () => {
    expect(rolesOf('Col. Roger King, a military spokesman at Bagram, said the fighting was over.')).toEqual([
      { person: 'roger-king', title: 'Colonel', country: null, qualifier: null, evidence: 'Col. Roger King' },
    ]);
  });

  it('reads a military rank printed without its full stop ("Col Ann Varga", "Lt Col Piet Smit"), but no "Gen Z"', () => {
    expect(rolesOf('Col Ann Varga told reporters the road was open.')).toEqual([
      { person: 'ann-varga', title: 'Colonel', country: null, qualifier: null, evidence: 'Col Ann Varga' },
    ]);
    expect(rolesOf('Lt Col Piet Smit and Maj Lena Ross led the patrol.').map((r) => [r.person, r.title])).toEqual([
      ['piet-smit', 'Lieutenant Colonel'],
      ['lena-ross', 'Major'],
    ]);
    expect(entitiesOf('Gen Z voters in Lima stayed home.').people).toEqual([]);
  });

  it('reads a two-word rank joined by a hyphen ("Lieutenant-Colonel Peter Hall"), but no hyphenated word as a rank', () => {
    expect(rolesOf('Lieutenant-Colonel Tama Reid told Radio New Zealand the team was ready.')).toEqual([
      {
        person: 'tama-reid',
        title: 'Lieutenant Colonel',
        country: null,
        qualifier: null,
        evidence: 'Lieutenant-Colonel Tama Reid',
      },
    ]);
    expect(rolesOf('Major-General Ana Lopes and Brigadier-General Ed Kahn met.').map((r) => r.title)).toEqual([
      'Major General',
      'Brigadier General',
    ]);
    expect(entitiesOf('Lieutenant-Governor Sam Ray spoke.').people).toEqual([]);
  });

  it('reads a role phrase before a title as a second title over the same span', () => {
    expect(
      rolesOf(
        '"The President took the decision," state-run agencies quoted armed forces chief of staff General Nikolai Makarov as saying.',
      ),
    ).toEqual([
      {
        person: 'nikolai-makarov',
        title: 'General',
        country: null,
        qualifier: null,
        evidence: 'armed forces chief of staff General Nikolai Makarov',
      },
      {
        person: 'nikolai-makarov',
        title: 'armed forces chief of staff',
        country: null,
        qualifier: null,
        evidence: 'armed forces chief of staff General Nikolai Makarov',
      },
    ]);
  });

  it('reads a qualifier and a demonym before a title', () => {
    const found = entitiesOf('Meanwhile, ousted Kyrgyz President Kurmanbek Bakiyev told Reuters on Thursday.');
    expect(found.roles.map((r) => [r.title, r.country, r.qualifier, r.evidence.text])).toEqual([
      ['President', 'kyrgyzstan', 'ousted', 'ousted Kyrgyz President Kurmanbek Bakiyev'],
    ]);
    expect(found.people).toEqual([
      {
        key: 'kurmanbek-bakiyev',
        name: 'Kurmanbek Bakiyev',
        aliases: [],
        description: null,
        nationality: 'kyrgyzstan',
      },
    ]);
    expect(found.organizations).toEqual([{ key: 'reuters', name: 'Reuters', kind: 'NEWS_AGENCY', country: null }]);
  });

  it('reads a portfolio title and a country named after the person', () => {
    expect(
      rolesOf('Prime Minister Gordon Brown of Britain said Defense Secretary Robert Gates had called him.').map((r) => [
        r.person,
        r.title,
        r.country,
        r.evidence,
      ]),
    ).toEqual([
      ['gordon-brown', 'Prime Minister', 'united-kingdom', 'Prime Minister Gordon Brown'],
      ['robert-gates', 'Defense Secretary', null, 'Defense Secretary Robert Gates'],
    ]);
  });

  it('finds no person in a title without a name, a company named like a title, or a plain capitalized phrase', () => {
    for (const text of [
      "The President's plan was rejected by parliament on Thursday.",
      'General Motors said sales rose in Russia.',
      'Human Rights Watch said the clashes left dozens dead.',
      'On Thursday, Parliament met in Bishkek.',
    ]) {
      expect(entitiesOf(text).people, text).toEqual([]);
    }
  });

  it('takes an untitled name for a person only with a role in apposition', () => {
    expect(
      entitiesOf('Azamat Temirkulov, a spokesman for the opposition, declined to comment.').people.map((p) => p.name),
    ).toEqual(['Azamat Temirkulov']);
  });

  it('takes an untitled name for a person after an age, a role before it, or an inverted quote attribution', () => {
    const names = (text: string) => entitiesOf(text).people.map((p) => p.name);
    expect(names('Chief executive Karin Holm, 54, said the deal would close.')).toEqual(['Karin Holm']);
    expect(names('Erik Lund, 75, will remain chairman.')).toEqual(['Erik Lund']);
    expect(names('Rescuers were sent, regional commissioner Adam Mrisho said.')).toEqual(['Adam Mrisho']);
    expect(names('A spokesman, Michael Lueth, told the state broadcaster nothing.')).toEqual(['Michael Lueth']);
    expect(names('"It tipped over," said Grace Nyirenda, who swam to shore.')).toEqual(['Grace Nyirenda']);
    expect(names('Deen Rahimi, spokesman for the provincial governor, said the road was closed.')).toEqual([
      'Deen Rahimi',
    ]);
    expect(names('Omar Haidari, head of the district council, left.')).toEqual(['Omar Haidari']);
  });

  it('takes an untitled name for a person holding an office of a place or a unit in apposition, or after a quote in single marks', () => {
    const names = (text: string) => entitiesOf(text).people.map((p) => p.name);
    expect(names('Rahim Gul Noori, the governor of Khost province, said the road was closed.')).toEqual([
      'Rahim Gul Noori',
    ]);
    expect(names('Tom Ashby, commanding officer of the 4th Signal Regiment, met them.')).toEqual(['Tom Ashby']);
    expect(names("'We are ready,' said Tom Ashby at the airfield.")).toEqual(['Tom Ashby']);
    // an office without what it is the office of is no cue, nor is a quote's closing word that is no mark
    expect(names('Baltic Shipping, chief officer, said nothing.')).toEqual([]);
    expect(names('The soldiers said Tom Ashby was late.')).toEqual([]);
  });

  it('reads ranks below sergeant spelt out ("Lance Corporal Lisa Dunn") as titles', () => {
    expect(rolesOf('Lance Corporal Ruth Amos packed the crates.').map((r) => [r.person, r.title])).toEqual([
      ['ruth-amos', 'Lance Corporal'],
    ]);
    expect(rolesOf('Corporal Ian Hale drove.').map((r) => [r.person, r.title])).toEqual([['ian-hale', 'Corporal']]);
  });

  it('keeps Portuguese particles inside a name after a title, beside four name words ("Luiz Inacio Lula da Silva")', () => {
    const found = entitiesOf('Brazilian President Luiz Inacio Lula da Silva saw off the troops on Monday.');
    expect(found.people.map((p) => p.name)).toEqual(['Luiz Inacio Lula da Silva']);
    expect(entitiesOf('Angolan President Jose Eduardo dos Santos arrived.').people.map((p) => p.name)).toEqual([
      'Jose Eduardo dos Santos',
    ]);
  });

  it('takes a titled word inside a name past its first for the one person named in full ("President Lula")', () => {
    const found = entitiesOf(
      'Brazilian President Luiz Inacio Lula da Silva saw off the troops. Later President Lula spoke to them.',
    );
    expect(found.people.map((p) => p.name)).toEqual(['Luiz Inacio Lula da Silva']);
    // the first word of a name is no surname: "President Luiz" would be someone else
    const two = entitiesOf('President Luiz Inacio Lula da Silva met Governor Luiz Marinho.');
    expect(two.people.map((p) => p.name)).toEqual(['Luiz Inacio Lula da Silva', 'Luiz Marinho']);
  });

  it('leaves a Malaysian honour between a title and a name out of the name ("Datuk Seri Ikmal Hisham Abdul Aziz")', () => {
    expect(
      entitiesOf('Deputy Defence Minister Datuk Seri Ikmal Hisham Abdul Aziz said the troops left.').people.map(
        (p) => p.name,
      ),
    ).toEqual(['Ikmal Hisham Abdul Aziz']);
    expect(entitiesOf('Defence Minister Tan Sri Amir Hamzah spoke.').people.map((p) => p.name)).toEqual([
      'Amir Hamzah',
    ]);
    // a surname Tan is no honour
    expect(entitiesOf('Minister Tan Kim Hock spoke.').people.map((p) => p.name)).toEqual(['Tan Kim Hock']);
  });

  it('takes an untitled name for a person with a role of something in apposition, modifiers before the role', () => {
    const names = (text: string) => entitiesOf(text).people.map((p) => p.name);
    expect(names('Hadiza Bello, deputy special representative of the secretary-general, called for calm.')).toEqual([
      'Hadiza Bello',
    ]);
    expect(names('Baltic Shipping, deputy owner, said nothing.')).toEqual([]);
    expect(names('Bert Koenders, the U. N. envoy to the region, said so.')).toEqual(['Bert Koenders']);
    expect(names('Faizan ul-Haq, a provincial spokesman, told the AP.')).toEqual(['Faizan ul-Haq']);
  });

  it('reads names as a scanned page spaces them: "U. N.", "Secretary- General", "Ki- moon"', () => {
    const found = entitiesOf('U. N. Secretary- General Ban Ki- moon condemned the raid.');
    expect(found.people.map((p) => p.name)).toEqual(['Ban Ki-moon']);
    expect(found.organizations.map((o) => o.name)).toEqual(['United Nations']);
    expect(found.roles.map((r) => [r.title, r.evidence.text])).toEqual([
      ['Secretary-General', 'Secretary- General Ban Ki- moon'],
    ]);
  });

  it('takes a plain name for a person when its surname alone later says something ("Roger King … King said")', () => {
    const names = (text: string) => entitiesOf(text).people.map((p) => p.name);
    expect(names('Roger King led the patrol on Monday. King said the valley was quiet.')).toEqual(['Roger King']);
    expect(names('King said the valley was quiet. Roger King led the patrol on Monday.')).toEqual([]);
    expect(
      names('Fighters of the Islamic State, who hold the town, said nothing. Islamic State fighters fled.'),
    ).toEqual([]);
  });

  it('takes a plain name for the person the article names so elsewhere with a cue ("Salim Ibrahim … Lieutenant Salim Ibrahim")', () => {
    const text =
      'The ceremony ended at noon, declared a lieutenant in the army, Salim Ibrahim. The planes left, said Lieutenant Salim Ibrahim.';
    const people = entitiesOf(text).mentions.filter((m) => 'person' in m.ref);
    expect(people.map((m) => [m.text, m.ref])).toEqual([
      ['Salim Ibrahim', { person: 'salim-ibrahim' }],
      ['Salim Ibrahim', { person: 'salim-ibrahim' }],
    ]);
    // a plain name nobody is named by elsewhere stays no person
    expect(entitiesOf('The ceremony ended at noon, declared a lieutenant in the army, Salim Ibrahim.').people).toEqual(
      [],
    );
  });

  it('takes a titled bare surname for the one person named in full before ("President Mohamed Muizzu … President Muizzu")', () => {
    const found = entitiesOf(
      'President Mohamed Muizzu spoke on Monday. Later, Maldives President Muizzu left for Male.',
    );
    expect(found.people.map((p) => p.name)).toEqual(['Mohamed Muizzu']);
    expect(found.roles.map((r) => [r.person, r.evidence.text])).toEqual([
      ['mohamed-muizzu', 'President Mohamed Muizzu'],
      ['mohamed-muizzu', 'Maldives President Muizzu'],
    ]);
    // two people with that surname: the bare one is nobody's full name
    expect(
      entitiesOf('President Anna Berg met Colonel Tomas Berg on Monday. Later, President Berg left.').people.map(
        (p) => p.name,
      ),
    ).toEqual(['Anna Berg', 'Tomas Berg', 'Berg']);
  });

  it('takes no person from a plain name saying something, or from a figure after a name', () => {
    const names = (text: string) => entitiesOf(text).people.map((p) => p.name);
    expect(names('Human Rights Watch said 40 people were held.')).toEqual([]);
    expect(names('Nordwind Energy rose 12 percent, and Baltic Shipping, 40 percent.')).toEqual([]);
    expect(names('Baltic Shipping, owner of the ferry, said 40 people were aboard.')).toEqual([]);
  });
});

describe('the entity stage: organizations and places', () => {
  it('makes organizations of a country\'s initials before a group noun ("US military", "the U.K. government")', () => {
    const orgs = (text: string) => entitiesOf(text).organizations.map((o) => [o.name, o.kind, o.country]);
    expect(orgs('US military said it had deployed drones.')).toEqual([['US military', 'MILITARY', 'united-states']]);
    expect(orgs('Later the U.K. government said it agreed.')).toEqual([
      ['U.K. government', 'GOVERNMENT', 'united-kingdom'],
    ]);
    // officials of the military are people, not the military; a country's full name is no demonym
    expect(orgs('U.S. military officials said the base was hit.')).toEqual([]);
    expect(orgs('Nigeria military sources said the base was hit.')).toEqual([]);
  });

  it('makes an organization of a demonym and a ministry in lower case, not when one of its people follows', () => {
    const orgs = (text: string) => entitiesOf(text).organizations.map((o) => [o.name, o.kind, o.country]);
    expect(orgs('A soldier died in an accident, the Italian defense ministry said.')).toEqual([
      ['Italian defense ministry', 'GOVERNMENT', 'italy'],
    ]);
    expect(orgs('The Indian external affairs ministry said five were killed.')).toEqual([
      ['Indian external affairs ministry', 'GOVERNMENT', 'india'],
    ]);
    expect(orgs('"It was hard," said Afghan defence ministry spokesman General Ali Rahimi.')).toEqual([]);
  });

  it('makes organizations of a command by its name ("U.S. European Command") and of a demonym\'s contingent', () => {
    const orgs = (text: string) => entitiesOf(text).organizations.map((o) => [o.name, o.kind]);
    expect(orgs('"We are ready," a U.S. European Command spokesperson told reporters.')).toEqual([
      ['U.S. European Command', 'MILITARY'],
    ]);
    expect(orgs('The road was cut, a spokesman for the Chadian contingent said.')).toEqual([
      ['Chadian contingent', 'MILITARY'],
    ]);
    // a command given is no body; the contingent's officers are people
    expect(orgs('The general took command of the base.')).toEqual([]);
    expect(orgs('Chadian contingent officers said the road was cut.')).toEqual([]);
  });

  it('makes news outlets of newspapers and broadcasters by their names ("The Sunday Times", "NBC News")', () => {
    const orgs = (text: string) => entitiesOf(text).organizations.map((o) => [o.name, o.kind]);
    expect(orgs('The Sunday Times said the troops would leave. NBC News said they were proud.')).toEqual([
      ['Sunday Times', 'NEWS_AGENCY'],
      ['NBC News', 'NEWS_AGENCY'],
    ]);
    // the words in lower case are no names
    expect(orgs('In times of war the news travels fast, the post said.')).toEqual([]);
  });

  it('knows armed groups by each spelling news prints ("Hizbullah", "Hezbollah", "al-Shabaab")', () => {
    const orgs = (text: string) => entitiesOf(text).organizations.map((o) => [o.name, o.kind, o.country]);
    // a known body's country only when the article names that country
    expect(orgs('In Lebanon, Hizbullah condemned the attack.')).toEqual([['Hizbullah', 'POLITICAL_GROUP', 'lebanon']]);
    expect(orgs('Hezbollah and Hamas said the talks had failed.')).toEqual([
      ['Hezbollah', 'POLITICAL_GROUP', null],
      ['Hamas', 'POLITICAL_GROUP', null],
    ]);
    expect(orgs('Al-Shabaab said it had attacked the base.')).toEqual([['al-Shabaab', 'POLITICAL_GROUP', null]]);
  });

  it('makes organizations of a demonym and a group noun, and of a name with a head word', () => {
    const found = entitiesOf(
      'Kyrgyz opposition leaders said security forces fired. Russian news agencies reported it, and the Russian Embassy closed.',
    );
    expect(found.organizations).toEqual([
      { key: 'kyrgyz-opposition', name: 'Kyrgyz opposition', kind: 'POLITICAL_GROUP', country: 'kyrgyzstan' },
      { key: 'russian-news-agencies', name: 'Russian news agencies', kind: 'NEWS_AGENCY', country: 'russia' },
      { key: 'russian-embassy', name: 'Russian Embassy', kind: 'DIPLOMATIC_MISSION', country: 'russia' },
    ]);
  });

  it('makes one organization of a known name before a head word, a mission with the country it serves in', () => {
    const found = entitiesOf(
      'The U.N. Stabilization Mission in Mali said the road was shut. The State Department’s Bureau of African Affairs and Resolute Support officials agreed.',
    );
    expect(found.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['U.N. Stabilization Mission in Mali', 'OTHER'],
      ['State Department', 'GOVERNMENT'],
      ['Bureau of African Affairs', 'GOVERNMENT'],
      ['Resolute Support', 'MILITARY'],
    ]);
  });

  it('knows multinational forces by their acronym alone, and ISAF as the International Security Assistance Force', () => {
    const found = entitiesOf(
      'An ISAF spokesman said the base was hit. The International Security Assistance Force sent help, and UNIFIL and KFOR officers agreed.',
    );
    expect(found.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['International Security Assistance Force', 'MILITARY'],
      ['UNIFIL', 'MILITARY'],
      ['KFOR', 'MILITARY'],
    ]);
    expect(found.mentions.filter((m) => 'organization' in m.ref).map((m) => m.text)).toEqual([
      'ISAF',
      'International Security Assistance Force',
      'UNIFIL',
      'KFOR',
    ]);
  });

  it("makes organizations of a country's government or forces named by what they are", () => {
    const found = entitiesOf(
      "Meanwhile Burma's military government says the monks were freed. Liberian rebels and the Burmese junta did not comment.",
    );
    expect(found.organizations.map((o) => [o.name, o.kind, o.country])).toEqual([
      ["Burma's military government", 'GOVERNMENT', 'myanmar'],
      ['Liberian rebels', 'POLITICAL_GROUP', 'liberia'],
      ['Burmese junta', 'GOVERNMENT', 'myanmar'],
    ]);
    expect(entitiesOf("Nigeria's army officers met.").organizations).toEqual([]);
  });

  it('makes an organization of a name with its acronym in brackets, and of the acronym after it', () => {
    const text =
      'Liberians United for Reconciliation and Democracy (LURD) held the port. LURD said it would withdraw. Charles Taylor (NPFL) spoke.';
    const found = entitiesOf(text);
    expect(found.organizations.map((o) => o.name)).toEqual(['Liberians United for Reconciliation and Democracy']);
    const lurd = found.mentions.filter((m) => 'organization' in m.ref).map((m) => m.text);
    expect(lurd).toEqual(['Liberians United for Reconciliation and Democracy', 'LURD', 'LURD']);
  });

  it('finds the country in "Nigerian-led"', () => {
    const found = entitiesOf('The Nigerian-led peacekeeping force arrived.');
    expect(found.mentions.map((m) => [m.text, m.ref, m.via])).toEqual([['Nigerian', { place: 'nigeria' }, 'DEMONYM']]);
  });

  it('does not make an organization of a demonym before any other noun', () => {
    expect(entitiesOf('Russian citizens and Kyrgyz police officers were hurt.').organizations).toEqual([]);
  });

  it('finds countries by name and demonym, capitals in their country, regions and bases', () => {
    const found = entitiesOf(
      "Russia's Kant air base lies near Bishkek, in the Central Asian nation. He was in southern Kyrgyzstan.",
      'KG',
    );
    expect(found.places.map((p) => [p.key, p.kind, p.countryCode, p.parent])).toEqual([
      ['russia', 'COUNTRY', 'RU', null],
      ['kant-air-base', 'MILITARY_BASE', 'KG', 'kyrgyzstan'],
      ['kyrgyzstan', 'COUNTRY', 'KG', null],
      ['bishkek', 'CITY', 'KG', 'kyrgyzstan'],
      ['central-asia', 'REGION', null, null],
      ['southern-kyrgyzstan', 'REGION', 'KG', 'kyrgyzstan'],
    ]);
    const demonym = found.mentions.find((m) => m.text === 'Central Asian');
    expect(demonym?.via).toBe('DEMONYM');
  });

  it('a name after a role\'s "in" phrase with no comma is where, not who: "a spokesman for the mission in New York"', () => {
    expect(
      entitiesOf('"It was a reconnaissance operation," said a spokesman for the mission in New York.').people,
    ).toEqual([]);
    expect(
      entitiesOf("The UN's spokesman in Kinshasa, Mamdou Bah, said the road was open.").people.map((p) => p.name),
    ).toEqual(['Mamdou Bah']);
  });

  it('takes a name before "province" for a region', () => {
    expect(entitiesOf('British forces will stay in Helmand province.').places.map((p) => [p.name, p.kind])).toEqual([
      ['United Kingdom', 'COUNTRY'],
      ['Helmand province', 'REGION'],
    ]);
  });

  it('a name with "of the" inside is one name; a country spelt out with its acronym stays a country', () => {
    const found = entitiesOf('French soldiers arrived in the Democratic Republic of the Congo (DRC) on Friday.');
    expect(found.places.map((p) => [p.name, p.kind])).toEqual([
      ['France', 'COUNTRY'],
      ['DR Congo', 'COUNTRY'],
    ]);
    expect(found.organizations).toEqual([]);
    expect(found.mentions.map((m) => m.text)).toEqual(['French', 'Democratic Republic of the Congo', 'DRC']);
    // a group spelt out with its acronym is still an organization
    expect(
      entitiesOf('The Movement for the Liberation of the Congo (MLC) denied it.').organizations.map((o) => o.name),
    ).toEqual(['Movement for the Liberation of the Congo']);
  });

  it('finds no place in a capitalized word the gazetteer does not know and no cue marks', () => {
    expect(entitiesOf('Kant was quiet. Georgia Smith, a resident, said so.').places).toEqual([]);
  });

  it('keeps a middle initial inside a name ("Defense Secretary William S. Cohen"), never as its end', () => {
    expect(rolesOf('Foreign Minister Anna K. Lindqvist said the talks would resume.')).toEqual([
      {
        person: 'anna-k-lindqvist',
        title: 'Foreign Minister',
        country: null,
        qualifier: null,
        evidence: 'Foreign Minister Anna K. Lindqvist',
      },
    ]);
    expect(
      entitiesOf('"We are ready," said Omar J. Haddad, a spokesman for the port.').people.map((p) => p.name),
    ).toEqual(['Omar J. Haddad']);
    // an initial before the next sentence's first word is no middle initial: the name does not run on into it
    for (const p of entitiesOf('The fleet was led by Admiral Karl B. The ships sailed.').people) {
      expect(p.name).not.toContain('The');
    }
  });

  it('takes initials run together after a title as the start of a name ("Gen. T.J. Marsh"), never a name alone', () => {
    expect(rolesOf('Gen. T.J. Marsh, commander of the brigade, visited the base.')).toEqual([
      { person: 't-j-marsh', title: 'General', country: null, qualifier: null, evidence: 'Gen. T.J. Marsh' },
    ]);
    // initials with no name word after them, and a country's initials, are no one
    expect(entitiesOf('The order came from Gen. T.J. on Monday.').people).toEqual([]);
    expect(
      entitiesOf('The order came from Gen. U.S. Army officers on Monday.').people.map((p) => p.name),
    ).not.toContain('U.S. Army');
  });

  it('gives every mention an offset that reads as its text', () => {
    const text = 'Meanwhile, ousted Kyrgyz President Kurmanbek Bakiyev told Reuters that Russia was not behind it.';
    for (const m of entitiesOf(text).mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('a last word printed twice is a misprint, unless the article calls the person by both words again', () => {
    expect(entitiesOf('Defence Minister Alan Carter Carter warned of force.').people.map((p) => p.name)).toEqual([
      'Alan Carter',
    ]);
    expect(
      entitiesOf('Interior Minister Jean Kouame Kouame spoke. Kouame Kouame said the roads were open.').people.map(
        (p) => p.name,
      ),
    ).toEqual(['Jean Kouame Kouame']);
    expect(entitiesOf('Foreign Minister Abdullah Abdullah arrived.').people.map((p) => p.name)).toEqual([
      'Abdullah Abdullah',
    ]);
  });

  it('a plain name with "van", "von", "bin" or "ibn" inside is a person; "de" inside is not enough', () => {
    const found = entitiesOf('"We must act now," Pieter van Dijk, of the liberal party, told reporters.');
    expect(found.people.map((p) => p.name)).toEqual(['Pieter van Dijk']);
    expect(entitiesOf('The ship sailed for Porto de Galinhas on Monday.').people).toEqual([]);
  });

  it('a title printed in lower case before a full name ("Former president George Bush"), never before one word', () => {
    expect(rolesOf('Former president Jorge Batlle opened the session.')).toEqual([
      {
        person: 'jorge-batlle',
        title: 'President',
        country: null,
        qualifier: 'former',
        evidence: 'Former president Jorge Batlle',
      },
    ]);
    expect(rolesOf('The talks were led by prime minister Anna Lind.').map((r) => [r.person, r.title])).toEqual([
      ['anna-lind', 'Prime Minister'],
    ]);
    expect(entitiesOf('He asked the president Monday to step down.').people).toEqual([]);
  });
});

describe("a country's people named by a plural noun", () => {
  const places = (text: string) =>
    entitiesOf(text)
      .mentions.filter((m) => 'place' in m.ref)
      .map((m) => [m.text, m.ref, m.via]);

  it('links "300 Rwandans", "the Ugandans", "two Italians" and "South Koreans" to their countries', () => {
    expect(places('The Ugandans left on Monday, and 300 Rwandans and two Italians stayed.')).toEqual([
      ['Ugandans', { place: 'uganda' }, 'DEMONYM'],
      ['Rwandans', { place: 'rwanda' }, 'DEMONYM'],
      ['Italians', { place: 'italy' }, 'DEMONYM'],
    ]);
    expect(places('About 40 South Koreans were evacuated.')).toEqual([
      ['South Koreans', { place: 'south-korea' }, 'DEMONYM'],
    ]);
  });

  it('plurals not made with "s" ("Britons", "Poles"); "Swiss" and "Chinese" as before, and never twice', () => {
    expect(places('Two Britons, three Poles, four Swiss and five Chinese were hurt.')).toEqual([
      ['Britons', { place: 'united-kingdom' }, 'DEMONYM'],
      ['Poles', { place: 'poland' }, 'DEMONYM'],
      ['Swiss', { place: 'switzerland' }, 'DEMONYM'],
      ['Chinese', { place: 'china' }, 'DEMONYM'],
    ]);
  });

  it("no country for a plural of a country's name or of a word that is no demonym", () => {
    expect(places('The Americas summit heard the Georges and the Jordans sing.')).toEqual([]);
  });
});

describe('places named through their country', () => {
  const entitiesWithPlaces = (text: string) => {
    const found = entitiesOf(text);
    return {
      mentions: found.mentions.filter((m) => 'place' in m.ref).map((m) => [m.text, m.ref]),
      places: found.places.map((p) => [p.key, p.kind, p.countryCode, p.parent]),
    };
  };

  it('"the Somali town of Beledweyne", "the Saudi Arabian city of Dhahran": a place in the demonym\'s country', () => {
    expect(entitiesWithPlaces('Troops reached the Somali town of Beledweyne on Monday.')).toEqual({
      mentions: [
        ['Somali town of Beledweyne', { place: 'beledweyne' }],
        ['Somali', { place: 'somalia' }],
      ],
      places: [
        ['somalia', 'COUNTRY', 'SO', null],
        ['beledweyne', 'CITY', 'SO', 'somalia'],
      ],
    });
    expect(entitiesWithPlaces('A bomb went off in the Saudi Arabian city of Dhahran.').places).toEqual([
      ['saudi-arabia', 'COUNTRY', 'SA', null],
      ['dhahran', 'CITY', 'SA', 'saudi-arabia'],
    ]);
  });

  it('"the Afghan province of Helmand" is a region of Afghanistan, not a region named "Afghan province"', () => {
    expect(entitiesWithPlaces('Marines patrolled the Afghan province of Helmand.').places).toEqual([
      ['afghanistan', 'COUNTRY', 'AF', null],
      ['helmand', 'REGION', 'AF', 'afghanistan'],
    ]);
  });

  it('"the Malian capital" is the capital of Mali; "the Malian capital city of trade" is none', () => {
    expect(entitiesWithPlaces('Soldiers landed in the Malian capital on Friday.')).toEqual({
      mentions: [
        ['Malian capital', { place: 'bamako' }],
        ['Malian', { place: 'mali' }],
      ],
      places: [
        ['mali', 'COUNTRY', 'ML', null],
        ['bamako', 'CITY', 'ML', 'mali'],
      ],
    });
    expect(entitiesWithPlaces('The Malian capital city of trade is Mopti.').places).toEqual([
      ['mali', 'COUNTRY', 'ML', null],
    ]);
  });

  it('a country or a lower-case word before "town of" places nothing new; a name the gazetteer knows stays its own', () => {
    expect(entitiesWithPlaces('He returned to the town of Gao and the Kenyan capital of Nairobi.').places).toEqual([
      ['kenya', 'COUNTRY', 'KE', null],
      ['nairobi', 'CITY', 'KE', 'kenya'],
    ]);
  });

  it('"Congo Republic" and "Republic of Congo" are the Republic of the Congo; "the Congo" and "DRC" the larger one', () => {
    expect(
      entitiesWithPlaces('Troops from Congo Republic and the Republic of Congo crossed into the Congo.').places,
    ).toEqual([
      ['republic-of-the-congo', 'COUNTRY', 'CG', null],
      ['dr-congo', 'COUNTRY', 'CD', null],
    ]);
    expect(entitiesWithPlaces('The DRC army said so.').places).toEqual([['dr-congo', 'COUNTRY', 'CD', null]]);
  });
});
