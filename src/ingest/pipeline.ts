/**
 * The ingest pipeline: a raw record goes through clean, segment, dates,
 * entities, coreference and the three fact extractors, and comes out as a
 * graph shaped like a curated seed file, which the store writes in one
 * transaction with method EXTRACTED and review status PROPOSED.
 */
import type { Db } from '../db/client.js';
import { type ChangeAuthor, INGEST_CLI } from '../history/change-log.js';
import type { SeedFile } from '../seed/seed-file.js';
import { extractCasualtyReports } from './casualties.js';
import { cleanPage, titleFromText } from './clean.js';
import { resolveCoreference } from './coref.js';
import { findDateline, type KnownPlace } from './dateline.js';
import { type AnchorKind, absoluteDates, articleDay, resolveDates } from './dates.js';
import { extractDeployments } from './deployments.js';
import { findEntities, slug } from './entities.js';
import { lookupPlace } from './gazetteer.js';
import { segment } from './segment.js';
import { extractStatements } from './statements.js';
import { contentHash, EXTRACTED, type FactCounts, findStoredArticle, noFacts, writeArticleGraph } from './store.js';
import type { AnalyzedArticle, DateReference, EntityMention } from './types.js';

/** One article as a source gives it. */
export interface RawRecord {
  url?: string | null;
  title?: string | null;
  /** Raw page text (page furniture and captions are cleaned out) or the article text itself. */
  body: string;
  publishedAt?: string | null;
  publisher?: string | null;
  byline?: string | null;
}

export interface IngestOptions {
  /** The day to file an article under when neither the record nor its text gives one (YYYY-MM-DD). */
  defaultPublishedOn?: string | null;
  /** Who the change log names for the articles written; the command-line ingest when not given. */
  author?: ChangeAuthor;
}

export type IngestStatus = 'NEW' | 'UPDATED' | 'UNCHANGED' | 'FAILED';

export interface IngestResult {
  status: IngestStatus;
  articleId: number | null;
  url: string | null;
  /** Facts written, by type (zero for UNCHANGED and FAILED). */
  counts: FactCounts;
  /** Why the article failed; null otherwise. */
  reason: string | null;
  /** The record field the failure is about, when there is one. */
  field: keyof RawRecord | null;
}

export class IngestFailure extends Error {
  constructor(
    message: string,
    readonly field: keyof RawRecord | null = null,
  ) {
    super(message);
  }
}

/** Confidence of a mention by how it was tied to its entity. */
const MENTION_CONFIDENCE: Record<EntityMention['via'], number> = {
  NAME: 0.9,
  ALIAS: 0.85,
  DEMONYM: 0.8,
  PRONOUN: 0.7,
  DESCRIPTION: 0.6,
};

const ENGLISH_STOPWORDS = new Set(
  'the of and to a in that is was he she for it with as his her on be at by this had not are but from or have an they which one were their said has been would who will its there also after than more when into over about'.split(
    ' ',
  ),
);

/**
 * Share of a text's words that are common English function words: about a
 * third in English prose, a few percent in other languages written in Latin
 * letters, none in other scripts.
 */
export function englishShare(text: string): { words: number; share: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_STOPWORDS.has(w)).length;
  return { words: words.length, share: words.length ? english / words.length : 0 };
}

const MIN_ENGLISH_SHARE = 0.12;
/** Below this many words the share says little; a short English text is let through. */
const MIN_WORDS_FOR_LANGUAGE = 25;

/** A stable url for a record that has none: the hash of its cleaned text. */
export function urlForText(body: string): string {
  return `urn:newsgraph:sha256:${contentHash(body).slice(0, 32)}`;
}

function validPublishedAt(value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  const t = new Date(value);
  if (Number.isNaN(t.getTime())) {
    throw new IngestFailure(`publishedAt "${value}" is not a date and time (ISO 8601 expected)`, 'publishedAt');
  }
  return t.toISOString();
}

export interface AnalyzedRecord {
  graph: SeedFile;
  body: string;
  analyzed: AnalyzedArticle;
}

