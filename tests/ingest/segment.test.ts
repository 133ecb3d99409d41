import { describe, expect, it } from 'vitest';
import { segment } from '../../src/ingest/segment.js';

const texts = (body: string) => segment(body).sentences.map((s) => s.text);

describe('the segment stage', () => {
  it('does not end a sentence at a title, honorific, initial or U.S.', () => {
    expect(
      texts(
        'Mr. Bakiyev met Gen. Makarov in the U.S. embassy on Thursday. John F. Kennedy was not there. The talks ended.',
      ),
    ).toEqual([
      'Mr. Bakiyev met Gen. Makarov in the U.S. embassy on Thursday.',
      'John F. Kennedy was not there.',
      'The talks ended.',
    ]);
  });

  it('does not end a sentence at an enlisted rank ("Spc.", "Pfc.", "Pte.")', () => {
    expect(
      texts('The blast killed Spc. Dana Ruiz and wounded Pfc. Omar Lee. Pte. Sam Hart was unhurt. The base reopened.'),
    ).toEqual([
      'The blast killed Spc. Dana Ruiz and wounded Pfc. Omar Lee.',
      'Pte. Sam Hart was unhurt.',
      'The base reopened.',
    ]);
  });

  it('keeps a closing quote with its sentence and starts the next after it', () => {
    expect(
      texts(
        '"I can\'t say that Russia is behind this," said Mr. Bakiyev, who also said he was in southern Kyrgyzstan. "I don\'t want to say that - I just don\'t want to believe it."',
      ),
    ).toEqual([
      '"I can\'t say that Russia is behind this," said Mr. Bakiyev, who also said he was in southern Kyrgyzstan.',
      '"I don\'t want to say that - I just don\'t want to believe it."',
    ]);
  });

  it('keeps a quote of several sentences with its attribution', () => {
    expect(texts('"We are leaving. The mission is over," he said. Troops packed up.')).toEqual([
      '"We are leaving. The mission is over," he said.',
      'Troops packed up.',
    ]);
  });

  it('a block with a line longer than a hard wrap has a paragraph per line; short wrapped lines stay one', () => {
    const first =
      'The defence ministry said on Monday that the last of its engineers had left the airfield outside the capital after six months.';
    const second =
      'A second company is expected to follow before the rainy season closes the roads to the northern camps.';
    expect(segment(`${first}\n${second}`).paragraphs.map((p) => [p.start, p.text])).toEqual([
      [0, first],
      [first.length + 1, second],
    ]);
    const wrapped = 'Georgia sent 40 medics to Kosovo\non Friday in a routine\nexchange, officials said.';
    expect(segment(wrapped).paragraphs.map((p) => p.text)).toEqual([wrapped]);
  });

  it('gives paragraphs and sentences offsets into the body', () => {
    const body = 'Russia sent troops.\n\nIt did not say how many. Nor when.';
    const { paragraphs, sentences } = segment(body);
    expect(paragraphs.map((p) => [p.start, p.end])).toEqual([
      [0, 19],
      [21, 55],
    ]);
    expect(sentences.map((s) => [s.paragraph, s.start, s.end])).toEqual([
      [0, 0, 19],
      [1, 21, 45],
      [1, 46, 55],
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('opens a sentence on a closing mark printed for an opening one right after a full stop (".”We")', () => {
    expect(segment('The mission has four months.”We will stay,” he said.').sentences.map((x) => x.text)).toEqual([
      'The mission has four months.',
      '”We will stay,” he said.',
    ]);
    expect(segment('He said: “We will stay.”Then he left.').sentences.map((x) => x.text)).toEqual([
      'He said: “We will stay.”Then he left.',
    ]);
  });
});
