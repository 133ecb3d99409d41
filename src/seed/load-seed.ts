import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
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
import { bodyFromRawPage, type SeedActorRef, type SeedFile, type SeedSpan } from './seed-file.js';

export const SEED_FOLDER = fileURLToPath(new URL('../../data/seed', import.meta.url));

/** Every seed file in data/seed, in name order. */
export function seedFiles(folder = SEED_FOLDER): string[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(folder, f));
}

export function readSeedFile(file: string): { seed: SeedFile; body: string; raw: string } {
  const seed = JSON.parse(fs.readFileSync(file, 'utf8')) as SeedFile;
  const raw = fs.readFileSync(path.join(path.dirname(file), seed.article.rawFile), 'utf8');
  return { seed, raw, body: bodyFromRawPage(raw, seed.article.furniture, seed.photos) };
}

/** Throws unless every span of the seed lies in the body and reads exactly as recorded. */
export function checkSpans(seed: SeedFile, body: string, file: string): void {
  const spans: Array<[string, SeedSpan]> = [
    ...seed.roles.map((f, i) => [`roles[${i}].evidence`, f.evidence] as [string, SeedSpan]),
    ...seed.mentions.map((f, i) => [`mentions[${i}].evidence`, f.evidence] as [string, SeedSpan]),
    ...seed.statements.flatMap((f, i) => [
      [`statements[${i}].evidence`, f.evidence] as [string, SeedSpan],
      [`statements[${i}].speakerSpan`, f.speakerSpan] as [string, SeedSpan],
    ]),
    ...seed.casualtyReports.map((f, i) => [`casualtyReports[${i}].evidence`, f.evidence] as [string, SeedSpan]),
    ...seed.militaryDeployments.map((f, i) => [`militaryDeployments[${i}].evidence`, f.evidence] as [string, SeedSpan]),
  ];
  for (const [where, span] of spans) {
    const found = body.slice(span.start, span.end);
    if (span.end > body.length || found !== span.text) {
      throw new Error(`${file}: ${where} [${span.start}, ${span.end}) reads "${found}", not "${span.text}"`);
    }
  }
}

/**
 * Loads one curated seed article and its facts in one transaction. Loading it
 * again replaces the article and its facts; entities are matched by name, so
 * a reload creates no duplicates and leaves other articles' references alone.
 */
export function loadSeedFile(db: Db, file: string): number {
  const { seed, body } = readSeedFile(file);
  checkSpans(seed, body, file);
  return db.transaction((tx) => {
    const ids = new Map<string, number>();
    const idOf = (key: string | null | undefined): number | null => {
      if (key == null) return null;
      const id = ids.get(key);
      if (id === undefined) throw new Error(`${file}: unknown key "${key}"`);
      return id;
    };
    const findOrInsert = <Row extends { id: number }>(
      key: string,
      existing: Row | undefined,
      insert: () => { id: number },
    ) => ids.set(key, existing?.id ?? insert().id);

    // Places first, parents before children (a parent may be listed after its child).
    const pending = [...seed.places];
    while (pending.length) {
      const index = pending.findIndex((p) => p.parent == null || ids.has(p.parent));
      if (index < 0) throw new Error(`${file}: places form a cycle or name an unknown parent`);
      const [p] = pending.splice(index, 1);
      if (!p) break;
      const row = {
        name: p.name,
        kind: p.kind,
        countryCode: p.countryCode,
        parentId: idOf(p.parent),
        population: p.population,
      };
      findOrInsert(
        p.key,
        tx
          .select()
          .from(places)
          .where(and(eq(places.name, p.name), eq(places.kind, p.kind)))
          .get(),
        () => tx.insert(places).values(row).returning({ id: places.id }).get(),
      );
    }
    for (const o of seed.organizations) {
      findOrInsert(o.key, tx.select().from(organizations).where(eq(organizations.name, o.name)).get(), () =>
        tx
          .insert(organizations)
          .values({ name: o.name, kind: o.kind, countryId: idOf(o.country) })
          .returning({ id: organizations.id })
          .get(),
      );
    }
    for (const p of seed.people) {
      findOrInsert(p.key, tx.select().from(people).where(eq(people.name, p.name)).get(), () =>
        tx
          .insert(people)
          .values({ name: p.name, description: p.description, nationalityId: idOf(p.nationality) })
          .returning({ id: people.id })
          .get(),
      );
      for (const alias of p.aliases) {
        tx.insert(personAliases)
          .values({ personId: idOf(p.key) as number, alias })
          .onConflictDoNothing()
          .run();
      }
    }
    for (const e of seed.events) {
      findOrInsert(e.key, tx.select().from(events).where(eq(events.title, e.title)).get(), () =>
        tx
          .insert(events)
          .values({ kind: e.kind, title: e.title, placeId: idOf(e.place), startsOn: e.startsOn, endsOn: e.endsOn })
          .returning({ id: events.id })
          .get(),
      );
    }

    const a = seed.article;
    tx.delete(articles).where(eq(articles.url, a.url)).run();
    const articleId = tx
      .insert(articles)
      .values({
        url: a.url,
        title: a.title,
        body,
        publishedOn: a.publishedOn,
        publishedAt: a.publishedAt,
        publisher: a.publisher,
        byline: a.byline,
        datelinePlaceId: idOf(a.datelinePlace),
        language: a.language,
        contentHash: createHash('sha256').update(body).digest('hex'),
      })
      .returning({ id: articles.id })
      .get().id;

    for (const p of seed.photos) {
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

    const fact = (f: { evidence: SeedSpan; confidence: number }) => ({
      articleId,
      evidenceStart: f.evidence.start,
      evidenceEnd: f.evidence.end,
      method: 'CURATED' as const,
      reviewStatus: 'CONFIRMED' as const,
      confidence: f.confidence,
    });
    const actor = (ref: SeedActorRef | null) => ({
      personId: ref && 'person' in ref ? idOf(ref.person) : null,
      organizationId: ref && 'organization' in ref ? idOf(ref.organization) : null,
    });

    for (const r of seed.roles) {
      tx.insert(roles)
        .values({
          ...fact(r),
          personId: idOf(r.person) as number,
          title: r.title,
          organizationId: idOf(r.organization),
          countryId: idOf(r.country),
          qualifier: r.qualifier,
        })
        .run();
    }
    for (const m of seed.mentions) {
      tx.insert(mentions)
        .values({
          ...fact(m),
          personId: idOf(m.person),
          organizationId: idOf(m.organization),
          placeId: idOf(m.place),
          eventId: idOf(m.event),
        })
        .run();
    }
    for (const s of seed.statements) {
      const speaker = actor(s.speaker);
      const addressee = actor(s.addressee);
      tx.insert(statements)
        .values({
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
        })
        .run();
    }
    for (const c of seed.casualtyReports) {
      tx.insert(casualtyReports)
        .values({
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
        })
        .run();
    }
    for (const d of seed.militaryDeployments) {
      tx.insert(militaryDeployments)
        .values({
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
        })
        .run();
    }
    return articleId;
  });
}

/** Loads every seed file; used by `npm start` on an empty database and by `npm run db:seed`. */
export function loadSeed(db: Db, folder = SEED_FOLDER): number[] {
  return seedFiles(folder).map((file) => loadSeedFile(db, file));
}

export function isEmpty(db: Db): boolean {
  return db.select({ id: articles.id }).from(articles).limit(1).get() === undefined;
}
