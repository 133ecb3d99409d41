/**
 * Stage 0, sources: files and folders in, raw records out, one at a time.
 *
 * - `.txt`: raw page text, one article (its url is derived from its text by the pipeline);
 * - `.html`/`.htm`: the main text found by @mozilla/readability (Firefox's reader view) on a
 *   linkedom document (a light DOM: no browser, no network), paragraphs kept as blank-line blocks;
 * - `.json`: one record or an array of records; `.ndjson`/`.jsonl`: one record a line, read as a
 *   stream so that a file of any length takes the memory of one line;
 * - a folder: its files of those kinds, recursively, in name order; `-`: standard input, its kind
 *   told from its first character.
 *
 * What cannot become a record (an empty or binary file, one over the size limit, a malformed JSON
 * line, a record without a body) comes out as a failure naming the file, the line or record, and
 * the reason; the caller carries on with the next input.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawRecord } from './pipeline.js';

export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface SourceItem {
  /** The file ("-" for standard input). */
  file: string;
  /** The line (ndjson) or record number (json array), from 1, when the input holds several. */
  line: number | null;
  record: RawRecord | null;
  /** Why the input gave no record; null when it did. */
  error: string | null;
}

export interface SourceOptions {
  stdin?: NodeJS.ReadableStream;
  maxBytes?: number;
}

