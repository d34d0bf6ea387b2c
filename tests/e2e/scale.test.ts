import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateBundle } from '../../src/synthetic/generateBundle';
import { launchBrowser, watchErrors } from './browser';
import { startStaticServer } from './staticServer';

const hasChromium = inject('chromium');

describe.runIf(hasChromium)('a larger collection in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    const body = JSON.stringify(generateBundle({ events: 3000, seed: 7 }));
    ({ url, server } = await startStaticServer({ root: 'dist', overrides: new Map([['/data/bundle.json', { status: 200, body }]]) }));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('draws density when zoomed out, marks when zoomed in, and keeps the list virtualised and the count true', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(url);
    const region = page.getByRole('region', { name: 'Timeline' });
    await region.locator('canvas.density-canvas').waitFor();
    await expect(region.getByText(/^3,000 events in this window, drawn as density/).count()).resolves.toBe(1);
    expect(await region.locator('g.mark').count()).toBe(0);
    await expect(page.getByText(/^3,000 events$/).count()).resolves.toBe(1);
    const list = page.getByRole('list', { name: 'Events' });
    const rendered = await list.locator('li').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(80);
    await expect(list.locator('li').first().getAttribute('aria-setsize')).resolves.toBe('3000');
    // A link to one busy month shows individual, focusable events with labels.
    await page.goto(`${url}?from=2015-06-01&to=2015-06-30`);
    await region.locator('g.mark').first().waitFor();
    const marks = await region.locator('g[role="button"]').count();
    expect(marks).toBeGreaterThan(0);
    expect(marks).toBeLessThanOrEqual(400);
    await expect(page.getByText(new RegExp(`^${marks} events?$`)).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
