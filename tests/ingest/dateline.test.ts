import { describe, expect, it } from 'vitest';
import { findDateline } from '../../src/ingest/dateline.js';

/** What the stage finds: the dateline as printed and the place it names, as "City (Country)" or "Country". */
const dateline = (body: string) => {
  const found = findDateline(body);
  if (!found) return null;
  const place =
    found.place &&
    (found.place.kind === 'CITY' ? `${found.place.name} (${found.place.country.name})` : found.place.country.name);
  return [found.text, place, body.slice(found.start, found.end) === found.text];
};

describe('the dateline stage', () => {
  it('finds a wire dateline after the headline, with the city the gazetteer knows and the country it lies in', () => {
    expect(dateline('Troops land in Mali\n\nBAMAKO, Mali (AP) — About 150 Dutch troops arrived on Tuesday.')).toEqual([
      'BAMAKO, Mali (AP) — ',
      'Bamako (Mali)',
      true,
    ]);
    expect(dateline("N'DJAMENA — Chad's army said on Monday that 40 soldiers were killed.")).toEqual([
      "N'DJAMENA — ",
      "N'Djamena (Chad)",
      true,
    ]);
    expect(dateline('KABUL: Ten soldiers were killed in an ambush.')).toEqual(['KABUL: ', 'Kabul (Afghanistan)', true]);
  });

  it('a date or an agency may stand between the city and the dash', () => {
    expect(dateline('SARAJEVO, April 18 (Reuters) — Four peacekeepers died.')?.slice(0, 2)).toEqual([
      'SARAJEVO, April 18 (Reuters) — ',
      'Sarajevo (Bosnia and Herzegovina)',
    ]);
    expect(dateline('PHNOM PENH, Nov. 21 (Xinhua) -- A contingent left.')?.slice(0, 2)).toEqual([
      'PHNOM PENH, Nov. 21 (Xinhua) -- ',
      'Phnom Penh (Cambodia)',
    ]);
    expect(dateline('New Delhi, April 9, 2013 : Five soldiers were killed.')?.slice(0, 2)).toEqual([
      'New Delhi, April 9, 2013 : ',
      'New Delhi (India)',
    ]);
  });

  it('a known city and an agency in brackets with no dash after ("BUDAPEST (UrduPoint News / Sputnik - 30th May, 2023)")', () => {
    expect(
      dateline('Soldiers hurt\n\nBUDAPEST (Example News / Sputnik - 30th May, 2023) Fifteen soldiers were hurt.'),
    ).toEqual(['BUDAPEST (Example News / Sputnik - 30th May, 2023) ', 'Budapest (Hungary)', true]);
    expect(dateline('KABUL, 20 August (IRIN) The ministry said ten soldiers died.')).toEqual([
      'KABUL, 20 August (IRIN) ',
      'Kabul (Afghanistan)',
      true,
    ]);
    // without a dash, letters the gazetteer does not know as a city are an acronym and what it stands for
    expect(dateline('NATO (North Atlantic Treaty Organization) Troops went home.')).toBeNull();
  });

  it('a town the gazetteer does not know gives the country named after it; no country, no place', () => {
    expect(dateline('GAO, Mali (Reuters) - A convoy was hit.')?.slice(0, 2)).toEqual([
      'GAO, Mali (Reuters) - ',
      'Mali',
    ]);
    expect(dateline('(Reuters) - A convoy was hit.')?.slice(0, 2)).toEqual(['(Reuters) - ', null]);
    expect(dateline('UNITED NATIONS — The council voted.')?.slice(0, 2)).toEqual(['UNITED NATIONS — ', null]);
    // a US state is no country, and Paris in Texas is not the capital of France
    expect(dateline('PARIS, Texas (AP) — The fair opened.')?.slice(0, 2)).toEqual(['PARIS, Texas (AP) — ', null]);
  });

  it('captions, labels, prefixes and lines deep in the story are no dateline', () => {
    expect(dateline('FILE - A Dutch soldier stands guard in Gao.')).toBeNull();
    expect(dateline('UN-led troops arrived in Gao on Monday.')).toBeNull();
    expect(dateline('Russia sent troops to Kyrgyzstan on Thursday - the first since 2005.')).toBeNull();
    expect(
      dateline(`${'The council met for hours and argued about the mandate. '.repeat(12)}\nKABUL — Troops left.`),
    ).toBeNull();
  });
});
