/**
 * Stage 8, store: one writer for an article and its facts, whether an editor
 * curated them (the seed loader: CURATED, CONFIRMED) or the pipeline proposed
 * them (ingest: EXTRACTED, PROPOSED). The caller runs it in a transaction.
 *
 * Writing an article again (same url) replaces only the facts of the writer's
 * own provenance. Every other fact of the article (an editor's, a confirmed or
 * rejected proposal) stays as it is, and a new fact of the same type over the
 * same evidence span as one that stays is not written: a re-ingest never
 * duplicates what an editor curated, confirmed or rejected.
 */
import { createHash } from 'node:crypto';
import { and, eq, or } from 'drizzle-orm';
import {
  articles,
  casualtyReports,
  events,
  mentions,
  militaryDeployments,
  organizations,
  people,
  personAliases,
  photos,
  places,
  roles,
  statements,
} from '../db/schema/index.js';
import { type ChangeAuthor, ingestSnapshot, logIngest } from '../history/change-log.js';
import type { SeedActorRef, SeedFile, SeedSpan } from '../seed/seed-file.js';
import { findOrganization, findPerson, findPlace, type Tx } from './link.js';

export interface Provenance {
  method: 'CURATED' | 'EXTRACTED';
  reviewStatus: 'PROPOSED' | 'CONFIRMED';
}

export const CURATED: Provenance = { method: 'CURATED', reviewStatus: 'CONFIRMED' };
export const EXTRACTED: Provenance = { method: 'EXTRACTED', reviewStatus: 'PROPOSED' };

export const FACT_TYPES = ['roles', 'mentions', 'statements', 'casualtyReports', 'militaryDeployments'] as const;
export type FactType = (typeof FACT_TYPES)[number];
export type FactCounts = Record<FactType, number>;

export const noFacts = (): FactCounts => ({
  roles: 0,
  mentions: 0,
  statements: 0,
  casualtyReports: 0,
  militaryDeployments: 0,
});

export function contentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

const FACT_TABLES = { roles, mentions, statements, casualtyReports, militaryDeployments } as const;

/** What makes two facts of one table the same claim: the span, and for roles and mentions what they are about. */
function sameClaimKey(type: FactType, row: object): string {
  const r = row as Record<string, unknown>;
  const span = `${r.evidenceStart}:${r.evidenceEnd}`;
  if (type === 'roles') return `${span}:${r.personId}:${r.title}`;
  if (type === 'mentions')
    return `${span}:${r.personId ?? null}:${r.organizationId ?? null}:${r.placeId ?? null}:${r.eventId ?? null}`;
  return span;
}

/**
 * Writes `graph` (an article, its entities and facts, keyed as in a seed file)
 * with the given provenance, and its INGEST entry in the change log by `author`,
 * so that every article write is heard by subscribers and expires cached reads.
 * `source` names the input in error messages.
 */
