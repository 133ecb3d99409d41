import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSources, recordFromHtml, type SourceItem } from '../../src/ingest/sources.js';
import { tempDir } from '../helpers/app.js';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
};

async function collect(paths: string[], options = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of readSources(paths, options)) out.push(item);
  return out;
}

const PAGE = `<!doctype html><html><head><title>Kremlin sends paratroopers</title>
<link rel="canonical" href="https://news.example.org/kremlin">
<meta property="article:published_time" content="2010-04-08T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kremlin sends paratroopers</h1>
<p>Russian Foreign Minister Sergei Lavrov said on Thursday that Moscow was watching events in Kyrgyzstan closely and that the paratroopers would stay as long as needed.</p>
<p>"We will protect our citizens," Mr. Lavrov told reporters in Moscow, adding that the situation in Bishkek was calm but tense and that the new leaders had been told so.</p>
</article><footer>Copyright 2010 Example News</footer></body></html>`;

describe('the sources stage', () => {
  it('finds the main text of an HTML page, its paragraphs, url and date, without the navigation', () => {
    const record = recordFromHtml(PAGE);
    expect(record).toMatchObject({
      url: 'https://news.example.org/kremlin',
      title: 'Kremlin sends paratroopers',
      publishedAt: '2010-04-08T09:30:00Z',
    });
    const body = typeof record === 'string' ? '' : record.body;
    expect(body.split('\n\n')).toHaveLength(2);
    expect(body.startsWith('Russian Foreign Minister Sergei Lavrov said')).toBe(true);
    expect(body).not.toContain('Home');
    expect(body).not.toContain('Copyright');
  });

  it('walks a folder in name order and reads every kind, each failure a result naming its line', async () => {
    write('a.txt', 'Russia sent troops to Kyrgyzstan on Thursday.');
    write('b/page.html', PAGE);
    write('b/one.json', JSON.stringify({ url: 'https://example.org/1', body: 'One.', title: 'One' }));
    write('c/many.json', JSON.stringify([{ body: 'First.' }, { title: 'no body' }]));
    write(
      'c/feed.ndjson',
      '{"body":"Line one."}\n\n{"body": oops\n{"body":"Line four.","url":7}\n{"body":"Line five."}\n',
    );
    write('d/empty.txt', '');
    write('d/blank.txt', '  \n\n ');
    write('d/photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    write('d/notes.md', 'not an input kind');
    const items = await collect([dir]);
    const rel = (f: string) => path.relative(dir, f);
    expect(items.map((i) => [rel(i.file), i.line, i.error ?? i.record?.body.slice(0, 12)])).toEqual([
      ['a.txt', null, 'Russia sent '],
      ['b/one.json', null, 'One.'],
      ['b/page.html', null, 'Russian Fore'],
      ['c/feed.ndjson', 1, 'Line one.'],
      ['c/feed.ndjson', 3, expect.stringMatching(/^malformed JSON line/)],
      ['c/feed.ndjson', 4, 'url must be a string'],
      ['c/feed.ndjson', 5, 'Line five.'],
      ['c/many.json', 1, 'First.'],
      ['c/many.json', 2, 'missing body (a non-empty string is required)'],
      ['d/blank.txt', null, 'empty file (only white space)'],
      ['d/empty.txt', null, 'empty file'],
      ['d/photo.txt', null, 'binary file (not text)'],
    ]);
  });

  it('refuses a file over the size limit, a missing path and an unknown kind named explicitly', async () => {
    const big = write('big.txt', 'Russia sent troops. '.repeat(100));
    const items = await collect([big, path.join(dir, 'missing.txt'), write('x.pdf', '%PDF')], { maxBytes: 1024 });
    expect(items.map((i) => i.error)).toEqual([
      'file is 2000 bytes, over the 1024 bytes limit',
      'no such file or folder',
      'unsupported file type (expected .txt, .html, .json or .ndjson)',
    ]);
  });

  it('reads standard input as page text, JSON or NDJSON by its first character', async () => {
    const from = (text: string) => collect(['-'], { stdin: Readable.from([Buffer.from(text)]) });
    expect((await from('Russia sent troops.'))[0]?.record?.body).toBe('Russia sent troops.');
    expect((await from('{"body":"A."}\n{"body":"B."}\n')).map((i) => i.record?.body)).toEqual(['A.', 'B.']);
    expect((await from('[{"body":"A."}]')).map((i) => [i.line, i.record?.body])).toEqual([[1, 'A.']]);
  });
});
