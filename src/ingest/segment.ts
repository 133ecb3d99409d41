/**
 * Stage 2, segment: paragraphs and sentences of the cleaned body, each with
 * its offsets. A period ends a sentence unless it closes an abbreviation
 * ("Mr.", "Gen.", "U.S.") or an initial ("John F. Kennedy"); a closing quote
 * after the end mark belongs to the sentence; a quotation that runs over
 * several sentences and closes with a comma before its attribution
 * ("First. Second," he said.) stays one sentence with its attribution.
 */
import type { Segment, Sentence } from './types.js';

/** Words that take a period without ending a sentence (compared without the period, case-sensitive). */
const ABBREVIATIONS = new Set([
  ...['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sr', 'Jr', 'St', 'Mt', 'Ft', 'Rev', 'Hon', 'Messrs'],
  ...['Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Brig', 'Gov', 'Sen', 'Rep', 'Pres'],
  ...['Pfc', 'Spc', 'Pte'],
  ...['Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'],
  ...['No', 'Nos', 'vs', 'etc', 'approx', 'est', 'Inc', 'Corp', 'Co', 'Ltd', 'Dept', 'Univ', 'Ave', 'Blvd'],
]);

/**
 * A line longer than this is no hard-wrapped line: a block holding one has a paragraph per line (pages that
 * put a single newline between paragraphs), where a block of short lines is one paragraph wrapped by hand.
 */
const HARD_WRAP = 120;

export function paragraphsOf(body: string): Segment[] {
  const out: Segment[] = [];
  const push = (start: number, raw: string) => {
    const text = raw.trimEnd();
    if (text.trim()) out.push({ start, end: start + text.length, text });
  };
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (const m of body.matchAll(re)) {
    const lines = m[0].split('\n');
    let at = m.index;
    for (const part of lines.some((l) => l.length > HARD_WRAP) ? lines : [m[0]]) {
      push(at, part);
      at += part.length + 1;
    }
  }
  return out;
}

/** Whether the period at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (!before) return false;
  const word = before.replace(/^.*\.(?=\p{L}{2,}$)/u, '');
  if (ABBREVIATIONS.has(word)) return true;
  // "U.S.", "U.N.", "a.m.": letters separated by periods.
  if (/^(\p{L}\.)+\p{L}$/u.test(before)) return true;
  // An initial: one capital letter standing alone.
  return /^\p{Lu}$/u.test(before);
}

const OPEN_QUOTES = new Set(['"', '“']);
const CLOSE_QUOTES = new Set(['"', '”']);

/** Sentences of one paragraph (offsets relative to the paragraph). */
function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') inQuote = !inQuote;
    else if (OPEN_QUOTES.has(ch)) inQuote = true;
    else if (CLOSE_QUOTES.has(ch)) inQuote = false;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    let end = i + 1;
    while (end < text.length && /[.!?)\]'’]/.test(text[end] as string)) end++;
    // '….”We will …': with no quote open, a closing mark that a capital follows at once is an opening one misprinted,
    // and opens the next sentence
    if (!inQuote && text[end] === '”' && /\p{Lu}/u.test(text[end + 1] ?? '')) {
      breaks.push(end);
      continue;
    }
    let closesQuote = false;
    if (end < text.length && (text[end] === '"' || text[end] === '”') && inQuote) {
      end++;
      closesQuote = true;
    }
    const rest = text.slice(end);
    // the next sentence may open on a quote mark, or on one typed as two single marks (``, ‘‘, '')
    if (!/^\s+(?:``|‘‘|''|["“‘'([])?[\p{Lu}\d]/u.test(rest)) continue;
    if (inQuote && !closesQuote && quoteEndsInAttribution(rest)) continue;
    if (closesQuote) inQuote = false;
    breaks.push(end);
    i = end - 1;
  }
  return breaks;
}

/** Within an open quote: does it close with a comma and go on in lower case ("..., he said")? */
function quoteEndsInAttribution(rest: string): boolean {
  const close = rest.search(/["”]/);
  if (close < 0) return false;
  return /[,]$/.test(rest.slice(0, close)) && /^\s+\p{Ll}/u.test(rest.slice(close + 1));
}

export function segment(body: string): { paragraphs: Segment[]; sentences: Sentence[] } {
  const paragraphs = paragraphsOf(body);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    let from = 0;
    for (const cut of [...sentenceBreaks(p.text), p.text.length]) {
      const raw = p.text.slice(from, cut);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) {
        const start = p.start + from + lead;
        sentences.push({ start, end: start + text.length, text, paragraph });
      }
      from = cut;
    }
  });
  return { paragraphs, sentences };
}