/** Runs every stage but the store. Throws IngestFailure for a record that cannot become an article. */
export function analyzeRecord(record: RawRecord, options: IngestOptions = {}): AnalyzedRecord {
  if (typeof record.body !== 'string' || record.body.trim() === '') {
    throw new IngestFailure('the article has no body text', 'body');
  }
  const cleaned = cleanPage(record.body);
  const body = cleaned.body;
  if (!body) throw new IngestFailure('nothing but page furniture and captions: no article text', 'body');
  const language = englishShare(body);
  if (language.words >= MIN_WORDS_FOR_LANGUAGE && language.share < MIN_ENGLISH_SHARE) {
    throw new IngestFailure(
      `the text does not read as English (${Math.round(language.share * 100)}% common English words, at least ${MIN_ENGLISH_SHARE * 100}% expected)`,
      'body',
    );
  }
  const publishedAt = validPublishedAt(record.publishedAt);
  const { paragraphs, sentences } = segment(body);

  // A caption's own date ("Wednesday, April 7, 2010") needs no anchor; its place is the first the gazetteer knows.
  const photos = cleaned.photos.map((p) => {
    const takenOn = absoluteDates(p.caption)[0]?.day ?? null;
    const names = p.caption.match(/\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/gu) ?? [];
    const hits = names.map((n) => lookupPlace(n)).filter((h) => h !== undefined);
    const place = hits.find((h) => h.kind === 'CITY') ?? hits.find((h) => h.kind === 'COUNTRY') ?? null;
    return { ...p, takenOn, place };
  });
  const captionDay = photos.find((p) => p.takenOn)?.takenOn ?? null;
  const anchor: { day: string; kind: AnchorKind } | null = publishedAt
    ? { day: publishedAt.slice(0, 10), kind: 'PUBLISHED' }
    : captionDay
      ? { day: captionDay, kind: 'CAPTION' }
      : null;
  const dates: DateReference[] = anchor ? resolveDates(body, anchor) : absoluteDates(body);
  const captionDates: DateReference[] = captionDay ? [{ start: 0, end: 0, text: '', day: captionDay }] : [];
  const publishedOn = articleDay(publishedAt, [...dates, ...captionDates]) ?? options.defaultPublishedOn ?? null;
  if (!publishedOn) {
    throw new IngestFailure(
      'no publication day: the record has no publishedAt and the text names no day (give publishedAt, or --published-on)',
      'publishedAt',
    );
  }

  const home = photos.find((p) => p.place)?.place;
  const homeCode = home ? home.country.code : null;
  const entities = resolveCoreference(body, sentences, findEntities(body, sentences, homeCode));

  const places = [...entities.places];
  const people = [...entities.people];
  const placeKey = (hit: KnownPlace): string => {
    const countryKey = slug(hit.country.name);
    if (!places.some((p) => p.key === countryKey)) {
      places.push({
        key: countryKey,
        name: hit.country.name,
        kind: 'COUNTRY',
        countryCode: hit.country.code,
        parent: null,
        population: null,
      });
    }
    if (hit.kind === 'COUNTRY') return countryKey;
    const key = slug(hit.name);
    if (!places.some((p) => p.key === key)) {
      places.push({
        key,
        name: hit.name,
        kind: 'CITY',
        countryCode: hit.country.code,
        parent: countryKey,
        population: null,
      });
    }
    return key;
  };
  const graphPhotos: SeedFile['photos'] = photos.map((p) => {
    let photographer: string | null = null;
    if (p.photographer) {
      const key = slug(p.photographer);
      const elsewhere = [...places, ...entities.organizations].some((x) => x.key === key);
      photographer = elsewhere ? `${key}-person` : key;
      if (!people.some((x) => x.key === photographer)) {
        people.push({
          key: photographer,
          name: p.photographer,
          aliases: [],
          description: 'Photographer',
          nationality: null,
        });
      }
    }
    return {
      caption: p.caption,
      credit: p.credit,
      photographer,
      takenOn: p.takenOn,
      place: p.place ? placeKey(p.place) : null,
    };
  });

  const filed = findDateline(body);
  const dateline = filed && { ...filed, place: filed.place && placeKey(filed.place) };

  const analyzed: AnalyzedArticle = {
    body,
    publishedOn,
    paragraphs,
    sentences,
    people,
    organizations: entities.organizations,
    places,
    mentions: entities.mentions,
    dates,
    dateline,
    roles: entities.roles,
  };
  const url = record.url?.trim() || urlForText(body);
  const title = record.title?.trim() || cleaned.headline || titleFromText(sentences[0]?.text ?? body);
  const graph: SeedFile = {
    article: {
      rawFile: '',
      url,
      title,
      publishedOn,
      publishedAt,
      publisher: record.publisher ?? null,
      byline: record.byline ?? cleaned.byline,
      language: 'en',
      datelinePlace: dateline?.place ?? null,
      furniture: cleaned.furniture,
    },
    photos: graphPhotos,
    places,
    people,
    organizations: entities.organizations,
    events: [],
    roles: entities.roles,
    mentions: entities.mentions.map((m) => ({
      evidence: { start: m.start, end: m.end, text: m.text },
      confidence: MENTION_CONFIDENCE[m.via],
      ...m.ref,
    })),
    statements: extractStatements(analyzed),
    casualtyReports: extractCasualtyReports(analyzed),
    militaryDeployments: extractDeployments(analyzed),
  };
  return { graph, body, analyzed };
}

/**
 * Ingests one record in one transaction: NEW when its url and text are new,
 * UNCHANGED when an article with the same url or the same text is stored
 * already, UPDATED when the url is known and the text changed (its proposed
 * facts are extracted again; curated and reviewed ones stay), FAILED with a
 * reason when the record cannot become an article (nothing is written).
 * What it writes goes into the change log in the same transaction.
 */
export function ingestArticle(db: Db, record: RawRecord, options: IngestOptions = {}): IngestResult {
  let analyzed: AnalyzedRecord;
  try {
    analyzed = analyzeRecord(record, options);
  } catch (error) {
    if (!(error instanceof IngestFailure)) throw error;
    return {
      status: 'FAILED',
      articleId: null,
      url: record.url ?? null,
      counts: noFacts(),
      reason: error.message,
      field: error.field,
    };
  }
  const { graph, body } = analyzed;
  const url = graph.article.url;
  return db.transaction((tx) => {
    const stored = findStoredArticle(tx, url, contentHash(body));
    if (stored && stored.contentHash === contentHash(body)) {
      return {
        status: 'UNCHANGED',
        articleId: stored.id,
        url: stored.url,
        counts: noFacts(),
        reason: null,
        field: null,
      };
    }
    const written = writeArticleGraph(tx, graph, body, EXTRACTED, url, options.author ?? INGEST_CLI);
    const status: IngestStatus = written.created ? 'NEW' : 'UPDATED';
    return { status, articleId: written.articleId, url, counts: written.counts, reason: null, field: null };
  });
}
