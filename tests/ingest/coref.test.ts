import { describe, expect, it } from 'vitest';
import { resolveCoreference } from '../../src/ingest/coref.js';
import { findEntities } from '../../src/ingest/entities.js';
import { segment } from '../../src/ingest/segment.js';

function resolved(text: string) {
  const { sentences } = segment(text);
  const found = resolveCoreference(text, sentences, findEntities(text, sentences));
  return {
    ...found,
    links: found.mentions
      .filter((m) => m.via === 'ALIAS' || m.via === 'PRONOUN' || m.via === 'DESCRIPTION')
      .map((m) => [
        m.text,
        'person' in m.ref ? m.ref.person : 'place' in m.ref ? m.ref.place : m.ref.organization,
        m.via,
      ]),
  };
}

describe('the coreference stage', () => {
  it('ties "the Central Asian nation" and "the nation of 5.3 million" to the country whose places the story names', () => {
    const found = resolved(
      'Russia sent troops to Kyrgyzstan after clashes in Bishkek. Moscow keeps its Kant air base in the Central Asian nation. Russia played a role in the nation of 5.3 million.',
    );
    expect(found.links.filter((l) => l[2] === 'DESCRIPTION')).toEqual([
      ['the Central Asian nation', 'kyrgyzstan', 'DESCRIPTION'],
      ['the nation of 5.3 million', 'kyrgyzstan', 'DESCRIPTION'],
    ]);
  });

  it('leaves "the country" alone when no one country holds the places the story names', () => {
    const found = resolved('Talks were held in Bishkek and in Moscow, and officials said the country is calm.');
    expect(found.links.filter((l) => l[2] === 'DESCRIPTION')).toEqual([]);
  });

  it('gives no "he" to a person named before a described speaker', () => {
    const quote = '"We will move as soon as the roads open," he told reporters.';
    const named = resolved(`President Salva Kiir spoke on Monday. ${quote}`);
    expect(named.links).toContainEqual(['he', 'salva-kiir', 'PRONOUN']);
    const described = resolved(
      `President Salva Kiir spoke on Monday. The commander of the regional force said his troops were ready. ${quote}`,
    );
    expect(described.links.filter((l) => l[0] === 'he')).toEqual([]);
    const opening = (between: string) =>
      resolved(
        `Salva Kiir, 72, met the officer, and ${between} the roads were cut. He said help would come.`,
      ).links.filter((l) => l[0] === 'He');
    expect(opening('they agreed')).toEqual([['He', 'salva-kiir', 'PRONOUN']]);
    expect(opening('the officer said')).toEqual([]);
  });

  it('ties a clause\'s trailing "…, he said." to the last person who spoke, and to no one when nobody named spoke', () => {
    const he = (text: string) => resolved(text).links.filter((l) => l[0] === 'he');
    expect(
      he(
        'Salva Kiir, 72, said the talks would resume. President Roger Moore visited the camp. The roads are cut, he said.',
      ),
    ).toEqual([['he', 'salva-kiir', 'PRONOUN']]);
    expect(he('President Salva Kiir visited the camp on Monday. The roads are cut, he said.')).toEqual([]);
  });

  it("ties a quote's \"he said\" after a closing mark typed as two single ones (’’ or '') to the last person named", () => {
    const he = (text: string) => resolved(text).links.filter((l) => l[0] === 'he');
    expect(he('Salva Kiir, 72, visited the camp. ‘‘The roads are cut,’’ he said.')).toEqual([
      ['he', 'salva-kiir', 'PRONOUN'],
    ]);
    expect(he("Salva Kiir, 72, visited the camp. ''The roads are cut,'' he said.")).toEqual([
      ['he', 'salva-kiir', 'PRONOUN'],
    ]);
    // a page that quotes in single marks closes a quote with one
    expect(he("Salva Kiir, 72, visited the camp. 'The roads are cut,' he said.")).toEqual([
      ['he', 'salva-kiir', 'PRONOUN'],
    ]);
    // a plural's apostrophe before "he said" closes no quote
    expect(he("Salva Kiir, 72, visited the soldiers' camp and he said nothing.")).toEqual([]);
  });

  it('ties "…, he said, highlighting that …" to the last person who spoke, as a trailing "…, he said."', () => {
    const he = (text: string) => resolved(text).links.filter((l) => l[0] === 'he');
    expect(
      he('Salva Kiir, 72, said the talks would resume. The roads are cut, he said, highlighting that aid was late.'),
    ).toEqual([['he', 'salva-kiir', 'PRONOUN']]);
    // a participle that reports nothing ("he said, pointing to the map") is no such attribution
    expect(he('Salva Kiir, 72, said the talks would resume. The roads are cut, he said, pointing to the map.')).toEqual(
      [],
    );
  });

  it('gives no "he" to a person named before a sentence that opens on an unnamed person ("The caller …")', () => {
    const quote = '"They are shooting at the houses," he said.';
    const he = (between: string) =>
      resolved(`President Salva Kiir spoke on Monday. ${between} ${quote}`).links.filter((l) => l[0] === 'he');
    expect(he('The caller seemed to be in shock.')).toEqual([]);
    expect(he('A witness ran to the road.')).toEqual([]);
    expect(he('A resident of the capital reached a radio station by telephone.')).toEqual([]);
    expect(he('The roads seemed to be cut.')).toEqual([['he', 'salva-kiir', 'PRONOUN']]);
    expect(he('The man named as the new envoy stayed home.')).toEqual([['he', 'salva-kiir', 'PRONOUN']]);
  });

  it('ties "Mr. Bakiyev", "Bakiyev" and an attributing "he" to Kurmanbek Bakiyev', () => {
    const found = resolved(
      'Ousted Kyrgyz President Kurmanbek Bakiyev spoke on Thursday. "I can\'t say that Russia is behind this," he said. Mr. Bakiyev also said Bakiyev loyalists were safe.',
    );
    expect(found.links).toEqual([
      ['he', 'kurmanbek-bakiyev', 'PRONOUN'],
      ['Mr. Bakiyev', 'kurmanbek-bakiyev', 'ALIAS'],
      ['Bakiyev', 'kurmanbek-bakiyev', 'ALIAS'],
    ]);
    expect(found.people[0]?.aliases).toEqual(['Mr. Bakiyev', 'Bakiyev']);
  });

  it('ties "Russia\'s top general" to the general named in the next sentence, and gives his role Russia', () => {
    const found = resolved(
      'Russia\'s top general said paratroopers were sent. "The President took the decision," agencies quoted armed forces chief of staff General Nikolai Makarov as saying.',
    );
    expect(found.links).toEqual([["Russia's top general", 'nikolai-makarov', 'DESCRIPTION']]);
    expect(found.roles.map((r) => r.country)).toEqual(['russia', 'russia']);
  });

  it('ties "The President" to the last president named before it', () => {
    const found = resolved('President Dmitry Medvedev spoke. Later, the aide said The President would travel.');
    expect(found.links).toEqual([['The President', 'dmitry-medvedev', 'DESCRIPTION']]);
  });

  it('leaves a surname two people share, and a description with no person to match, unresolved', () => {
    const found = resolved(
      "President Ilham Aliyev met Prime Minister Ali Aliyev. Mr. Aliyev said so. Georgia's top general was not there.",
    );
    expect(found.links).toEqual([]);
  });

  it('ties a sentence opening "He said" to the one person the sentence before names', () => {
    const found = resolved('General Nikolai Makarov arrived. He said the troops were safe.');
    expect(found.links).toEqual([['He', 'nikolai-makarov', 'PRONOUN']]);
  });

  it('ties an opening "He also said" to the one person the sentence before names', () => {
    const found = resolved('General Nikolai Makarov inspected the base. He also said the troops were safe.');
    expect(found.links).toEqual([['He', 'nikolai-makarov', 'PRONOUN']]);
  });

  it('leaves an opening "He said" alone after two people, across a paragraph, or with no speech verb', () => {
    expect(
      resolved('General Nikolai Makarov met President Dmitry Medvedev. He said the troops were safe.').links.filter(
        (l) => l[2] === 'PRONOUN',
      ),
    ).toEqual([]);
    expect(resolved('General Nikolai Makarov arrived.\n\nHe said the troops were safe.').links).toEqual([]);
    expect(resolved('General Nikolai Makarov arrived. He left the troops there.').links).toEqual([]);
  });

  it('ties a paragraph opening "He said" to the one person the paragraph before shows speaking', () => {
    const called = resolved(
      'Hadiza Bello, deputy special representative of the secretary-general, called for calm.\n\nHe said the raid was cowardly.',
    );
    expect(called.links).toEqual([['He', 'hadiza-bello', 'PRONOUN']]);
    // a paragraph that is nothing but a quote goes on with the speaker of the paragraph before it
    const quoted = resolved(
      '"We lost two men," said Omar Haidari, a spokesman for the mission.\n\n"They came at night."\n\nHe said the camp was guarded.',
    );
    expect(quoted.links.filter((l) => l[0] === 'He')).toEqual([['He', 'omar-haidari', 'PRONOUN']]);
    const two = resolved(
      'Omar Haidari, a spokesman for the mission, said General Tom Hale was safe.\n\nHe said the camp was guarded.',
    );
    expect(two.links.filter((l) => l[0] === 'He')).toEqual([]);
  });

  it('ties a paragraph opening "She added:" to the speaker of a quote paragraph with its attribution inside', () => {
    const chained = resolved(
      'Senator Mara Voss spoke to the press about her late husband.\n\n"He loved the army," she told reporters. "He was proud."\n\nShe added: "We will bury him at home."',
    );
    expect(chained.links.filter((l) => l[2] === 'PRONOUN')).toEqual([
      ['she', 'mara-voss', 'PRONOUN'],
      ['She', 'mara-voss', 'PRONOUN'],
    ]);
    // a paragraph that is only a quote, with no attribution in it, still tells no speaker of its own
    const bare = resolved(
      'Senator Mara Voss arrived in the town.\n\n"He loved the army. He was proud."\n\nShe added: "We will stay."',
    );
    expect(bare.links.filter((l) => l[2] === 'PRONOUN')).toEqual([]);
  });

  it('ties "the premier said" to the one person the article titles Prime Minister; no one when two hold the office', () => {
    const one = resolved(
      'Prime Minister Hun Sen spoke in Phnom Penh on Thursday. "We are ready," the premier said. The defence minister said little.',
    );
    expect(one.links.filter((l) => l[2] === 'DESCRIPTION')).toEqual([['the premier', 'hun-sen', 'DESCRIPTION']]);
    const two = resolved(
      'Prime Minister Hun Sen met Prime Minister Nguyen Tan Dung in Hanoi. "We are ready," the prime minister said.',
    );
    expect(two.links.filter((l) => l[2] === 'DESCRIPTION')).toEqual([]);
  });

  it('ties "Ban" to Ban Ki-moon: a Korean name puts the family name first', () => {
    const found = resolved('Secretary-General Ban Ki-moon flew to Bamako. Ban told reporters the mission would stay.');
    expect(found.links).toContainEqual(['Ban', 'ban-ki-moon', 'ALIAS']);
  });

  it('ties "Al-Maliki" opening a sentence to Nouri al-Maliki, and the quote\'s "he" after it to him, not to the last one quoted', () => {
    const found = resolved(
      'Prime Minister Nouri al-Maliki met Defense Minister Arturo Parisi. "The mission is over," Parisi said.\n\n' +
        'Al-Maliki thanked the troops.\n\n"It is a great day," he said.',
    );
    expect(found.links).toEqual([
      ['Parisi', 'arturo-parisi', 'ALIAS'],
      ['Al-Maliki', 'nouri-al-maliki', 'ALIAS'],
      ['he', 'nouri-al-maliki', 'PRONOUN'],
    ]);
  });

  it('ties a surname opening on a letter outside ASCII ("Çelik") where it is printed alone', () => {
    const found = resolved('Foreign Minister Ömer Çelik flew to Doha. The emir thanked Çelik for the visit.');
    expect(found.links).toEqual([['Çelik', 'omer-celik', 'ALIAS']]);
  });

  it('ties "The spokesman said" to the one person introduced as a spokesman, and to no one when two are', () => {
    const one = resolved(
      'Omar Haidari, a spokesman for the mission, said two men died. The spokesman said the wounded were flown out.',
    );
    expect(one.links).toContainEqual(['The spokesman', 'omar-haidari', 'DESCRIPTION']);
    const two = resolved(
      'Omar Haidari, a spokesman for the mission, met army spokesman Tomas Berg. The spokesman said the wounded were flown out.',
    );
    expect(two.links.filter((l) => l[2] === 'DESCRIPTION')).toEqual([]);
  });

  it('ties "the U.N. mission" to the one mission the article names', () => {
    const found = resolved(
      'The U.N. Stabilization Mission in Mali sent a patrol. Later the U.N. mission said it was safe.',
    );
    expect(found.links).toEqual([['mission', 'u-n-stabilization-mission-in-mali', 'ALIAS']]);
  });

  it('gives a quote\'s "he" to the person whose reported clause named another, not to the one named in it', () => {
    const text =
      'Defence Minister Anna Lind said the first group, led by Colonel Piet Smit, left on Monday.\n\n"The rest will follow within a week," he said.';
    expect(resolved(text).links).toContainEqual(['he', 'anna-lind', 'PRONOUN']);
    // named outside any reported clause, the last person named is the "he"
    const plain =
      'Defence Minister Anna Lind met Colonel Piet Smit on Monday.\n\n"The rest will follow within a week," he said.';
    expect(resolved(plain).links).toContainEqual(['he', 'piet-smit', 'PRONOUN']);
  });

  it('ties "the minister said" to the one minister named before it, and to no one when two were', () => {
    const one = resolved(
      'Foreign Minister Anna Lind said the troops were safe. "None was killed," the minister said. Defence Minister Piet Smit agreed.',
    );
    expect(one.links).toContainEqual(['the minister', 'anna-lind', 'DESCRIPTION']);
    const two = resolved(
      'Foreign Minister Anna Lind and Defence Minister Piet Smit met. "None was killed," the minister said.',
    );
    expect(two.links.filter((l) => l[0] === 'the minister')).toEqual([]);
  });

  it('ties a name\'s first two words ("Ikmal Hisham") and a speaking first name ("Mawa said") to the one person', () => {
    const found = resolved(
      'Deputy Defence Minister Ikmal Hisham Abdul Aziz met Col. Mawa Muhindo at the base. Ikmal Hisham said the troops had trained. "We are ready," Mawa said.',
    );
    expect(found.links).toContainEqual(['Ikmal Hisham', 'ikmal-hisham-abdul-aziz', 'ALIAS']);
    expect(found.links).toContainEqual(['Mawa', 'mawa-muhindo', 'ALIAS']);
    // a first name that says nothing, or that two people share, is no one
    const quiet = resolved('Col. Mawa Muhindo led the column. The column passed Mawa on the road.');
    expect(quiet.links.filter((l) => l[0] === 'Mawa')).toEqual([]);
    const shared = resolved('Col. Peter Flynn and Maj. Peter Odok met. "We are ready," Peter said.');
    expect(shared.links.filter((l) => l[0] === 'Peter')).toEqual([]);
  });

  it('ties a "she" speaking inside a sentence to the one person the sentence names before it', () => {
    const text = 'Corporal Ruth Amos, a 26-year-old from Perth, spoke for many when she said: "It is an anxious time."';
    expect(resolved(text).links).toContainEqual(['she', 'ruth-amos', 'PRONOUN']);
    const two = 'Corporal Ruth Amos met Major Ian Hale, and she said: "It is an anxious time."';
    expect(resolved(two).links.filter((l) => l[0] === 'she')).toEqual([]);
  });

  it('ties a "he said" after a connective to the speaker of the paragraph before, a "he" there included', () => {
    const text = [
      'Defence Minister Anna Lind said the first group left on Monday.',
      '"The rest will follow within a week," he said at the base.',
      'In the meantime, he said the families could not see them off.',
    ].join('\n\n');
    const links = resolved(text).links.filter((l) => l[0] === 'he');
    expect(links).toEqual([
      ['he', 'anna-lind', 'PRONOUN'],
      ['he', 'anna-lind', 'PRONOUN'],
    ]);
    // two people speaking in the paragraph before leave the "he" to no one
    const two = [
      'Defence Minister Anna Lind said the first group left, and Colonel Piet Smit said the rest would follow.',
      'However, he said the families could not see them off.',
    ].join('\n\n');
    expect(resolved(two).links.filter((l) => l[0] === 'he')).toEqual([]);
  });

  it('ties "the ministry" to the one organization named with that head word', () => {
    const found = resolved('The Interior Ministry said 40 people were held. Later the ministry said 12 were freed.');
    expect(found.links).toEqual([['ministry', 'interior-ministry', 'ALIAS']]);
  });
});
