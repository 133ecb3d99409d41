import { describe, expect, it } from 'vitest';
import { extractCasualtyReports } from '../../src/ingest/casualties.js';
import { analyzed } from './analyzed.js';

const PLACES = {
  places: [
    { key: 'osh', name: 'Osh', kind: 'CITY' as const },
    { key: 'kabul', name: 'Kabul', kind: 'CITY' as const },
    { key: 'chile', name: 'Chile', kind: 'COUNTRY' as const },
  ],
};
const extract = (body: string, dates: Array<{ text: string; day: string }> = []) =>
  extractCasualtyReports(analyzed(body, PLACES, { publishedOn: '2024-03-08', dates }));
const figures = (body: string) =>
  extract(body).map((r) => [r.category, r.count, r.countLow, r.countHigh, r.qualifier, r.statedCount, r.victims]);

describe('casualty reports', () => {
  it('one victim as an object, a second object after "and", "the killing of dozens", "three of those who …"', () => {
    expect(
      figures('Militants ambushed a patrol, killing a U.S. soldier and at least four Afghan police officers.'),
    ).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'a', 'U.S. soldier'],
      ['KILLED', 4, 4, null, 'AT_LEAST', 'at least four', 'Afghan police officers'],
    ]);
    // a new clause after "and" is no second object of the verb
    expect(figures('The blast killed two soldiers and 12 civilians were wounded.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'two', 'soldiers'],
      ['INJURED', 12, 12, 12, 'EXACT', '12', 'civilians'],
    ]);
    expect(figures('The raid follows the killing of dozens of rebels in the hills.').map((f) => f.slice(0, 5))).toEqual(
      [['KILLED', null, 24, null, 'AT_LEAST']],
    );
    expect(figures('At least three of those who fired on the U.S. troops also were killed.')).toEqual([
      ['KILLED', 3, 3, null, 'AT_LEAST', 'At least three', null],
    ]);
    expect(
      figures(
        'A third soldier and two police officers were wounded, and an engineer working for the mission was slain.',
      ),
    ).toEqual([
      ['INJURED', 1, 1, 1, 'EXACT', 'A', 'third soldier'],
      ['INJURED', 2, 2, 2, 'EXACT', 'two', 'police officers'],
      ['KILLED', 1, 1, 1, 'EXACT', 'an', 'engineer'],
    ]);
  });

  it('victims in a relative clause: "the 12,000 soldiers that died", "Two soldiers who were wounded"', () => {
    expect(
      figures('A statue recalls the 12,000 Syrian soldiers that died on Lebanese soil.').map((f) => f.slice(0, 2)),
    ).toEqual([['KILLED', 12000]]);
    expect(figures('Two soldiers who were wounded on Monday are in hospital.').map((f) => f.slice(0, 2))).toEqual([
      ['INJURED', 2],
    ]);
    expect(figures('The 12 soldiers who survived were flown home.')).toEqual([]);
  });

  it('"lost a soldier", "has lost another peacekeeper": a loss of one; a seat, a tooth or a player lost is none', () => {
    expect(figures('The battalion lost a soldier near the border on Tuesday.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'a', 'soldier'],
    ]);
    expect(figures('Kenya has lost another peacekeeper in Somalia.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'another', 'peacekeeper'],
    ]);
    expect(figures('The party lost a seat, the striker lost a tooth and the club lost another player.')).toEqual([]);
  });

  it('one victim told by a relative clause ("the shooter, who was killed"); a shooter is of the other side', () => {
    expect(
      figures(
        'An interpreter was also killed. Police asked whether the shooter, who was killed in the exchange, was a soldier.',
      ),
    ).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'An', 'interpreter'],
      ['KILLED', 1, 1, 1, 'EXACT', 'the', 'shooter'],
    ]);
    expect(figures('A policeman, who was wounded in the leg, spoke to reporters.')).toEqual([
      ['INJURED', 1, 1, 1, 'EXACT', 'A', 'policeman'],
    ]);
    // the same victim told again is one report; a minister is no victim word
    expect(figures('A soldier was killed on Monday. The soldier, who was killed near Osh, was 24.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'A', 'soldier'],
    ]);
    expect(figures('The minister, who was arrested in 2010, spoke on Monday.')).toEqual([]);
  });

  it('a nationality alone names victims: "Two Kenyan soldiers and an Ethiopian were killed", "An Italian was wounded"', () => {
    expect(figures('Two Kenyan soldiers and an Ethiopian were killed near the border.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'Two', 'Kenyan soldiers'],
      ['KILLED', 1, 1, 1, 'EXACT', 'an', 'Ethiopian'],
    ]);
    expect(figures('An Italian was wounded in the blast.')).toEqual([['INJURED', 1, 1, 1, 'EXACT', 'An', 'Italian']]);
    // a nationality before another noun is no victim unless the noun is one
    expect(figures('A Kenyan spokesman was quoted, and an Italian delegation was received.')).toEqual([]);
  });

  it('"a ninth was wounded": one more of the victims counted before, up to the tenth', () => {
    expect(figures('Eight soldiers were killed and a ninth was wounded.')).toEqual([
      ['KILLED', 8, 8, 8, 'EXACT', 'Eight', 'soldiers'],
      ['INJURED', 1, 1, 1, 'EXACT', 'a', 'soldiers'],
    ]);
    expect(figures('Eight soldiers were killed, and a ninth round of talks was held.')).toEqual([
      ['KILLED', 8, 8, 8, 'EXACT', 'Eight', 'soldiers'],
    ]);
  });

  it('killings by execution: "executed 12 soldiers", "shot dead three policemen", "were beheaded"; not orders executed', () => {
    expect(figures('The militants executed 12 soldiers and beheaded two police officers.')).toEqual([
      ['KILLED', 12, 12, 12, 'EXACT', '12', 'soldiers'],
      ['KILLED', 2, 2, 2, 'EXACT', 'two', 'police officers'],
    ]);
    expect(figures('Gunmen shot dead three policemen in Osh.')).toEqual([
      ['KILLED', 3, 3, 3, 'EXACT', 'three', 'policemen'],
    ]);
    expect(figures('Four hostages were beheaded.')).toEqual([['KILLED', 4, 4, 4, 'EXACT', 'Four', 'hostages']]);
    expect(figures('The army executed 12 orders and the band massacred 40 songs.')).toEqual([]);
  });

  it('captives taken: "took 40 prisoners", "taking 12 soldiers prisoner"; not things taken, nor hostages', () => {
    expect(figures('The rebels overran the garrison and took 40 prisoners.')).toEqual([
      ['ARRESTED', 40, 40, 40, 'EXACT', '40', 'prisoners'],
    ]);
    expect(figures('The army stormed the camp, taking 12 rebels prisoner.')).toEqual([
      ['ARRESTED', 12, 12, 12, 'EXACT', '12', 'rebels'],
    ]);
    expect(
      figures(
        'Ambulances took 12 soldiers to hospital. The rebels took 40 villages. It took 30 troops a week to arrive.',
      ),
    ).toEqual([]);
    // a kidnapping is no arrest
    expect(figures('Gunmen stormed the hotel, taking 20 people hostage.')).toEqual([]);
  });

  it('"we lost three peacekeepers" is a death toll; a loss of seats or money is not', () => {
    expect(figures('"We lost three Kenyan peacekeepers before dawn," the spokesman said.')).toEqual([
      ['KILLED', 3, 3, 3, 'EXACT', 'three', 'Kenyan peacekeepers'],
    ]);
    expect(figures('The ruling party lost three seats and the firm lost 40 million dollars.')).toEqual([]);
  });

  it('a count before its category, with victims, cause (up to the place), place and day', () => {
    const [r] = extract('Two people were killed in clashes with police in Osh on Wednesday.', [
      { text: 'Wednesday', day: '2024-03-06' },
    ]);
    expect(r).toMatchObject({
      category: 'KILLED',
      count: 2,
      countLow: 2,
      countHigh: 2,
      qualifier: 'EXACT',
      statedCount: 'Two',
      victims: 'people',
      cause: 'clashes with police',
      place: 'osh',
      occurredOn: '2024-03-06',
    });
  });

  it('a verb before the count: killing, wounding, arrested, displaced, and "left … dead"', () => {
    expect(
      figures('A suicide bombing at a market in Kabul killed at least 12 civilians and wounded dozens more.'),
    ).toEqual([
      ['KILLED', 12, 12, null, 'AT_LEAST', 'at least 12', 'civilians'],
      ['INJURED', null, 24, null, 'AT_LEAST', 'dozens', 'civilians'],
    ]);
    expect(figures('Police arrested more than 300 protesters overnight.')).toEqual([
      ['ARRESTED', 300, null, null, 'MORE_THAN', 'more than 300', 'protesters'],
    ]);
    expect(figures('The floods have displaced tens of thousands of families.')).toEqual([
      ['DISPLACED', null, 20000, null, 'AT_LEAST', 'tens of thousands', 'families'],
    ]);
    // boats are no victims: "left … missing" counts people only
    expect(figures('The storm left seven boats missing.')).toEqual([]);
    expect(figures('The storm left seven sailors missing.')).toEqual([
      ['MISSING', 7, 7, 7, 'EXACT', 'seven', 'sailors'],
    ]);
  });

  it('the same victims for a second count in the sentence; words and digits; ranges', () => {
    expect(figures('Seventy-five people were killed and 1,200 injured in the earthquake in Chile.')).toEqual([
      ['KILLED', 75, 75, 75, 'EXACT', 'Seventy-five', 'people'],
      ['INJURED', 1200, 1200, 1200, 'EXACT', '1,200', 'people'],
    ]);
    expect(figures('Between 40 and 60 protesters were detained, witnesses said.')).toEqual([
      ['ARRESTED', null, 40, 60, 'APPROXIMATELY', 'Between 40 and 60', 'protesters'],
    ]);
  });

  it('qualifiers: up to, nearly, about, and a death toll', () => {
    expect(figures('Up to 30 soldiers are missing after the ambush.')).toEqual([
      ['MISSING', 30, null, 30, 'UP_TO', 'Up to 30', 'soldiers'],
    ]);
    expect(figures('Nearly 100 people died when the ferry capsized.')).toEqual([
      ['KILLED', 100, null, 100, 'APPROXIMATELY', 'Nearly 100', 'people'],
    ]);
    expect(figures('About 40 people were hurt.')).toEqual([
      ['INJURED', 40, null, null, 'APPROXIMATELY', 'About 40', 'people'],
    ]);
    expect(figures('The death toll rose to 41 on Friday.')).toEqual([['KILLED', 41, 41, 41, 'EXACT', '41', null]]);
  });

  it('arrests told without an arrest word: took away, rounded up, seized, hauled away', () => {
    const [r] = extract('Soldiers raided a monastery in Osh and took away at least 100 monks.');
    expect(r).toMatchObject({
      category: 'ARRESTED',
      count: 100,
      countLow: 100,
      qualifier: 'AT_LEAST',
      victims: 'monks',
      place: 'osh',
    });
    expect(figures('About 200 protesters were rounded up overnight.')).toEqual([
      ['ARRESTED', 200, null, null, 'APPROXIMATELY', 'About 200', 'protesters'],
    ]);
    expect(figures('Troops seized 40 opposition supporters and hauled away 15 students.')).toEqual([
      ['ARRESTED', 40, 40, 40, 'EXACT', '40', 'opposition supporters'],
      ['ARRESTED', 15, 15, 15, 'EXACT', '15', 'students'],
    ]);
  });

  it('one victim told with an article, victims printed with "U.S.", service members and teachers', () => {
    expect(figures('A Chilean peacekeeper was killed and four others wounded when their truck hit a mine.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'A', 'Chilean peacekeeper'],
      ['INJURED', 4, 4, 4, 'EXACT', 'four', 'others'],
    ]);
    expect(figures('Police said an Afghan soldier was also killed near Kabul.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'an', 'Afghan soldier'],
    ]);
    expect(figures('Officials say three U.S. troops killed on Monday were hit by mistake.')).toEqual([
      ['KILLED', 3, 3, 3, 'EXACT', 'three', 'U.S. troops'],
    ]);
    expect(figures('One U.S. service member was killed and one teacher was reportedly wounded.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'One', 'U.S. service member'],
      ['INJURED', 1, 1, 1, 'EXACT', 'one', 'teacher'],
    ]);
  });

  it('victims with where they come from, militiamen and attackers, and "slain" or "murdered"', () => {
    expect(
      figures('The attack came two weeks after five U.N. peacekeepers from Chad were killed and three others injured.'),
    ).toEqual([
      ['KILLED', 5, 5, 5, 'EXACT', 'five', 'U.N. peacekeepers'],
      ['INJURED', 3, 3, 3, 'EXACT', 'three', 'others'],
    ]);
    expect(figures('Five soldiers were injured and two Afghan militiamen were killed Saturday near Osh.')).toEqual([
      ['INJURED', 5, 5, 5, 'EXACT', 'Five', 'soldiers'],
      ['KILLED', 2, 2, 2, 'EXACT', 'two', 'Afghan militiamen'],
    ]);
    expect(figures('One attacker was wounded and is now in custody.')).toEqual([
      ['INJURED', 1, 1, 1, 'EXACT', 'One', 'attacker'],
    ]);
    expect(figures('Two days ago a water engineer was murdered near Kabul.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'a', 'water engineer'],
    ]);
  });

  it('no count of one in "a group of soldiers", a plural victim, or a victim with no casualty verb', () => {
    for (const body of [
      'A group of soldiers was killed in the ambush.',
      'A soldier was promoted on Tuesday.',
      'An officer was sent to Osh.',
    ]) {
      expect(extract(body), body).toEqual([]);
    }
  });

  it('no victims of the ones who did it: "Two gunmen killed five soldiers"', () => {
    expect(figures('Two gunmen killed five soldiers and wounded a guard near Osh.')).toEqual([
      ['KILLED', 5, 5, 5, 'EXACT', 'five', 'soldiers'],
      ['INJURED', 1, 1, 1, 'EXACT', 'a', 'guard'],
    ]);
    expect(figures('Three militants wounded two policemen at the gate.')).toEqual([
      ['INJURED', 2, 2, 2, 'EXACT', 'two', 'policemen'],
    ]);
    expect(figures('Two gunmen were killed the same night.')).toEqual([['KILLED', 2, 2, 2, 'EXACT', 'Two', 'gunmen']]);
  });

  it('"claimed the life of" one victim, a second object after a name, a victim named by an organization', () => {
    expect(
      figures(
        'The mortar attack claimed the life of a Polish soldier, Corporal Adam Nowak, and three NATO Support Agency contractors.',
      ),
    ).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'a', 'Polish soldier'],
      ['KILLED', 3, 3, 3, 'EXACT', 'three', 'NATO Support Agency contractors'],
    ]);
    // "claimed" alone needs "lives": "claimed 40 seats" is no casualty
    expect(figures('The party claimed 40 seats in the assembly.')).toEqual([]);
  });

  it('"alleged terrorists were killed", "militants were captured": suspects and captures', () => {
    expect(figures('Army officers have said 27 suspected extremists were killed near the border.')).toEqual([
      ['KILLED', 27, 27, 27, 'EXACT', '27', 'suspected extremists'],
    ]);
    expect(figures('At least six insurgents were captured, the army said.')).toEqual([
      ['ARRESTED', 6, 6, null, 'AT_LEAST', 'At least six', 'insurgents'],
    ]);
    expect(figures('Troops captured 11 fighters in a dawn raid.')).toEqual([
      ['ARRESTED', 11, 11, 11, 'EXACT', '11', 'fighters'],
    ]);
  });

  it('"taken prisoner", "forced from their homes", "another soldier died", victims "with" a unit before a passive verb', () => {
    expect(figures('A further 30 mutineers were taken prisoner.')).toEqual([
      ['ARRESTED', 30, 30, 30, 'EXACT', '30', 'mutineers'],
    ]);
    expect(figures('About 5,000 villagers were forced from their homes by the floods.')).toEqual([
      ['DISPLACED', 5000, null, null, 'APPROXIMATELY', 'About 5,000', 'villagers'],
    ]);
    expect(figures('Two French officers with a mediation team were killed in the attack.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'Two', 'French officers'],
    ]);
    expect(figures('Another Italian soldier died on Thursday in an accident.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'Another', 'Italian soldier'],
    ]);
    // "another" before a number is that number, not one more victim
    expect(figures('Another 20 soldiers were killed in the north.')).toEqual([
      ['KILLED', 20, 20, 20, 'EXACT', '20', 'soldiers'],
    ]);
    // without a passive verb the officers are the ones who killed, not the dead
    expect(figures('Two officers with the mediation team killed 10 rebels.')).toEqual([
      ['KILLED', 10, 10, 10, 'EXACT', '10', 'rebels'],
    ]);
  });

  it('no arrest when such a verb takes things, not people', () => {
    for (const body of [
      'Customs officers seized 300 rifles at the border.',
      'Rebels captured three villages and 20 vehicles.',
      'Two towns were captured by the army.',
      'The army took away 20 trucks of grain.',
      'Police rounded up 12 stray dogs.',
      'Rebels seized two towns in the north.',
    ]) {
      expect(extract(body), body).toEqual([]);
    }
  });

  it('"service personnel have died", "the killings of two villagers"', () => {
    expect(figures('So far 212 Canadian service personnel have died in the mission.')).toEqual([
      ['KILLED', 212, 212, 212, 'EXACT', '212', 'Canadian service personnel'],
    ]);
    expect(figures('Police were investigating the killings of two villagers near the border.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'two', 'villagers'],
    ]);
    expect(figures('The killings of 2023 shocked the town.')).toEqual([]);
  });

  it('a figure repeated later in the article is one report', () => {
    expect(figures('At least 75 people were killed. Officials said at least 75 people were killed.')).toHaveLength(1);
  });

  it('does not take ages, years, times, money, units or counts of things', () => {
    for (const body of [
      'A 75-year-old man was among the dead.',
      'In 2010, the company paid $5 million to two companies.',
      'At 10:30 a.m. about 40 people gathered outside the court.',
      'The president sent two companies of paratroopers.',
      'He was jailed for 12 years after the riots.',
      'Page 2 of 3. Share this article. 14 comments.',
      'Ten people held a vigil for those killed last year.',
    ]) {
      expect(extract(body), body).toEqual([]);
    }
  });

  it('nationals counted as victims ("14 Britons were dead"), a clause\'s victims "killing them", one who "also died"', () => {
    expect(figures('Rescuers said 14 Britons were dead after the coach overturned.')).toEqual([
      ['KILLED', 14, 14, 14, 'EXACT', '14', 'Britons'],
    ]);
    expect(figures('The mine struck a truck carrying four Dutch engineers on Monday, killing them instantly.')).toEqual(
      [['KILLED', 4, 4, 4, 'EXACT', 'four', 'Dutch engineers']],
    );
    expect(figures('A local driver travelling with the convoy also died in the ambush.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'A', 'local driver'],
    ]);
  });

  it('none for a natural death, a count of things "killing" nothing, or nationals who are not hurt', () => {
    for (const body of [
      'A former driver for the team died of cancer on Sunday.',
      'Three Americans were elected to the board.',
      'The storm flattened 40 houses, killing the harvest.',
      'The convoy carrying 30 Kenyan soldiers, attacked on Monday, reached the base.',
    ]) {
      expect(extract(body), body).toEqual([]);
    }
  });

  it('coordinated victims ("Four Kenyan soldiers and a police officer were killed"): each count with its own victims', () => {
    expect(figures('Four Kenyan soldiers and a police officer were killed near the border.')).toEqual([
      ['KILLED', 4, 4, 4, 'EXACT', 'Four', 'Kenyan soldiers'],
      ['KILLED', 1, 1, 1, 'EXACT', 'a', 'police officer'],
    ]);
    expect(figures('Militants claimed 30 government troops and two policemen died in the raid.')).toEqual([
      ['KILLED', 30, 30, 30, 'EXACT', '30', 'government troops'],
      ['KILLED', 2, 2, 2, 'EXACT', 'two', 'policemen'],
    ]);
    // things coordinated with people, and killers coordinated as the subject of an active verb, are no victims
    for (const body of [
      'Police seized 40 rifles and three trucks were captured at the depot.',
      'Two gunmen and a driver killed six villagers.',
    ]) {
      expect(
        figures(body).filter((f) => f[6] !== 'villagers'),
        body,
      ).toEqual([]);
    }
  });

  it('counts listed after "including", "among the dead", how badly ("seriously wounded"), a toll of someone', () => {
    expect(figures('The bombing killed 22 people, including five children and two teachers, officials said.')).toEqual([
      ['KILLED', 22, 22, 22, 'EXACT', '22', 'people'],
      ['KILLED', 5, 5, 5, 'EXACT', 'five', 'children'],
      ['KILLED', 2, 2, 2, 'EXACT', 'two', 'teachers'],
    ]);
    expect(figures('Officials said one teacher from the village school was among the dead.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'one', 'teacher'],
    ]);
    expect(figures('Among the wounded were three firefighters.')).toEqual([
      ['INJURED', 3, 3, 3, 'EXACT', 'three', 'firefighters'],
    ]);
    expect(figures('Since 2005 the mission has had 17 dead and 80 seriously wounded.')).toEqual([
      ['KILLED', 17, 17, 17, 'EXACT', '17', null],
      ['INJURED', 80, 80, 80, 'EXACT', '80', null],
    ]);
    expect(figures('The ambush took the death toll of U.N. peacekeepers in the region to 31.')).toEqual([
      ['KILLED', 31, 31, 31, 'EXACT', '31', null],
    ]);
    expect(figures('The war killed 9,000 people and 1.2 million became refugees.')).toEqual([
      ['KILLED', 9000, 9000, 9000, 'EXACT', '9,000', 'people'],
      ['DISPLACED', 1200000, 1200000, 1200000, 'EXACT', '1.2 million', 'people'],
    ]);
    expect(figures('Thousands of residents were fleeing the fighting on Sunday.').map((f) => f.slice(0, 5))).toEqual([
      ['DISPLACED', null, 2000, null, 'AT_LEAST'],
    ]);
    for (const body of [
      'Police said 30 suspects were fleeing when they were caught.',
      'Five became refugees’ advocates after the war.',
      'The toll of the drought on 40 villages was heavy.',
      'The minister, including 12 aides, visited the wounded.',
      'Among the guests were two ministers.',
      'A 60-year-old farmer was among the dead.',
    ]) {
      expect(extract(body), body).toEqual([]);
    }
  });
});

