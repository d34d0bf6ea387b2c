import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchErrors } from './browser';

const baseUrl = inject('baseUrl');
const hasChromium = inject('chromium');

describe.runIf(hasChromium)('the built app in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(query = '', viewport = { width: 1440, height: 900 }): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage({ viewport });
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}${query}`);
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    return { page, errors };
  }
  const search = (page: Page) => new URL(page.url()).searchParams;
  const markNames = (page: Page) =>
    page
      .getByRole('region', { name: 'Timeline' })
      .locator('g[role="button"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

  it('shows the five meetings and the referenced events, fit to the whole period', async () => {
    const { page, errors } = await open();
    const names = await markNames(page);
    for (const [title, date] of [
      ['High-level Dushanbe conference', '4 May 2018'],
      ['SCO Convention on Countering Extremism', '8–9 June 2017'],
      ['10th RATS SCO conference', '4–5 September 2024'],
      ['High-Level International Conference on Border Security', '18 October 2022'],
      ['16th meeting of SCO Security Council Secretaries', '23 June 2021'],
      ['Declaration on the Establishment of the SCO', '15 June 2001'],
      ['East-Antiterror 2024', '2024'],
    ]) {
      expect(
        names.some((n) => n.includes(title!) && n.includes(date!)),
        `${title} on ${date}`,
      ).toBe(true);
    }
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /^\d+ events$/ })
        .textContent(),
    ).resolves.toBe(`${names.length} events`);
    const list = page.getByRole('list', { name: 'Events' });
    expect(await list.getByRole('button').count()).toBe(names.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('zooms with buttons, keys and the wheel, and the URL follows with replace, not push', async () => {
    const { page, errors } = await open();
    const historyBefore = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    const first = search(page);
    const span1 = Date.parse(first.get('to')!) - Date.parse(first.get('from')!);
    const region = page.getByRole('region', { name: 'Timeline' });
    await region.focus();
    await page.keyboard.press('+');
    await page.waitForFunction((s) => {
      const p = new URL(location.href).searchParams;
      return Date.parse(p.get('to')!) - Date.parse(p.get('from')!) < s * 0.7;
    }, span1);
    const beforePan = search(page).get('from');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((f) => new URL(location.href).searchParams.get('from') !== f, beforePan);
    expect(search(page).get('from')! > beforePan!).toBe(true);
    const box = (await page.locator('svg.timeline-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    const beforeWheel = search(page).toString();
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await page.waitForFunction((b) => new URL(location.href).search.slice(1) !== b, beforeWheel);
    const dragFrom = search(page).get('from');
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 300, box.y + 60, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction((f) => new URL(location.href).searchParams.get('from') !== f, dragFrom);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a link with from/to at that window, and shows the Tashkent conference as a two-day range not stated', async () => {
    const { page, errors } = await open('?from=2024-09-01&to=2024-09-30');
    const names = await markNames(page);
    // The Tashkent conference, the 2021–2026 Uzbek strategy whose span covers the month, and
    // East-Antiterror 2024, known only to its year, which the conference's 2024 now shares.
    expect(names).toHaveLength(3);
    expect(names.some((n) => n.includes('East-Antiterror 2024'))).toBe(true);
    expect(names.find((n) => n.includes('10th RATS SCO'))).toMatch(/10th RATS SCO conference.*4–5 September 2024, date curated/);
    expect(names.some((n) => /Uzbekistan.*2021–2026/.test(n))).toBe(true);
    const mark = page.locator('g.mark[data-event-id="2024-09-04-tashkent-conference"]');
    expect(await mark.getAttribute('class')).toMatch(/mark-bar.*mark-uncertain|mark-uncertain.*mark-bar/);
    const bar = (await mark.locator('rect.mark-shape').boundingBox())!;
    const plot = (await page.locator('rect.zoom-surface').boundingBox())!;
    // Two days of a thirty-day window: about a fifteenth of the plot.
    expect(bar.width / plot.width).toBeGreaterThan(0.04);
    expect(bar.width / plot.width).toBeLessThan(0.1);
    const dash = await mark.locator('rect.mark-shape').evaluate((el) => getComputedStyle(el).strokeDasharray);
    expect(dash).not.toBe('none');
    await mark.hover();
    await expect(page.getByRole('tooltip').textContent()).resolves.toMatch(/the source says “September 4-5”.*date curated/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves between events with the arrow keys and opens the source with Enter; Escape closes it', async () => {
    const { page, errors } = await open();
    const first = page.getByRole('region', { name: 'Timeline' }).locator('g[role="button"][tabindex="0"]');
    await first.focus();
    const name1 = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await page.keyboard.press('ArrowRight');
    const name2 = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(name2).not.toBe(name1);
    expect(name2).toBeTruthy();
    await page.keyboard.press('Enter');
    const reader = page.getByRole('complementary', { name: 'Source' });
    await reader.waitFor();
    // The address follows a change once its frame is drawn.
    await expect.poll(() => search(page).get('event')).toBeTruthy();
    expect(await reader.locator('mark').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'detached' });
    // The address follows a change once its frame is drawn.
    await expect.poll(() => search(page).has('event')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says clearly when the link has bad values, and still renders', async () => {
    const { page, errors } = await open(`?from=not-a-date&actors=${'x'.repeat(5000)}&q=%3Cscript%3Ealert(1)%3C/script%3E&bogus=1`);
    const alert = page.getByRole('alert').filter({ hasText: 'link' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/from=not-a-date/);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    // The search is kept, as text: it matches nothing, and the page says so.
    await expect(page.getByRole('group', { name: 'Active filters' }).textContent()).resolves.toContain(
      'Search: “<script>alert(1)</script>”',
    );
    await page.getByText('No events match these filters.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works at phone width', async () => {
    const { page, errors } = await open('', { width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect((await markNames(page)).length).toBeGreaterThan(5);
    // The reader covers the screen and scrolls itself to the first evidence passage.
    await page.goto(`${baseUrl}?event=2022-10-18-dushanbe-conference`);
    const reader = page.getByRole('complementary', { name: 'Source' });
    await reader.waitFor();
    await page.waitForTimeout(200);
    const top = await reader
      .locator('.source-text mark.evidence')
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(844);
    expect(await reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
