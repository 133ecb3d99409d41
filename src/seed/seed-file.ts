/**
 * The shape of a hand-curated seed file (data/seed/*.json): one article, the
 * entities it names and every fact it states. Entities are referred to by a
 * `key` that is local to the file; facts carry their evidence as offsets into
 * the article body together with the text found there, so a loader (and a
 * test) can prove that every span says what the fact says.
 */

import type {
  casualtyCategories,
  countQualifiers,
  deploymentStatuses,
  eventKinds,
  organizationKinds,
  placeKinds,
  statementKinds,
} from '../db/schema/index.js';
import { joinParagraphs, rawParagraphs } from '../ingest/clean.js';

type CountQualifier = (typeof countQualifiers)[number];

export interface SeedSpan {
  /** Offset of the first character, in UTF-16 code units, into the article body. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** body.slice(start, end), repeated here so that drift is caught. */
  text: string;
}

export interface SeedFact {
  evidence: SeedSpan;
  /** 0..1; curated facts are usually 1. */
  confidence: number;
}

export type SeedActorRef = { person: string } | { organization: string };

export interface SeedFile {
  article: {
    /** File name of the raw page text, next to the seed file. */
    rawFile: string;
    url: string;
    title: string;
    /** Day of publication, YYYY-MM-DD. */
    publishedOn: string;
    /** Exact instant of publication when the source gives it (ISO 8601), else null. */
    publishedAt: string | null;
    publisher: string | null;
    byline: string | null;
    /** BCP 47 language tag. */
    language: string;
    datelinePlace: string | null;
    /** Paragraphs of page furniture, dropped from the body exactly as printed. */
    furniture: string[];
  };
  photos: Array<{
    caption: string;
    /** The credit as printed (in the raw text it is glued to the caption). */
    credit: string;
    photographer: string | null;
    takenOn: string | null;
    place: string | null;
  }>;
  places: Array<{
    key: string;
    name: string;
    kind: (typeof placeKinds)[number];
    /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
    countryCode: string | null;
    parent: string | null;
    /** Population as stated by an article, e.g. 5300000 for "5.3 million". */
    population: number | null;
  }>;
  people: Array<{
    key: string;
    name: string;
    aliases: string[];
    description: string | null;
    nationality: string | null;
  }>;
  organizations: Array<{
    key: string;
    name: string;
    kind: (typeof organizationKinds)[number];
    country: string | null;
  }>;
  events: Array<{
    key: string;
    kind: (typeof eventKinds)[number];
    title: string;
    place: string | null;
    startsOn: string | null;
    endsOn: string | null;
  }>;
  roles: Array<
    SeedFact & {
      person: string;
      title: string;
      organization: string | null;
      country: string | null;
      qualifier: string | null;
    }
  >;
  /** Exactly one of person, organization, place, event. */
  mentions: Array<SeedFact & { person?: string; organization?: string; place?: string; event?: string }>;
  statements: Array<
    SeedFact & {
      kind: (typeof statementKinds)[number];
      /** Exact words; equals evidence.text. */
      text: string;
      speaker: SeedActorRef | null;
      /** Where the article names the speaker; its text is the speaker label. */
      speakerSpan: SeedSpan;
      verb: string | null;
      addressee: SeedActorRef | null;
      addresseeLabel: string | null;
      outlet: string | null;
      outletLabel: string | null;
      statedOn: string | null;
    }
  >;
  casualtyReports: Array<
    SeedFact & {
      category: (typeof casualtyCategories)[number];
      count: number | null;
      countLow: number | null;
      countHigh: number | null;
      qualifier: CountQualifier;
      /** The count as printed, e.g. "at least 75". */
      statedCount: string;
      victims: string | null;
      cause: string | null;
      place: string | null;
      event: string | null;
      occurredOn: string | null;
    }
  >;
  militaryDeployments: Array<
    SeedFact & {
      deployingCountry: string;
      hostCountry: string;
      location: string | null;
      forceType: string | null;
      unitSize: string | null;
      personnel: number | null;
      personnelQualifier: CountQualifier | null;
      status: (typeof deploymentStatuses)[number];
      purpose: string | null;
      orderedBy: string | null;
      event: string | null;
      occurredOn: string | null;
    }
  >;
}

/**
 * The article body is the raw page text without its furniture and without the
 * photo caption paragraph (caption and credit are printed glued together).
 * Paragraphs are split and joined by the ingest clean stage, so a curated body
 * and an ingested one are the same text.
 */
export function bodyFromRawPage(raw: string, furniture: string[], photos: SeedFile['photos']): string {
  const dropped = new Set([...furniture, ...photos.map((p) => p.caption + p.credit)]);
  return joinParagraphs(rawParagraphs(raw).filter((p) => !dropped.has(p)));
}