describe('injuries told as care or harm suffered', () => {
  it('"64 people are hospitalized", "about 200 other people were treated for their injuries", "Three others sustained serious injuries"', () => {
    const brief = (body: string) => figures(body).map((f) => f.slice(0, 5));
    expect(brief('Currently 64 people are hospitalized, one in serious condition.')).toEqual([
      ['INJURED', 64, 64, 64, 'EXACT'],
    ]);
    expect(brief('About 200 other people were treated for their injuries.')).toEqual([
      ['INJURED', 200, null, null, 'APPROXIMATELY'],
    ]);
    expect(brief('Three others sustained serious injuries.')).toEqual([['INJURED', 3, 3, 3, 'EXACT']]);
  });

  it('a stay in hospital for an illness, and losses a company sustained, are no injuries', () => {
    expect(figures('Two soldiers were hospitalized for malaria.')).toEqual([]);
    expect(figures('The two companies sustained heavy losses.')).toEqual([]);
  });
});

describe('twelfth round: victims, verbs and totals the rules did not know', () => {
  it('blue helmets, members of a body, a name of up to three words before the victims, "a fourth" after a count', () => {
    expect(figures('Three blue helmets were killed and a fourth was seriously wounded near the airport.')).toEqual([
      ['KILLED', 3, 3, 3, 'EXACT', 'Three', 'blue helmets'],
      ['INJURED', 1, 1, 1, 'EXACT', 'a', 'blue helmets'],
    ]);
    expect(figures('Five members of the same family were killed when the shell hit their house.')).toEqual([
      ['KILLED', 5, 5, 5, 'EXACT', 'Five', 'members of the same family'],
    ]);
    expect(figures('Two New Zealand special forces soldiers were killed in Kabul.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'Two', 'New Zealand special forces soldiers'],
    ]);
    expect(figures('A third New Zealand PRT soldier died last week.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'A', 'third New Zealand PRT soldier'],
    ]);
    expect(figures('Two Marines died in the crash, and four paratroopers were wounded.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'Two', 'Marines'],
      ['INJURED', 4, 4, 4, 'EXACT', 'four', 'paratroopers'],
    ]);
    expect(figures('A government official was killed and twelve fishermen were detained.')).toEqual([
      ['KILLED', 1, 1, 1, 'EXACT', 'A', 'government official'],
      ['ARRESTED', 12, 12, 12, 'EXACT', 'twelve', 'fishermen'],
    ]);
    expect(figures('Three officials said the talks had failed.')).toEqual([]);
    // an ordinal with no casualty verb, and members of a body that is no victim
    expect(figures('A fourth was added to the list of candidates.')).toEqual([]);
    expect(figures('Five members of parliament were elected on Sunday.')).toEqual([]);
  });

  it('victims set off by ", including …" without the closing comma, and serving with a force before the verb', () => {
    expect(figures('Six villagers, including two children were killed in the raid.')).toEqual([
      ['KILLED', 6, 6, 6, 'EXACT', 'Six', 'villagers'],
      ['KILLED', 2, 2, 2, 'EXACT', 'two', 'children'],
    ]);
    expect(figures('Two soldiers serving with the United Nations mission have been killed by a mine.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'Two', 'soldiers'],
    ]);
    expect(figures('Two soldiers serving with the mission have been promoted.')).toEqual([]);
    expect(figures('Three soldiers on a routine patrol were killed.')).toEqual([
      ['KILLED', 3, 3, 3, 'EXACT', 'Three', 'soldiers'],
    ]);
    expect(figures('Twelve people aboard the ferry were missing.')).toEqual([
      ['MISSING', 12, 12, 12, 'EXACT', 'Twelve', 'people'],
    ]);
    expect(figures('Two soldiers in the convoy were unhurt.')).toEqual([]);
  });

  it('"treated for minor injuries", "drowned", "shot dead"; not a motion shot down or a proposal that perished', () => {
    expect(figures('The other two soldiers are being treated for minor injuries.')).toEqual([
      ['INJURED', 2, 2, 2, 'EXACT', 'two', 'soldiers'],
    ]);
    expect(figures('Twelve migrants drowned when their boat capsized.')).toEqual([
      ['KILLED', 12, 12, 12, 'EXACT', 'Twelve', 'migrants'],
    ]);
    expect(figures('Two guards were shot dead at the gate.')).toEqual([['KILLED', 2, 2, 2, 'EXACT', 'Two', 'guards']]);
    expect(figures('Two soldiers were treated for minor ailments.')).toEqual([]);
    expect(figures('Two motions were shot down in the assembly.')).toEqual([]);
    expect(figures('Three proposals perished in committee.')).toEqual([]);
  });

  it('a running total with a casualty word in it, "the deaths of", a toll put "from" an event "at"', () => {
    expect(figures('The attack takes the number of peacekeepers killed in Darfur since 2008 to 27.')).toEqual([
      ['KILLED', 27, 27, 27, 'EXACT', '27', null],
    ]);
    expect(figures('Two soldiers died in Kabul, bringing the total losses in Afghanistan to five.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'Two', 'soldiers'],
      ['KILLED', 5, 5, 5, 'EXACT', 'five', 'soldiers'],
    ]);
    expect(figures('The battalion brings the total number of troops in the country to 5,000.')).toEqual([]);
    expect(figures('The number of people killed in the clashes has risen to 40.')).toEqual([
      ['KILLED', 40, 40, 40, 'EXACT', '40', null],
    ]);
    expect(figures('Officials put the number of dead at 12.')).toEqual([['KILLED', 12, 12, 12, 'EXACT', '12', null]]);
    expect(figures('The number of troops in the country rose to 5,000.')).toEqual([]);
    expect(figures('Two children were among those killed. Among those wounded were three policemen.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'Two', 'children'],
      ['INJURED', 3, 3, 3, 'EXACT', 'three', 'policemen'],
    ]);
    expect(figures('Two diplomats were among those invited.')).toEqual([]);
    expect(figures('With the deaths of two engineers this year, the firm changed its rules.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'two', 'engineers'],
    ]);
    expect(figures('The deaths of two shocked the town.')).toEqual([]);
    expect(figures('A police official put the death toll from the blast at five.')).toEqual([
      ['KILLED', 5, 5, 5, 'EXACT', 'five', null],
    ]);
  });

  it('driven from their homes, displaced people, lives a rampage cost; not jobs, nor refugees alone', () => {
    expect(figures('The violence has driven 20,000 people from their homes.')).toEqual([
      ['DISPLACED', 20000, 20000, 20000, 'EXACT', '20,000', 'people'],
    ]);
    expect(figures('The militias drove more than 300,000 people from their homes.')).toEqual([
      ['DISPLACED', 300000, null, null, 'MORE_THAN', 'more than 300,000', 'people'],
    ]);
    expect(figures('The camps hold more than 400,000 refugees and internally displaced people.')).toEqual([
      ['DISPLACED', 400000, null, null, 'MORE_THAN', 'more than 400,000', null],
    ]);
    expect(figures('The rampage cost at least several hundred lives.')).toEqual([
      ['KILLED', null, 200, null, 'AT_LEAST', 'at least several hundred', null],
    ]);
    expect(figures('The storm forced 12 fishermen to return to port.')).toEqual([]);
    expect(figures('The strike cost 300 jobs.')).toEqual([]);
    expect(figures('Aid reached 400,000 refugees in the east.')).toEqual([]);
  });

  it('"remain missing", "were left dead", "shot and killed", "succumbed to their wounds", "the bodies of", "killed all"', () => {
    expect(figures('Officials said 17 people remain missing after the flood.')).toEqual([
      ['MISSING', 17, 17, 17, 'EXACT', '17', 'people'],
    ]);
    expect(figures('At least 10 people were left dead by the storm.')).toEqual([
      ['KILLED', 10, 10, null, 'AT_LEAST', 'At least 10', 'people'],
    ]);
    expect(figures('Police said three protesters were shot and killed.')).toEqual([
      ['KILLED', 3, 3, 3, 'EXACT', 'three', 'protesters'],
    ]);
    expect(figures('Two soldiers later succumbed to their wounds in hospital.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'Two', 'soldiers'],
    ]);
    expect(figures('Rescuers recovered the bodies of 12 migrants on Sunday.')).toEqual([
      ['KILLED', 12, 12, 12, 'EXACT', '12', 'migrants'],
    ]);
    expect(figures('The crash killed all 10 passengers on board.')).toEqual([
      ['KILLED', 10, 10, 10, 'EXACT', '10', 'passengers'],
    ]);
    expect(figures('The dead included four soldiers and a police officer.')).toEqual([
      ['KILLED', 4, 4, 4, 'EXACT', 'four', 'soldiers'],
    ]);
    // "killed or injured" is no one category; leaving a town, bodies not of people, those who remain are none
    for (const body of [
      'Eight people were killed or injured in the blast.',
      'Two soldiers left Kabul on Monday.',
      'Rescuers found the bodies of two.',
      'The 12 who remain are safe.',
      'The list included four soldiers.',
    ]) {
      expect(figures(body), body).toEqual([]);
    }
  });

  it('the same figure of the attackers after one of their victims is a second report; of the same side, one', () => {
    expect(
      figures('Three peacekeepers were killed in the ambush. Three attackers were killed in the firefight.'),
    ).toEqual([
      ['KILLED', 3, 3, 3, 'EXACT', 'Three', 'peacekeepers'],
      ['KILLED', 3, 3, 3, 'EXACT', 'Three', 'attackers'],
    ]);
    expect(figures('Three peacekeepers were killed. The three soldiers were killed near the camp.')).toHaveLength(1);
  });

  it('a flight is told of those who fled ("have fled the fighting"); "dead or captured" is no one category', () => {
    expect(figures('More than one million Sudanese have fled the fighting in the region.')).toEqual([
      ['DISPLACED', 1000000, null, null, 'MORE_THAN', 'More than one million', 'Sudanese'],
    ]);
    expect(figures('Eighteen soldiers have died in Iraq and more than two dozen have been wounded.')).toEqual([
      ['KILLED', 18, 18, 18, 'EXACT', 'Eighteen', 'soldiers'],
      ['INJURED', 24, null, null, 'MORE_THAN', 'more than two dozen', 'soldiers'],
    ]);
    // the counted are the killers when the verb takes an object
    expect(figures('Three gunmen killed the guards.')).toEqual([]);
    for (const body of [
      'The clashes left more than two dozen insurgents dead or captured.',
      'Five militants were killed or captured in the raid.',
    ]) {
      expect(figures(body), body).toEqual([]);
    }
  });

  it('victims named once for two counts by nationality, and the dead counted by their bodies', () => {
    expect(figures('The envoy condemned the killing of seven Malawian and one Tanzanian peacekeepers.')).toEqual([
      ['KILLED', 7, 7, 7, 'EXACT', 'seven', 'Malawian peacekeepers'],
      ['KILLED', 1, 1, 1, 'EXACT', 'one', 'Tanzanian peacekeepers'],
    ]);
    expect(figures('Three American and two British soldiers were killed in the attack.')).toEqual([
      ['KILLED', 3, 3, 3, 'EXACT', 'Three', 'American soldiers'],
      ['KILLED', 2, 2, 2, 'EXACT', 'two', 'British soldiers'],
    ]);
    expect(figures('The morgue received a half-dozen corpses of army soldiers.')).toEqual([
      ['KILLED', 6, null, null, 'APPROXIMATELY', 'a half-dozen', 'army soldiers'],
    ]);
    for (const body of [
      'Two French and three German soldiers arrived in the capital.',
      'The minister met seven Malawian and one Tanzanian officers.',
      'Divers searched 12 bodies of water near the camp.',
    ]) {
      expect(figures(body), body).toEqual([]);
    }
  });

  it('"others" in the sentence of the same figure are new victims; in a later sentence they repeat it', () => {
    expect(figures('Two soldiers were killed by a mine and two others died in a road accident.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'Two', 'soldiers'],
      ['KILLED', 2, 2, 2, 'EXACT', 'two', 'others'],
    ]);
    expect(figures('Two soldiers were killed by a mine. Two others died in a road accident.')).toEqual([
      ['KILLED', 2, 2, 2, 'EXACT', 'Two', 'soldiers'],
    ]);
  });
});