export function writeArticleGraph(
  tx: Tx,
  graph: SeedFile,
  body: string,
  provenance: Provenance,
  source: string,
  author: ChangeAuthor,
): { articleId: number; created: boolean; counts: FactCounts } {
  const ids = new Map<string, number>();
  const idOf = (key: string | null | undefined): number | null => {
    if (key == null) return null;
    const id = ids.get(key);
    if (id === undefined) throw new Error(`${source}: unknown key "${key}"`);
    return id;
  };

  // Places first, parents before children (a parent may be listed after its child).
  const pending = [...graph.places];
  while (pending.length) {
    const index = pending.findIndex((p) => p.parent == null || ids.has(p.parent));
    if (index < 0) throw new Error(`${source}: places form a cycle or name an unknown parent`);
    const [p] = pending.splice(index, 1);
    if (!p) break;
    const row = {
      name: p.name,
      kind: p.kind,
      countryCode: p.countryCode,
      parentId: idOf(p.parent),
      population: p.population,
    };
    ids.set(p.key, findPlace(tx, p) ?? tx.insert(places).values(row).returning({ id: places.id }).get().id);
  }
  for (const o of graph.organizations) {
    const row = { name: o.name, kind: o.kind, countryId: idOf(o.country) };
    ids.set(
      o.key,
      findOrganization(tx, o) ?? tx.insert(organizations).values(row).returning({ id: organizations.id }).get().id,
    );
  }
  for (const p of graph.people) {
    const row = { name: p.name, description: p.description, nationalityId: idOf(p.nationality) };
    const id = findPerson(tx, p) ?? tx.insert(people).values(row).returning({ id: people.id }).get().id;
    ids.set(p.key, id);
    for (const alias of p.aliases) tx.insert(personAliases).values({ personId: id, alias }).onConflictDoNothing().run();
  }
  for (const e of graph.events) {
    const existing = tx.select({ id: events.id }).from(events).where(eq(events.title, e.title)).get();
    const row = { kind: e.kind, title: e.title, placeId: idOf(e.place), startsOn: e.startsOn, endsOn: e.endsOn };
    ids.set(e.key, existing?.id ?? tx.insert(events).values(row).returning({ id: events.id }).get().id);
  }

  const a = graph.article;
  const articleRow = {
    url: a.url,
    title: a.title,
    body,
    publishedOn: a.publishedOn,
    publishedAt: a.publishedAt,
    publisher: a.publisher,
    byline: a.byline,
    datelinePlaceId: idOf(a.datelinePlace),
    language: a.language,
    contentHash: contentHash(body),
  };
  const existing = tx.select({ id: articles.id }).from(articles).where(eq(articles.url, a.url)).get();
  const before = existing ? ingestSnapshot(tx, existing.id) : null;
  let articleId: number;
  const kept = new Map<FactType, Set<string>>(FACT_TYPES.map((t) => [t, new Set()]));
  if (existing) {
    articleId = existing.id;
    tx.update(articles).set(articleRow).where(eq(articles.id, articleId)).run();
    tx.delete(photos).where(eq(photos.articleId, articleId)).run();
    for (const type of FACT_TYPES) {
      const table = FACT_TABLES[type];
      tx.delete(table)
        .where(
          and(
            eq(table.articleId, articleId),
            eq(table.method, provenance.method),
            eq(table.reviewStatus, provenance.reviewStatus),
          ),
        )
        .run();
      const others = tx.select().from(table).where(eq(table.articleId, articleId)).all() as Array<
        Record<string, unknown>
      >;
      for (const row of others) kept.get(type)?.add(sameClaimKey(type, row));
    }
  } else {
    articleId = tx.insert(articles).values(articleRow).returning({ id: articles.id }).get().id;
  }

  for (const p of graph.photos) {
    tx.insert(photos)
      .values({
        articleId,
        caption: p.caption,
        credit: p.credit,
        photographerId: idOf(p.photographer),
        takenOn: p.takenOn,
        placeId: idOf(p.place),
      })
      .run();
  }

  const counts = noFacts();
  const fact = (f: { evidence: SeedSpan; confidence: number }) => ({
    articleId,
    evidenceStart: f.evidence.start,
    evidenceEnd: f.evidence.end,
    method: provenance.method,
    reviewStatus: provenance.reviewStatus,
    confidence: f.confidence,
  });
  const insert = <T extends FactType>(type: T, row: (typeof FACT_TABLES)[T]['$inferInsert']) => {
    const key = sameClaimKey(type, row);
    const seen = kept.get(type) as Set<string>;
    if (seen.has(key)) return;
    seen.add(key);
    // Each row is typed by its own table above; the casts only join the five insert signatures into one call.
    tx.insert(FACT_TABLES[type] as typeof roles)
      .values(row as typeof roles.$inferInsert)
      .run();
    counts[type]++;
  };
  const actor = (ref: SeedActorRef | null) => ({
    personId: ref && 'person' in ref ? idOf(ref.person) : null,
    organizationId: ref && 'organization' in ref ? idOf(ref.organization) : null,
  });

  for (const r of graph.roles) {
    insert('roles', {
      ...fact(r),
      personId: idOf(r.person) as number,
      title: r.title,
      organizationId: idOf(r.organization),
      countryId: idOf(r.country),
      qualifier: r.qualifier,
    });
  }
  for (const m of graph.mentions) {
    insert('mentions', {
      ...fact(m),
      personId: idOf(m.person),
      organizationId: idOf(m.organization),
      placeId: idOf(m.place),
      eventId: idOf(m.event),
    });
  }
  for (const s of graph.statements) {
    const speaker = actor(s.speaker);
    const addressee = actor(s.addressee);
    insert('statements', {
      ...fact(s),
      kind: s.kind,
      text: s.text,
      speakerPersonId: speaker.personId,
      speakerOrganizationId: speaker.organizationId,
      speakerLabel: s.speakerSpan.text,
      speakerStart: s.speakerSpan.start,
      speakerEnd: s.speakerSpan.end,
      verb: s.verb,
      addresseePersonId: addressee.personId,
      addresseeOrganizationId: addressee.organizationId,
      addresseeLabel: s.addresseeLabel,
      outletId: idOf(s.outlet),
      outletLabel: s.outletLabel,
      statedOn: s.statedOn,
    });
  }
  for (const c of graph.casualtyReports) {
    insert('casualtyReports', {
      ...fact(c),
      category: c.category,
      count: c.count,
      countLow: c.countLow,
      countHigh: c.countHigh,
      qualifier: c.qualifier,
      statedCount: c.statedCount,
      victims: c.victims,
      cause: c.cause,
      placeId: idOf(c.place),
      eventId: idOf(c.event),
      occurredOn: c.occurredOn,
    });
  }
  for (const d of graph.militaryDeployments) {
    insert('militaryDeployments', {
      ...fact(d),
      deployingCountryId: idOf(d.deployingCountry) as number,
      hostCountryId: idOf(d.hostCountry) as number,
      locationId: idOf(d.location),
      forceType: d.forceType,
      unitSize: d.unitSize,
      personnel: d.personnel,
      personnelQualifier: d.personnelQualifier,
      status: d.status,
      purpose: d.purpose,
      orderedById: idOf(d.orderedBy),
      eventId: idOf(d.event),
      occurredOn: d.occurredOn,
    });
  }
  logIngest(tx, author, articleId, before);
  return { articleId, created: !existing, counts };
}

/** The article stored under this url, or with this exact body under any url. */
export function findStoredArticle(tx: Tx, url: string, hash: string) {
  return tx
    .select({ id: articles.id, url: articles.url, contentHash: articles.contentHash })
    .from(articles)
    .where(or(eq(articles.url, url), eq(articles.contentHash, hash)))
    .all()
    .sort((x, y) => Number(y.url === url) - Number(x.url === url))[0];
}
