/**
 * The contract between the ingest stages. Every stage is a pure function over
 * what earlier stages found; every offset is a UTF-16 offset into the cleaned
 * body, the text that is stored as the article's body. The pipeline's result
 * has the shape of a curated seed file (SeedFile), so one writer stores both
 * and the seed recall test compares like with like.
 */
import type { SeedFile } from '../seed/seed-file.js';

/** A stretch of the cleaned body. */
export interface Segment {
  start: number;
  end: number;
  /** body.slice(start, end) */
  text: string;
}

export interface Sentence extends Segment {
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
}

/** An entity by its key in the article's graph (the keys of SeedFile's people, organizations and places). */
export type EntityRef = { person: string } | { organization: string } | { place: string };

/** A span that names (or, after coreference, refers to) an entity. */
export interface EntityMention extends Segment {
  ref: EntityRef;
  /** How the span was tied to the entity. */
  via: 'NAME' | 'ALIAS' | 'PRONOUN' | 'DESCRIPTION' | 'DEMONYM';
}

/** A date the text refers to ("on Thursday", "April 7, 2010"), resolved to a day. */
export interface DateReference extends Segment {
  /** YYYY-MM-DD */
  day: string;
}

/** The dateline opening the article ("BAMAKO, Mali (AP) — "), with its place's key when the gazetteer knows it. */
export interface ArticleDateline extends Segment {
  place: string | null;
}

/** What the text stages know about an article before facts are extracted. */
export interface AnalyzedArticle {
  body: string;
  /** The day the article was published, YYYY-MM-DD, when known. */
  publishedOn: string | null;
  paragraphs: Segment[];
  sentences: Sentence[];
  people: SeedFile['people'];
  organizations: SeedFile['organizations'];
  places: SeedFile['places'];
  /** Every span referring to an entity, pronouns resolved by coreference included; sorted by start. */
  mentions: EntityMention[];
  dates: DateReference[];
  /** Where the story was filed, when a dateline opens it. */
  dateline: ArticleDateline | null;
  /** Titles the text gives people ("ousted Kyrgyz President Kurmanbek Bakiyev"), from the entity stage. */
  roles?: SeedFile['roles'];
}

export type ExtractedStatement = SeedFile['statements'][number];
export type ExtractedCasualtyReport = SeedFile['casualtyReports'][number];
export type ExtractedDeployment = SeedFile['militaryDeployments'][number];