describe('fourteenth round: all on board, a list between dashes, a part listed before its verb, a total told after its count', () => {
  it('"killing all on board" after the clause of a count; not time killed after things counted', () => {
    expect(figures('A ferry carrying 83 passengers sank off the coast on Friday, killing all on board.')).toEqual([
      ['KILLED', 83, 83, 83, 'EXACT', '83', 'passengers'],
    ]);
    expect(figures('The truck bringing 30 tonnes of grain to the camp overturned, killing all aboard.')).toEqual([]);
  });

  it('victims with their parts between dashes before the verb; the parts are no figures of their own', () => {
    expect(figures('Nine Britons - six soldiers and three aid workers - were killed in the ambush.')).toEqual([
      ['KILLED', 9, 9, 9, 'EXACT', 'Nine', 'Britons'],
    ]);
    expect(figures('Twelve trucks – most of them loaded with food – were stopped at the border.')).toEqual([]);
  });

  it('"34 soldiers, including 14 Italians, were wounded": the listed part is a figure of its own', () => {
    expect(figures('Police said 120 protesters, including 15 students, were arrested in the capital.')).toEqual([
      ['ARRESTED', 120, 120, 120, 'EXACT', '120', 'protesters'],
      ['ARRESTED', 15, 15, 15, 'EXACT', '15', 'students'],
    ]);
    expect(figures('The 200 delegates, including 35 women, were elected on Sunday.')).toEqual([]);
  });

  it('"It brings to eight the number of … killed": a running total told after its count; not a count of signatories', () => {
    expect(figures('The ambush brought to 31 the number of Kenyan soldiers killed in Somalia this year.')).toEqual([
      ['KILLED', 31, 31, 31, 'EXACT', '31', null],
    ]);
    expect(figures('The vote brings to 14 the number of states that have ratified the treaty.')).toEqual([]);
  });

  it('a second object of one casualty verb with the same count names other victims; the same victims again do not', () => {
    expect(figures('The blast killed three Afghan soldiers and three interpreters near the gate.')).toEqual([
      ['KILLED', 3, 3, 3, 'EXACT', 'three', 'Afghan soldiers'],
      ['KILLED', 3, 3, 3, 'EXACT', 'three', 'interpreters'],
    ]);
    expect(figures('Three soldiers were killed on Monday. A second blast killed three soldiers in the town.')).toEqual([
      ['KILLED', 3, 3, 3, 'EXACT', 'Three', 'soldiers'],
    ]);
  });

  it('a part of a toll told by its time ("including 12 this year"); not a part told by place, nor of things lost', () => {
    expect(
      figures('The mission has lost 96 peacekeepers since 2013 – including 12 so far this year – officials said.'),
    ).toEqual([
      ['KILLED', 96, 96, 96, 'EXACT', '96', 'peacekeepers'],
      ['KILLED', 12, 12, 12, 'EXACT', '12', 'peacekeepers'],
    ]);
    expect(figures('The storm killed 30 people, including 8 in the port.')).toEqual([
      ['KILLED', 30, 30, 30, 'EXACT', '30', 'people'],
    ]);
    expect(figures('The club lost 30 games, including 8 this year.')).toEqual([]);
  });

  it('servicemembers as victims, refugees fleeing fighting; not refugees fleeing a country by name', () => {
    expect(figures('Officials said 11 American servicemembers were wounded.')).toEqual([
      ['INJURED', 11, 11, 11, 'EXACT', '11', 'American servicemembers'],
    ]);
    expect(figures('About 2,000 refugees fleeing fighting in the north crossed the river.')).toEqual([
      ['DISPLACED', 2000, null, null, 'APPROXIMATELY', 'About 2,000', 'refugees'],
    ]);
    expect(figures('About 2,000 refugees fleeing Burundi crossed the river.')).toEqual([]);
  });

  it('every count word is read, "thirteen" and "fifteen" and "millions" too', () => {
    expect(figures('Thirteen soldiers were wounded near the border.')).toEqual([
      ['INJURED', 13, 13, 13, 'EXACT', 'Thirteen', 'soldiers'],
    ]);
    expect(figures('Fifteen civilians were killed in the raid.')).toEqual([
      ['KILLED', 15, 15, 15, 'EXACT', 'Fifteen', 'civilians'],
    ]);
    expect(figures('Millions of people have been displaced by the war.').map((f) => f.slice(0, 6))).toEqual([
      ['DISPLACED', null, 2000000, null, 'AT_LEAST', 'Millions'],
    ]);
  });

  it('victims taken to hospital are injured, and so are victims told with what they serve in ("who serve in …")', () => {
    expect(figures('Three soldiers were rushed to hospital after the blast.')).toEqual([
      ['INJURED', 3, 3, 3, 'EXACT', 'Three', 'soldiers'],
    ]);
    expect(
      figures(
        'Fifteen Hungarian soldiers who serve in the NATO Kosovo Force (KFOR) were taken to hospitals after clashes.',
      ),
    ).toEqual([['INJURED', 15, 15, 15, 'EXACT', 'Fifteen', 'Hungarian soldiers']]);
    // a visit to a hospital for something else, and a relative clause with no casualty after it
    expect(figures('Four children were taken to a hospital for vaccinations.')).toEqual([]);
    expect(figures('Two soldiers who serve in the army were promoted on Sunday.')).toEqual([]);
  });
});
