import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchErrors, watchForeignRequests } from './browser';

const baseUrl = inject('baseUrl');
const hasChromium = inject('chromium');

describe.runIf(hasChromium)('the map in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(query = ''): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    const foreign = watchForeignRequests(page, baseUrl);
    await page.goto(`${baseUrl}${query}`);
    await page.getByRole('region', { name: 'Map' }).waitFor();
    // The basemap arrives as its own chunk; wait until country borders are drawn.
    await page.waitForFunction(() => document.querySelectorAll('[aria-label="Map"] svg path').length > 20, undefined, { timeout: 15000 });
    return { page, errors, foreign };
  }
  const marker = (page: Page, name: RegExp) => page.getByRole('region', { name: 'Map' }).getByRole('button', { name });
  const centre = async (page: Page, name: RegExp) => {
    const b = (await marker(page, name).boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };

  it('draws borders and puts the seed cities where their coordinates say, loading nothing from elsewhere', async () => {
    const { page, errors, foreign } = await open();
    const dushanbe = await centre(page, /^Dushanbe, \d+ events?$/);
    const tashkent = await centre(page, /^Tashkent, \d+ events?$/);
    const astana = await centre(page, /^Astana, \d+ events?$/);
    // Tashkent (41.3N 69.3E) is north of Dushanbe (38.6N 68.8E) and a little east; Astana (51.2N 71.4E) far north of both.
    expect(tashkent.y).toBeLessThan(dushanbe.y);
    expect(Math.abs(tashkent.x - dushanbe.x)).toBeLessThan(40);
    expect(astana.y).toBeLessThan(tashkent.y - 100);
    expect(astana.x).toBeGreaterThan(tashkent.x);
    // Equal latitude steps are roughly equal pixel steps at this scale.
    const perDegree = (dushanbe.y - astana.y) / (51.17 - 38.56);
    expect(Math.abs((dushanbe.y - tashkent.y) / perDegree - (41.31 - 38.56))).toBeLessThan(0.6);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters to Dushanbe on click: only Dushanbe events in the list, places=dushanbe in the URL; again clears', async () => {
    const { page, errors } = await open();
    await marker(page, /^Dushanbe, \d+ events?$/).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('places') === 'dushanbe');
    const metas = await page.getByRole('list', { name: 'Events' }).locator('.event-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(2);
    expect(metas.every((m) => m.includes('Dushanbe'))).toBe(true);
    await marker(page, /^Dushanbe, \d+ events?$/).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('places'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('resizes markers when the filters change', async () => {
    const { page } = await open();
    const before = (await marker(page, /^Dushanbe, \d+ events?$/).getAttribute('aria-label'))!;
    const radius = async (name: RegExp) => Number(await marker(page, name).locator('circle').first().getAttribute('r'));
    // Sizes are relative to the busiest place, so compare Dushanbe with Tashkent.
    const ratio0 = (await radius(/^Dushanbe/)) / (await radius(/^Tashkent/));
    await page
      .getByRole('group', { name: 'Kinds' })
      .getByRole('checkbox', { name: /^Conference/ })
      .check();
    await page.waitForFunction(
      (b) => document.querySelector(`[aria-label="Map"] [role="button"][aria-label^="Dushanbe"]`)?.getAttribute('aria-label') !== b,
      before,
    );
    const ratio1 = (await radius(/^Dushanbe/)) / (await radius(/^Tashkent/));
    expect(ratio1).toBeLessThan(ratio0);
    expect(await marker(page, /^Dushanbe/).getAttribute('aria-label')).toBe('Dushanbe, 2 events');
    await page.close();
  });

  it('links with the timeline both ways', async () => {
    const { page } = await open();
    // Hovering a place highlights its events on the timeline.
    await marker(page, /^Tashkent/).hover();
    await page.waitForFunction(() => document.querySelectorAll('g.mark.mark-highlighted').length > 0);
    const highlighted = await page.locator('g.mark.mark-highlighted').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
    expect(highlighted).toEqual(['2024-09-04-tashkent-conference']);
    // Hovering an event highlights its place on the map.
    await page.locator('g.mark[data-event-id="2021-06-23-dushanbe-meeting"]').hover();
    await page.waitForFunction(() =>
      /highlight/.test(document.querySelector('[aria-label="Map"] [role="button"][aria-label^="Dushanbe"]')?.getAttribute('class') ?? ''),
    );
    await page.close();
  });
});
