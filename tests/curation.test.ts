import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../src/auth/token.service.js';
import { createTestApp, dataOf, type TestApp } from './helpers/app.js';

type Report = { id: string; revision: number; count: number | null; countLow: number | null; statedCount: string };

const REPORT = `{ casualtyReports(first: 1) { edges { node { id revision count countLow statedCount } } } }`;

const UPDATE_REPORT = `mutation ($input: UpdateCasualtyReportInput!) {
  updateCasualtyReport(input: $input) {
    __typename
    ... on UpdateCasualtyReportPayload { casualtyReport { id revision count statedCount method reviewStatus } }
    ... on ConflictError { message currentRevision }
    ... on ValidationError { message issues { path message } }
    ... on MutationError { message }
  }
}`;

const HISTORY = `query ($id: ID!) { node(id: $id) { ... on CasualtyReport {
  revision
  history(first: 10) { totalCount edges { node { action callerName callerRole revision before after } } }
} } }`;

describe('updating a record', () => {
  let app: TestApp;
  let editor: string;
  let report: Report;
  beforeAll(async () => {
    app = createTestApp();
    editor = createToken(app.db, { role: 'editor', name: 'Desk editor' }).token;
    report = dataOf(await app.gql<{ casualtyReports: { edges: Array<{ node: Report }> } }>(REPORT)).casualtyReports
      .edges[0]?.node as Report;
  });
  afterAll(() => app.close());

  it('writes the change, bumps the revision and records before and after in the history', async () => {
    // The seed reads "at least 75 people dead": count 75, lower bound 75, revision 1.
    expect(report).toMatchObject({ revision: 1, count: 75, countLow: 75, statedCount: 'at least 75' });
    const result = dataOf(
      await app.gql(UPDATE_REPORT, { input: { id: report.id, revision: 1, count: 76, countLow: 76 } }, editor),
    );
    expect(result.updateCasualtyReport).toEqual({
      __typename: 'UpdateCasualtyReportPayload',
      casualtyReport: {
        id: report.id,
        revision: 2,
        count: 76,
        statedCount: 'at least 75',
        method: 'CURATED',
        reviewStatus: 'CONFIRMED',
      },
    });
    const history = dataOf(
      await app.gql<{
        node: { revision: number; history: { totalCount: number; edges: Array<{ node: Record<string, unknown> }> } };
      }>(HISTORY, { id: report.id }, editor),
    ).node;
    expect(history.revision).toBe(2);
    expect(history.history.totalCount).toBe(1);
    const entry = history.history.edges[0]?.node as {
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    } & Record<string, unknown>;
    expect(entry).toMatchObject({ action: 'UPDATE', callerName: 'Desk editor', callerRole: 'editor', revision: 2 });
    expect(entry.before).toMatchObject({ count: 75, countLow: 75, revision: 1 });
    expect(entry.after).toMatchObject({ count: 76, countLow: 76, revision: 2, method: 'CURATED' });
  });

  it('refuses a stale revision with a ConflictError naming the current one, and writes nothing', async () => {
    const stale = dataOf(
      await app.gql(UPDATE_REPORT, { input: { id: report.id, revision: 1, count: 80, countLow: 80 } }, editor),
    );
    expect(stale.updateCasualtyReport).toMatchObject({ __typename: 'ConflictError', currentRevision: 2 });
    const now = dataOf(
      await app.gql<{ node: { revision: number; history: { totalCount: number } } }>(
        HISTORY,
        { id: report.id },
        editor,
      ),
    ).node;
    expect(now.revision).toBe(2);
    expect(now.history.totalCount).toBe(1);
  });
});