const KINDS: Record<string, 'txt' | 'html' | 'json' | 'ndjson'> = {
  '.txt': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;

const fail = (file: string, line: number | null, error: string): SourceItem => ({ file, line, record: null, error });

/** Every input file under the given paths, folders walked recursively in name order. */
export function expandPaths(paths: string[]): Array<{ file: string; error: string | null }> {
  const out: Array<{ file: string; error: string | null }> = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && KINDS[path.extname(entry.name).toLowerCase()]) out.push({ file: full, error: null });
    }
  };
  for (const p of paths) {
    if (p === '-') {
      out.push({ file: '-', error: null });
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      out.push({ file: p, error: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else if (!KINDS[path.extname(p).toLowerCase()]) {
      out.push({ file: p, error: 'unsupported file type (expected .txt, .html, .json or .ndjson)' });
    } else out.push({ file: p, error: null });
  }
  return out;
}

/** Why these bytes are not text, or null when they are. */
export function notText(bytes: Buffer): string | null {
  if (bytes.length === 0) return 'empty file';
  if (bytes.subarray(0, 8192).includes(0)) return 'binary file (not text)';
  const text = bytes.toString('utf8');
  const replaced = text.length - text.replaceAll('\uFFFD', '').length;
  if (replaced > text.length / 100) return 'binary file or not UTF-8 text';
  if (text.trim() === '') return 'empty file (only white space)';
  return null;
}

/** A record from parsed JSON, or the reason it is none. */
export function recordFromJson(value: unknown): RawRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  if (typeof v.body !== 'string' || v.body.trim() === '') return 'missing body (a non-empty string is required)';
  for (const field of ['url', 'title', 'publishedAt', 'publisher', 'byline'] as const) {
    if (v[field] != null && typeof v[field] !== 'string') return `${field} must be a string`;
  }
  return {
    body: v.body,
    url: (v.url as string | undefined) ?? null,
    title: (v.title as string | undefined) ?? null,
    publishedAt: (v.publishedAt as string | undefined) ?? null,
    publisher: (v.publisher as string | undefined) ?? null,
    byline: (v.byline as string | undefined) ?? null,
  };
}

const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/** The main text of an HTML page, with its title, byline, date and canonical url when the page gives them. */
export function recordFromHtml(html: string): RawRecord | string {
  const { document } = parseHTML(html);
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  const published =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  // Readability changes the document it reads; it gets one of its own.
  const article = new Readability(parseHTML(html).document as unknown as Document).parse();
  if (!article?.content) return 'no article text found in the page';
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = [...content.querySelectorAll(BLOCKS)]
    // A block inside another block is read with its parent.
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  const body = blocks.length ? blocks.join('\n\n') : (article.textContent ?? '').trim();
  if (!body) return 'no article text found in the page';
  return {
    body,
    url: canonical,
    title: article.title?.trim() || null,
    publishedAt: article.publishedTime ?? published,
    publisher: article.siteName ?? null,
    byline: article.byline?.replace(/^By\s+/i, '').trim() || null,
  };
}

async function readAll(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer | string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += b.length;
    if (total > maxBytes) return `over the ${sizeText(maxBytes)} limit`;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function* itemsOf(file: string, kind: 'txt' | 'html' | 'json', text: string): Generator<SourceItem> {
  if (kind === 'txt') {
    yield { file, line: null, record: { body: text }, error: null };
    return;
  }
  if (kind === 'html') {
    const record = recordFromHtml(text);
    yield typeof record === 'string' ? fail(file, null, record) : { file, line: null, record, error: null };
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield fail(file, null, `malformed JSON: ${(error as Error).message}`);
    return;
  }
  const many = Array.isArray(value);
  const values = many ? (value as unknown[]) : [value];
  if (many && values.length === 0) yield fail(file, null, 'an empty JSON array: no records');
  for (const [i, v] of values.entries()) {
    const record = recordFromJson(v);
    const line = many ? i + 1 : null;
    yield typeof record === 'string' ? fail(file, line, record) : { file, line, record, error: null };
  }
}

async function* ndjsonItems(file: string, stream: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<SourceItem> {
  const lines = readline.createInterface({ input: stream as Readable, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    if (Buffer.byteLength(line) > maxBytes) {
      yield fail(file, n, `line over the ${sizeText(maxBytes)} limit`);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield fail(file, n, `malformed JSON line: ${(error as Error).message}`);
      continue;
    }
    const record = recordFromJson(value);
    yield typeof record === 'string' ? fail(file, n, record) : { file, line: n, record, error: null };
  }
}

/** Standard input's kind, from its first character: JSON ("{" or "["), HTML ("<") or page text. */
function kindOfText(text: string): 'txt' | 'html' | 'json' | 'ndjson' {
  const t = text.trimStart();
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) return /}\s*\n\s*{/.test(t) ? 'ndjson' : 'json';
  if (t.startsWith('<')) return 'html';
  return 'txt';
}

export async function* readSources(paths: string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  for (const { file, error } of expandPaths(paths)) {
    if (error) {
      yield fail(file, null, error);
      continue;
    }
    if (file === '-') {
      const bytes = await readAll(options.stdin ?? process.stdin, maxBytes);
      if (typeof bytes === 'string') {
        yield fail(file, null, bytes);
        continue;
      }
      const why = notText(bytes);
      if (why) {
        yield fail(file, null, why);
        continue;
      }
      const text = bytes.toString('utf8');
      const kind = kindOfText(text);
      if (kind === 'ndjson') yield* ndjsonItems(file, Readable.from([text]), maxBytes);
      else yield* itemsOf(file, kind, text);
      continue;
    }
    const kind = KINDS[path.extname(file).toLowerCase()] as 'txt' | 'html' | 'json' | 'ndjson';
    const bytes = fs.statSync(file).size;
    if (kind === 'ndjson') {
      const head = Buffer.alloc(Math.min(bytes, 8192));
      const fd = fs.openSync(file, 'r');
      fs.readSync(fd, head, 0, head.length, 0);
      fs.closeSync(fd);
      const why = notText(head);
      if (why) yield fail(file, null, why);
      else yield* ndjsonItems(file, fs.createReadStream(file), maxBytes);
      continue;
    }
    if (bytes > maxBytes) {
      yield fail(file, null, `file is ${sizeText(bytes)}, over the ${sizeText(maxBytes)} limit`);
      continue;
    }
    const content = fs.readFileSync(file);
    const why = notText(content);
    if (why) yield fail(file, null, why);
    else yield* itemsOf(file, kind, content.toString('utf8'));
  }
}
