import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/app.js';
import { startServer } from './helpers/process.js';

// Debian's Chromium: .ci/run installs it; on a machine without it this test is skipped, not failed.
const CHROMIUM = '/usr/bin/chromium';

/** The text of an editor pane, its spaces (Monaco draws no-break spaces) and wrapped lines folded. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/[\s\u00a0]+/g, ' ');
}

describe.skipIf(!fs.existsSync(CHROMIUM))('GraphiQL in a real browser', () => {
  it('opens on the traversal query, runs it, and shows the seed article', async () => {
    const dir = tempDir();
    const server = await startServer({ DATABASE_PATH: path.join(dir, 'browser.db') });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const failures: string[] = [];
      page.on('requestfailed', (request) => failures.push(request.url()));
      await page.goto(server.url);
      // The editors load after the page; the default tab holds the traversal query once they do.
      await expect
        .poll(async () => textOf(page.locator('.graphiql-query-editor')), { timeout: 30_000 })
        .toContain('query ArticleGraph');
      await page.locator('.graphiql-execute-button').click();
      const result = page.locator('.result-window');
      await expect
        .poll(async () => textOf(result), { timeout: 30_000 })
        .toContain('Russia sends troops to Kyrgyzstan after Bakiyev is ousted');
      // Monaco draws only the lines in view; the first person is among them.
      expect(await textOf(result)).toContain('"name": "Dmitry Medvedev"');
      // Everything GraphiQL needs comes from this server: nothing was fetched from elsewhere.
      expect(failures).toEqual([]);
      if (process.env.GRAPHIQL_SCREENSHOT)
        await page.screenshot({ path: process.env.GRAPHIQL_SCREENSHOT, fullPage: true });
    } finally {
      await browser.close();
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
