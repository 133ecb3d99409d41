import { describe, expect, it } from 'vitest';
import { cleanPage, splitCaption, titleFromText } from '../../src/ingest/clean.js';
import { readSeedFile, seedFiles } from '../../src/seed/load-seed.js';

describe('the clean stage', () => {
  const { seed, raw, body } = readSeedFile(seedFiles()[0] as string);

  it('turns the seed page into exactly the body the curated seed stores', () => {
    const cleaned = cleanPage(raw);
    expect(cleaned.body).toBe(body);
    expect(cleaned.furniture).toEqual(seed.article.furniture);
  });

  it('splits the seed caption from the credit glued to it', () => {
    const [photo] = cleanPage(raw).photos;
    const curated = seed.photos[0];
    expect(photo?.caption).toBe(curated?.caption);
    expect(photo?.credit).toBe('Ivan Sekretarev');
    expect(photo?.photographer).toBe('Ivan Sekretarev');
  });

  it('reads an agency-style credit and names no photographer for an agency alone', () => {
    expect(splitCaption('Troops patrol a street in Osh, Kyrgyzstan. (AP Photo/Ivan Sekretarev)')).toEqual({
      caption: 'Troops patrol a street in Osh, Kyrgyzstan.',
      credit: '(AP Photo/Ivan Sekretarev)',
      photographer: 'Ivan Sekretarev',
    });
    expect(splitCaption('Smoke rises over Bishkek on Wednesday.Reuters')?.photographer).toBeNull();
  });

  it('keeps paragraphs that only start like furniture or end like a caption', () => {
    const page = [
      'Share prices fell sharply in Bishkek on Monday.',
      'Subscribers to the state newspaper were told nothing.',
      'He said the troops would leave in May. Nobody believed him.',
    ].join('\n\n');
    const cleaned = cleanPage(page);
    expect(cleaned.body).toBe(page);
    expect(cleaned.furniture).toEqual([]);
    expect(cleaned.photos).toEqual([]);
  });

  it('drops share and subscribe lines and takes a headline and a byline off the top', () => {
    const page = [
      'Skip to content',
      'Russia sends troops to Kyrgyzstan',
      'By Jane Doe',
      'Russia sent troops on Thursday.',
      'Share on Facebook',
      'Subscribe to our newsletter',
      'Tweet | Email | Print',
    ].join('\n\n');
    const cleaned = cleanPage(page);
    expect(cleaned.headline).toBe('Russia sends troops to Kyrgyzstan');
    expect(cleaned.byline).toBe('Jane Doe');
    expect(cleaned.body).toBe('Russia sent troops on Thursday.');
    expect(cleaned.furniture).toEqual([
      'Skip to content',
      'Share on Facebook',
      'Subscribe to our newsletter',
      'Tweet | Email | Print',
    ]);
  });

  it('titles a text without a headline by its first sentence, cut at a word', () => {
    expect(titleFromText('Russia sent troops to Kyrgyzstan.')).toBe('Russia sent troops to Kyrgyzstan.');
    const long =
      'Russia sent troops to Kyrgyzstan on Thursday to protect Russian citizens, including at its military base, after self-proclaimed new leaders took power.';
    const title = titleFromText(long);
    expect(title).toBe(
      'Russia sent troops to Kyrgyzstan on Thursday to protect Russian citizens, including at its military base, after…',
    );
    expect(title.length).toBeLessThanOrEqual(121);
  });
});
