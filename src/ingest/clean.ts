/**
 * Stage 1, clean: raw page text in, article body out. Paragraphs are blocks
 * separated by blank lines; page furniture ("Skip to main content", share and
 * subscribe lines) and photo captions (with the photographer's credit glued
 * to them, as copied pages print it) are taken out whole, everything else is
 * kept exactly as printed. The curated seed loader builds its body with the
 * same two functions (rawParagraphs, joinParagraphs), so a cleaned page and a
 * curated one are byte for byte the same text.
 */

export interface PhotoCaption {
  caption: string;
  /** The credit exactly as printed. */
  credit: string;
  /** The photographer's name when the credit names a person. */
  photographer: string | null;
}

export interface CleanedPage {
  body: string;
  /** Paragraphs dropped as page furniture, as printed. */
  furniture: string[];
  photos: PhotoCaption[];
  /** A headline line above the text, when the page has one (dropped from the body). */
  headline: string | null;
  /** A "By ..." line, when the page has one (dropped from the body). */
  byline: string | null;
}

/** The page's paragraphs: blocks between blank lines, trimmed, empty ones gone. */
export function rawParagraphs(raw: string): string[] {
  return raw
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

const FURNITURE = [
  /^skip to (main )?content$/i,
  /^(advertisement|story continues below( advertisement)?|related (articles|stories|coverage)|read more|most read|comments?|all rights reserved\.?)$/i,
  /^((share|tweet|email|e-mail|print|facebook|twitter|linkedin|whatsapp|reddit|copy link|save)\b[\s|·•,/]*)+$/i,
  /^(share (this|on|via)\b|subscribe( now| today| to (our|the)\b|$)|sign (up|in)( (for|to) (our|the)\b|$)|log in\b|follow us\b|click here\b)[^.!?]{0,60}[.!?]?$/i,
  /^(©|\(c\)|copyright)\s.{0,120}$/i,
];

/** News agencies whose name as a credit is not a photographer. */
const AGENCIES = 'AP|AFP|Reuters|Getty Images|EPA|Xinhua|TASS|Anadolu|Associated Press';
const AGENCY_CREDIT = new RegExp(`^(${AGENCIES})$`, 'i');

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}`;
/** "... April 7, 2010.Ivan Sekretarev": the sentence ends and a name (or an agency) follows with no space. */
const GLUED_CREDIT = new RegExp(`[.!?)](${NAME}|${AGENCIES})$`, 'u');
/** "... (AP Photo/Ivan Sekretarev)" and "... Photo: Ivan Sekretarev". */
const MARKED_CREDIT =
  /^(.+?[.!?)]?)\s*(\((?:AP |AFP |Reuters )?Photo\s*\/\s*[^)]+\)|(?:Photo|Picture|Image)s?:\s*.+)$/u;

export function splitCaption(paragraph: string): PhotoCaption | null {
  const glued = GLUED_CREDIT.exec(paragraph);
  const caption = glued ? paragraph.slice(0, glued.index + 1) : '';
  if (glued?.[1] && /\p{Ll}/u.test(caption)) {
    return { caption, credit: glued[1], photographer: AGENCY_CREDIT.test(glued[1]) ? null : glued[1] };
  }
  const marked = MARKED_CREDIT.exec(paragraph);
  if (marked?.[1] && marked[2]) {
    const name = /(?:\/|:)\s*([^)/]+?)\)?$/.exec(marked[2])?.[1]?.trim() ?? null;
    const photographer = name && new RegExp(`^${NAME}$`, 'u').test(name) && !AGENCY_CREDIT.test(name) ? name : null;
    return { caption: marked[1].trim(), credit: marked[2], photographer };
  }
  return null;
}

const isFurniture = (p: string) => FURNITURE.some((re) => re.test(p));

/** A short line with no closing punctuation, above a longer text, reads as a headline. */
function isHeadline(p: string): boolean {
  const words = p.split(/\s+/).length;
  return words >= 3 && words <= 20 && !/[.!?:;,"”’)]$/.test(p) && !p.includes('\n');
}

const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|and|de|van|von))*$/u;

export function cleanPage(raw: string): CleanedPage {
  const furniture: string[] = [];
  const photos: PhotoCaption[] = [];
  const kept: string[] = [];
  let headline: string | null = null;
  let byline: string | null = null;
  for (const p of rawParagraphs(raw)) {
    if (isFurniture(p)) {
      furniture.push(p);
      continue;
    }
    const photo = splitCaption(p);
    if (photo) {
      photos.push(photo);
      continue;
    }
    // Only above the first paragraph of text: a headline, then perhaps a byline.
    if (kept.length === 0 && headline === null && byline === null && isHeadline(p)) {
      headline = p;
      continue;
    }
    if (kept.length === 0 && byline === null && BYLINE.test(p)) {
      byline = p.replace(/^By\s+/, '');
      continue;
    }
    kept.push(p);
  }
  // A "headline" with nothing under it was the text itself.
  if (kept.length === 0 && headline !== null) {
    kept.push(headline);
    headline = null;
  }
  return { body: joinParagraphs(kept), furniture, photos, headline, byline };
}

/** A title for a text without a headline: its first sentence, cut at a word before 120 characters. */
export function titleFromText(firstSentence: string): string {
  const s = firstSentence.trim().replace(/\s+/g, ' ');
  if (s.length <= 120) return s;
  const cut = s.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).replace(/[,;:]$/, '')}…`;
}
