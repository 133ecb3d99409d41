import { describe, expect, it } from 'vitest';
import { absoluteDates, articleDay, resolveDates } from '../../src/ingest/dates.js';

const days = (text: string, day: string, kind: 'PUBLISHED' | 'CAPTION') =>
  resolveDates(text, { day, kind }).map((r) => [r.text, r.day]);

describe('the dates stage', () => {
  // 2010-04-07 was a Wednesday, 2010-04-08 a Thursday.
  it('resolves a weekday to the latest such day on or before publication', () => {
    expect(days('Russia sent troops to Kyrgyzstan on Thursday.', '2010-04-08', 'PUBLISHED')).toEqual([
      ['on Thursday', '2010-04-08'],
    ]);
    expect(days('Protesters clashed with police on Wednesday.', '2010-04-09', 'PUBLISHED')).toEqual([
      ['on Wednesday', '2010-04-07'],
    ]);
  });

  it("resolves a weekday to the first such day on or after a caption's date", () => {
    expect(days('Russia sent troops on Thursday.', '2010-04-07', 'CAPTION')).toEqual([['on Thursday', '2010-04-08']]);
    expect(days('Clashes broke out on Wednesday.', '2010-04-07', 'CAPTION')).toEqual([['on Wednesday', '2010-04-07']]);
  });

  it('resolves last week, yesterday and a full date', () => {
    expect(days('He fled Bishkek last week.', '2010-04-15', 'PUBLISHED')).toEqual([['last week', '2010-04-08']]);
    expect(days('The base reopened yesterday.', '2010-04-15', 'PUBLISHED')).toEqual([['yesterday', '2010-04-14']]);
    expect(days('It happened on April 7, 2010, in Bishkek.', '2012-01-01', 'PUBLISHED')).toEqual([
      ['April 7, 2010', '2010-04-07'],
    ]);
  });

  it('takes no modal verb, month alone or "now" for a day', () => {
    expect(days('Troops may leave in March, and now the talks stall.', '2010-04-08', 'PUBLISHED')).toEqual([]);
  });

  it("reads a caption's own date without an anchor", () => {
    expect(
      absoluteDates('A protestor attacks a police officer in Bishkek, Kyrgyzstan, Wednesday, April 7, 2010.').map(
        (r) => r.day,
      ),
    ).toEqual(['2010-04-07']);
    expect(absoluteDates('Russia sent troops on Thursday.')).toEqual([]);
  });

  it('dates an article by its instant, else by the latest day its text refers to, else not at all', () => {
    const refs = [
      { start: 0, end: 1, text: 'x', day: '2010-04-07' },
      { start: 2, end: 3, text: 'y', day: '2010-04-08' },
    ];
    expect(articleDay('2010-04-09T23:30:00Z', refs)).toBe('2010-04-09');
    expect(articleDay(null, refs)).toBe('2010-04-08');
    expect(articleDay(null, [])).toBeNull();
  });
});
