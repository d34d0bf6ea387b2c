import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { packBundle } from '../../src/data/packedBundle';
import { splitBundle } from '../../src/data/splitBundle';
import { seedBundle } from '../seedFixtures';
import { launchBrowser, watchErrors } from './browser';
import { startStaticServer } from './staticServer';
import { STRICT_CSP } from './csp';

const hasChromium = inject('chromium');

describe.runIf(hasChromium)('a split bundle in Chromium, under the strict CSP', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  const bundle = seedBundle().bundle;
  const { index, bodies } = splitBundle(bundle, 2);
  beforeAll(async () => {
    browser = await launchBrowser();
    const overrides = new Map([
      // As `build:data --split` writes it: the events and documents as columns.
      ['/data/bundle.json', { status: 200, body: JSON.stringify(packBundle(index)) }],
      ...bodies.map((b) => [`/data/${b.url}`, { status: 200, body: JSON.stringify(b.file) }] as const),
    ]);
    // Served under the strict policy: the reader and the search worker read the body files as the page's own data.
    ({ url, server } = await startStaticServer({ root: 'dist', overrides, headers: { 'content-security-policy': STRICT_CSP } }));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('draws before any article text is read, then shows an opened article with its evidence and names marked', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(url);
    const list = page.getByRole('list', { name: 'Events' });
    await list.waitFor();
    await expect(page.getByText(`${bundle.events.length} events`).count()).resolves.toBe(1);
    // The page's own requests (the search worker reads the body files in the background, on its own timeline).
    const pageBodyReads = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/data/bodies/'))
          .map((e) => new URL(e.name).pathname),
      );
    await expect(pageBodyReads()).resolves.toEqual([]);
    await list.getByRole('button', { name: /16th meeting of SCO Security Council Secretaries/ }).click();
    const reader = page.getByRole('complementary', { name: 'Source' });
    await reader.locator('mark.evidence').first().waitFor();
    const doval = reader.locator('mark[data-mention-id="ajit-doval"]');
    await expect(doval.first().textContent()).resolves.toBe('Ajit Doval');
    // Only the body file holding that article was read by the page.
    const file = index.bodies.find((b) =>
      b.documentIds.some(
        (id) => bundle.documents.find((d) => d.id === id)?.title === 'Dushanbe Hosts SCO Security Council Secretaries Meeting',
      ),
    )!;
    await expect(pageBodyReads()).resolves.toEqual([`/data/${file.url}`]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches the texts in the body files: "trafficking" appears only in article text, never in a title or a name', async () => {
    const withWord = new Set(bundle.documents.filter((d) => /traffick/i.test(d.text)).map((d) => d.id));
    expect(withWord.size).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${url}?q=trafficking`);
    const list = page.getByRole('list', { name: 'Events' });
    await list.locator('.event-title').first().waitFor();
    // The worker reads every body file before it answers; until then the list shows every event.
    await page.waitForFunction(
      (all) => document.querySelectorAll('ul[aria-label="Events"] .event-title').length < all,
      bundle.events.length,
      { timeout: 30_000 },
    );
    const titles = await list.locator('.event-title').allTextContents();
    const expected = bundle.events.filter((e) => e.sources.some((s) => withWord.has(s.documentId))).map((e) => e.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThan(bundle.events.length);
    for (const t of titles) expect(expected).toContain(t);
    await list.locator('button').first().click();
    const hits = await page
      .getByRole('complementary', { name: 'Source' })
      .locator('.source-text mark.search-hit')
      .first()
      .waitFor()
      .then(() => page.getByRole('complementary', { name: 'Source' }).locator('.source-text mark.search-hit').allTextContents());
    expect(hits.every((h) => /^traffick/i.test(h))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
