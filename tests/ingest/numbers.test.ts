import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumber } from '../../src/ingest/numbers.js';

const only = (text: string) => {
  const found = findQuantities(text);
  expect(found).toHaveLength(1);
  const [q] = found;
  return q && { text: q.text, count: q.count, low: q.low, high: q.high, qualifier: q.qualifier, vague: q.vague };
};

describe('parseNumber', () => {
  it('reads digits, thousands separators, decimals with a scale, and number words', () => {
    expect(parseNumber('75')).toBe(75);
    expect(parseNumber('1,200')).toBe(1200);
    expect(parseNumber('5.3 million')).toBe(5_300_000);
    expect(parseNumber('seventy-five')).toBe(75);
    expect(parseNumber('one hundred and twenty')).toBe(120);
    expect(parseNumber('Three thousand')).toBe(3000);
    expect(parseNumber('a hundred')).toBe(100);
  });

  it('gives null for what is not a whole count', () => {
    expect(parseNumber('2.5')).toBeNull();
    expect(parseNumber('protesters')).toBeNull();
  });
});

describe('findQuantities', () => {
  it('maps each qualifier to its bounds', () => {
    expect(only('left at least 75 people dead')).toEqual({
      text: 'at least 75',
      count: 75,
      low: 75,
      high: null,
      qualifier: 'AT_LEAST',
      vague: null,
    });
    expect(only('more than 300 people were detained')).toMatchObject({
      count: 300,
      low: null,
      high: null,
      qualifier: 'MORE_THAN',
    });
    expect(only('Around 150 [servicemen]have arrived')).toMatchObject({ count: 150, qualifier: 'APPROXIMATELY' });
    expect(only('about 40 were hurt')).toMatchObject({ count: 40, qualifier: 'APPROXIMATELY', low: null, high: null });
    expect(only('up to 300 may have died')).toMatchObject({ count: 300, low: null, high: 300, qualifier: 'UP_TO' });
    expect(only('nearly 100 people died')).toMatchObject({ count: 100, high: 100, qualifier: 'APPROXIMATELY' });
    expect(only('Seventy-five people were killed')).toMatchObject({ count: 75, low: 75, high: 75, qualifier: 'EXACT' });
  });

  it('reads ranges as bounds without a single figure', () => {
    expect(only('between 40 and 60 protesters')).toMatchObject({
      count: null,
      low: 40,
      high: 60,
      qualifier: 'APPROXIMATELY',
    });
    expect(only('40-60 people')).toMatchObject({ count: null, low: 40, high: 60 });
    expect(only('the toll rose from 12 to 40')).toMatchObject({ text: '40', count: 40, qualifier: 'EXACT' });
  });

  it('keeps a vague quantity with its word and a conservative lower bound', () => {
    expect(only('dozens of protesters')).toMatchObject({
      text: 'dozens',
      count: null,
      low: 24,
      high: null,
      qualifier: 'AT_LEAST',
      vague: 'dozens',
    });
    expect(only('scores of villagers')).toMatchObject({ low: 40, vague: 'scores' });
    expect(only('hundreds of people')).toMatchObject({ low: 200, vague: 'hundreds' });
    expect(only('thousands of families')).toMatchObject({ low: 2000, vague: 'thousands' });
    expect(only('tens of thousands of refugees')).toMatchObject({ low: 20000, vague: 'tens of thousands' });
    expect(only('at least several hundred lives')).toMatchObject({ low: 200, qualifier: 'AT_LEAST' });
  });

  it('a year then "to" a smaller figure: the figure alone; a range of years is none', () => {
    expect(findQuantities('killed in Darfur since January 2008 to 27.').map((q) => [q.text, q.count])).toEqual([
      ['27', 27],
    ]);
    expect(findQuantities('served from 2003 to 2005')).toEqual([]);
  });

  it('leaves out ages, years, dates, times, money, percentages and durations', () => {
    for (const text of [
      'a 75-year-old man',
      'aged 34',
      'in 2010',
      'on April 7',
      'at 10:30',
      'at 9 a.m.',
      '$5 million in damage',
      '300 dollars',
      '20 percent of voters',
      'jailed for 12 years',
      'the 3rd battalion',
      'no one was hurt',
    ]) {
      expect(findQuantities(text), text).toEqual([]);
    }
  });

  it('gives offsets into the scanned text plus the offset given', () => {
    const [q] = findQuantities('Police said 12 were hurt.', 100);
    expect(q).toMatchObject({ start: 112, end: 114, text: '12' });
  });

  it('reads number words ending in -teen whole, counts of dozens, half a dozen, and a count after a month', () => {
    expect(only('Fourteen soldiers')).toMatchObject({ text: 'Fourteen', count: 14, qualifier: 'EXACT' });
    expect(only('sixteen miners')).toMatchObject({ text: 'sixteen', count: 16 });
    expect(only('more than two dozen have been wounded')).toEqual({
      text: 'more than two dozen',
      count: 24,
      low: null,
      high: null,
      qualifier: 'MORE_THAN',
      vague: null,
    });
    expect(only('three dozen protesters')).toMatchObject({ count: 36, qualifier: 'APPROXIMATELY' });
    expect(only('a half-dozen corpses')).toMatchObject({ text: 'a half-dozen', count: 6, qualifier: 'APPROXIMATELY' });
    expect(only('half a dozen villagers')).toMatchObject({ count: 6, qualifier: 'APPROXIMATELY' });
    expect(only('since February 600,000 civilians')).toMatchObject({ text: '600,000', count: 600000 });
    expect(only('In March two soldiers were killed')).toMatchObject({ text: 'two', count: 2 });
    expect(only('In May dozens of people fled')).toMatchObject({ text: 'dozens', low: 24 });
    // a day of the month is a date, whatever follows it
    expect(findQuantities('on February 12 soldiers arrived')).toEqual([]);
    expect(findQuantities('by March 3 people had left')).toEqual([]);
  });
});
