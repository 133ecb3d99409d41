import type { Db } from '../db/client.js';
import { keyset, type Ordering, orderSql, type Page, type PageWindow, toPage } from '../db/pagination.js';
import { queryAll, queryValue } from '../db/reader.js';
import { BadUserInputError } from '../errors.js';

export const searchTypes = ['ARTICLE', 'STATEMENT', 'PERSON', 'ORGANIZATION', 'PLACE'] as const;
export type SearchType = (typeof searchTypes)[number];

export interface SearchHit {
  type: SearchType;
  id: number;
  /** bm25: lower is a better match. */
  rank: number;
  snippet: string;
}

// Each index, how it ranks (an article's title weighs five times its body) and how it cuts a snippet.
const SOURCES: Record<SearchType, { index: string; rank: string; column: number }> = {
  ARTICLE: { index: 'articles_fts', rank: 'bm25(articles_fts, 5.0, 1.0)', column: -1 },
  STATEMENT: { index: 'statements_fts', rank: 'bm25(statements_fts)', column: 0 },
  PERSON: { index: 'people_fts', rank: 'bm25(people_fts)', column: 0 },
  ORGANIZATION: { index: 'organizations_fts', rank: 'bm25(organizations_fts)', column: 0 },
  PLACE: { index: 'places_fts', rank: 'bm25(places_fts)', column: 0 },
};

const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 16;

/**
 * The user's words as an FTS5 expression that cannot be anything else: each
 * word becomes a quoted phrase (so quotes, AND/OR/NOT, NEAR, parentheses,
 * column filters and stars are just text), all must match, and the last
 * matches as a prefix, for search as you type.
 */
export function toMatchExpression(query: string, argument = 'query'): string {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new BadUserInputError(`"${argument}" is ${query.length} characters; the limit is ${MAX_QUERY_LENGTH}`, {
      argument,
    });
  }
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) {
    throw new BadUserInputError(`"${argument}" needs at least one letter or digit`, { argument });
  }
  if (words.length > MAX_TERMS) {
    throw new BadUserInputError(`"${argument}" has ${words.length} words; the limit is ${MAX_TERMS}`, { argument });
  }
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

const ORDER_COLUMNS = ['rank', 'type', 'id'];

export const searchOrder: Ordering<SearchHit> = {
  name: 'RANK',
  columns: ORDER_COLUMNS.map((c) => ({ expression: () => c })),
  descending: false,
  key: (hit) => [hit.rank, hit.type, hit.id],
};

function hitsSql(types: readonly SearchType[]): string {
  return types
    .map((type) => {
      const { index, rank, column } = SOURCES[type];
      return `SELECT '${type}' AS type, rowid AS id, ${rank} AS rank,
                snippet(${index}, ${column}, char(1), char(2), '…', 16) AS snippet
              FROM ${index} WHERE ${index} MATCH @match`;
    })
    .join(' UNION ALL ');
}

/** Text with the matches marked by char(1)…char(2), as HTML: escaped, matches in <mark>. */
function markedHtml(snippet: string): string {
  return snippet
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replaceAll('\u0001', '<mark>')
    .replaceAll('\u0002', '</mark>');
}

export function searchPage(db: Db, match: string, types: readonly SearchType[], window: PageWindow): Page<SearchHit> {
  const bounds = keyset({ ...searchOrder, descending: false }, window, ORDER_COLUMNS);
  const sql = `SELECT * FROM (${hitsSql(types)}) WHERE ${bounds.sql}
               ORDER BY ${orderSql(searchOrder, window, ORDER_COLUMNS)} LIMIT ?`;
  const rows = queryAll<SearchHit>(db, sql, [...bounds.params, window.size + 1, { match }]);
  return toPage(
    rows.map((r) => ({ ...r, snippet: markedHtml(r.snippet) })),
    searchOrder,
    window,
  );
}

export function searchCount(db: Db, match: string, types: readonly SearchType[]): number {
  return queryValue<number>(db, `SELECT count(*) FROM (${hitsSql(types)})`, [{ match }]);
}
