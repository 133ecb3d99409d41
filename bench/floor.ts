import type Database from 'better-sqlite3';

/**
 * The floor: the list traversal's JSON computed by hand-written SQL, one
 * statement per relation with the page cut by a window function, and no
 * GraphQL. It must produce exactly what `articles(first:)` returns; the smoke
 * test compares the two.
 */

type Row = Record<string, unknown>;

const PAGE = 20;

function placeholders(ids: number[]): string {
  return ids.map(() => '?').join(', ');
}

function groupBy<T extends Row>(rows: T[], key: string): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const id = row[key] as number;
    const list = groups.get(id);
    if (list) list.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

export function createFloor(sqlite: Database.Database) {
  const statements = new Map<string, Database.Statement>();
  // Prepared once per distinct SQL text, as a hand-tuned data layer would.
  const all = (sql: string, params: unknown[]) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
    }
    return statement.all(...params) as Row[];
  };

  return function listTraversal(first: number) {
    const articles = all(
      'SELECT id, title, published_on, published_at FROM articles ORDER BY published_on DESC, id DESC LIMIT ?',
      [first],
    );
    const ids = articles.map((a) => a.id as number);
    const inIds = placeholders(ids);

    const people = groupBy(
      all(
        `WITH links AS (
           SELECT DISTINCT article_id AS parent, person_id AS child FROM mentions WHERE article_id IN (${inIds}) AND person_id IS NOT NULL
           UNION SELECT DISTINCT article_id, photographer_id FROM photos WHERE article_id IN (${inIds}) AND photographer_id IS NOT NULL)
         SELECT * FROM (
           SELECT links.parent, p.id, p.name,
                  row_number() OVER (PARTITION BY links.parent ORDER BY p.name, p.id) AS rank,
                  count(*) OVER (PARTITION BY links.parent) AS total
           FROM links JOIN people p ON p.id = links.child)
         WHERE rank <= ${PAGE} ORDER BY parent, rank`,
        [...ids, ...ids],
      ),
      'parent',
    );
    const personIds = [...new Set([...people.values()].flat().map((p) => p.id as number))];
    const roles = groupBy(
      all(
        `SELECT person_id, title FROM roles WHERE id IN (
           SELECT first_role_id FROM person_titles WHERE person_id IN (${placeholders(personIds)}))
         ORDER BY id`,
        personIds,
      ),
      'person_id',
    );
    const statementsOf = groupBy(
      all(
        `SELECT * FROM (
           SELECT s.article_id, s.kind, s.text, s.speaker_label, coalesce(p.name, o.name) AS speaker,
                  substr(a.body, s.evidence_start + 1, s.evidence_end - s.evidence_start) AS evidence,
                  row_number() OVER (PARTITION BY s.article_id ORDER BY s.evidence_start, s.id) AS rank
           FROM statements s JOIN articles a ON a.id = s.article_id
           LEFT JOIN people p ON p.id = s.speaker_person_id
           LEFT JOIN organizations o ON o.id = s.speaker_organization_id
           WHERE s.article_id IN (${inIds}))
         WHERE rank <= ${PAGE} ORDER BY article_id, rank`,
        ids,
      ),
      'article_id',
    );
    const casualties = groupBy(
      all(
        `SELECT * FROM (
           SELECT c.article_id, c.category, c.count, c.qualifier, pl.name AS place,
                  row_number() OVER (PARTITION BY c.article_id ORDER BY c.evidence_start, c.id) AS rank
           FROM casualty_reports c LEFT JOIN places pl ON pl.id = c.place_id
           WHERE c.article_id IN (${inIds}))
         WHERE rank <= ${PAGE} ORDER BY article_id, rank`,
        ids,
      ),
      'article_id',
    );
    const deployments = groupBy(
      all(
        `SELECT * FROM (
           SELECT d.article_id, dc.name AS deploying, hc.name AS host, loc.name AS location, d.force_type, d.unit_size,
                  d.personnel, d.personnel_qualifier, d.status, d.purpose,
                  row_number() OVER (PARTITION BY d.article_id ORDER BY d.evidence_start, d.id) AS rank
           FROM military_deployments d
           JOIN places dc ON dc.id = d.deploying_country_id
           JOIN places hc ON hc.id = d.host_country_id
           LEFT JOIN places loc ON loc.id = d.location_id
           WHERE d.article_id IN (${inIds}))
         WHERE rank <= ${PAGE} ORDER BY article_id, rank`,
        ids,
      ),
      'article_id',
    );

    const named = (name: unknown) => (name == null ? null : { name });
    return {
      articles: {
        edges: articles.map((a) => {
          const id = a.id as number;
          const peopleOf = people.get(id) ?? [];
          return {
            node: {
              title: a.title,
              publishedOn: a.published_on,
              publishedAt: a.published_at == null ? null : new Date(a.published_at as string).toISOString(),
              people: {
                totalCount: (peopleOf[0]?.total as number | undefined) ?? 0,
                edges: peopleOf.map((p) => ({
                  node: {
                    name: p.name,
                    roles: (roles.get(p.id as number) ?? []).map((r) => ({ title: r.title })),
                  },
                })),
              },
              statements: {
                edges: (statementsOf.get(id) ?? []).map((s) => ({
                  node: {
                    kind: s.kind,
                    text: s.text,
                    speakerLabel: s.speaker_label,
                    speaker: named(s.speaker),
                    evidence: { text: s.evidence },
                  },
                })),
              },
              casualtyReports: {
                edges: (casualties.get(id) ?? []).map((c) => ({
                  node: { category: c.category, count: c.count, qualifier: c.qualifier, place: named(c.place) },
                })),
              },
              militaryDeployments: {
                edges: (deployments.get(id) ?? []).map((d) => ({
                  node: {
                    deployingCountry: { name: d.deploying },
                    hostCountry: { name: d.host },
                    location: named(d.location),
                    forceType: d.force_type,
                    unitSize: d.unit_size,
                    personnel: d.personnel,
                    personnelQualifier: d.personnel_qualifier,
                    status: d.status,
                    purpose: d.purpose,
                  },
                })),
              },
            },
          };
        }),
      },
    };
  };
}
