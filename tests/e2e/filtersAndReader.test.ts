import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchErrors } from './browser';

const baseUrl = inject('baseUrl');
const hasChromium = inject('chromium');

describe.runIf(hasChromium)('filters, search, shareable URLs and the source reader in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(query = ''): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}${query}`);
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    return { page, errors };
  }
  const listTitles = (page: Page) => page.getByRole('list', { name: 'Events' }).locator('.event-title').allTextContents();
  const params = (page: Page) => new URL(page.url()).searchParams;

  it('filters to Voronkov, narrows by topic, goes Back, and reopens the same view from the link', async () => {
    const { page, errors } = await open('?actors=vladimir-voronkov');
    const actors = page.getByRole('group', { name: 'Actors' });
    await expect(actors.getByRole('checkbox', { name: /^Vladimir Voronkov \(\d+\)$/ }).isChecked()).resolves.toBe(true);
    const voronkov = await listTitles(page);
    expect(voronkov).toHaveLength(2);
    expect(voronkov.join(' | ')).toMatch(/Border Security.*\|.*10th RATS SCO conference/);
    await page
      .getByRole('group', { name: 'Topics' })
      .getByRole('checkbox', { name: /^Border security/ })
      .check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('topics') === 'border-security');
    expect(await listTitles(page)).toHaveLength(1);
    const link = page.url();
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('topics'));
    expect(await listTitles(page)).toHaveLength(2);
    const other = await browser.newPage();
    await other.goto(link);
    await other.getByRole('list', { name: 'Events' }).waitFor();
    expect(await listTitles(other)).toEqual(
      await (async () => {
        await page.goForward();
        await page.waitForFunction(() => new URL(location.href).searchParams.has('topics'));
        return listTitles(page);
      })(),
    );
    await other.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches as you type: "Rahmon" finds both documents that name him, "convention" the 2017 convention', async () => {
    const { page, errors } = await open();
    await page.getByRole('searchbox', { name: 'Search the sources' }).fill('Rahmon');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'Rahmon');
    const titles = await listTitles(page);
    expect(titles.some((t) => /High-level Dushanbe conference/.test(t))).toBe(true);
    expect(titles.some((t) => /Border Security/.test(t))).toBe(true);
    await page.getByRole('searchbox', { name: 'Search the sources' }).fill('convention');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'convention');
    expect(await listTitles(page)).toContain('SCO Convention on Countering Extremism signed at the Astana summit');
    await page
      .getByRole('list', { name: 'Events' })
      .getByRole('button', { name: /SCO Convention on Countering Extremism signed/ })
      .click();
    const hits = await page.getByRole('complementary', { name: 'Source' }).locator('.source-text mark.search-hit').allTextContents();
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((h) => /^convention/i.test(h))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers to remove the last filter when nothing matches, and notices unknown ids', async () => {
    const { page, errors } = await open('?actors=ajit-doval,no-such-person&places=tashkent');
    await expect(page.getByRole('alert').filter({ hasText: 'no-such-person' }).textContent()).resolves.toMatch(/matched nothing/);
    await page.getByText('No events match these filters.').waitFor();
    await page.getByRole('button', { name: /^Remove “Place: Tashkent”$/ }).click();
    expect(await listTitles(page)).toEqual(['16th meeting of SCO Security Council Secretaries']);
    // The address follows a change once its frame is drawn.
    await expect.poll(() => params(page).get('actors')).toBe('ajit-doval');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies the link with Share and says so', async () => {
    const { page, errors } = await open('?places=dushanbe');
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByText('Link copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens Ajit Doval’s event with his name highlighted, reopens it on reload, and closes on Escape', async () => {
    const { page, errors } = await open('?actors=ajit-doval');
    await page
      .getByRole('list', { name: 'Events' })
      .getByRole('button', { name: /16th meeting of SCO Security Council Secretaries/ })
      .click();
    const reader = page.getByRole('complementary', { name: 'Source' });
    await reader.waitFor();
    await expect(reader.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Dushanbe Hosts SCO Security Council Secretaries Meeting',
    );
    const doval = reader.locator('mark[data-mention-id="ajit-doval"]');
    await expect(doval.first().textContent()).resolves.toBe('Ajit Doval');
    await expect(doval.first().getAttribute('title')).resolves.toMatch(
      /Ajit Doval, Adviser to the Indian Prime Minister for National Security/,
    );
    expect(await reader.locator('mark.evidence').count()).toBeGreaterThan(0);
    // The address follows a change once its frame is drawn.
    await expect.poll(() => params(page).get('event')).toBe('2021-06-23-dushanbe-meeting');
    await page.reload();
    await page.getByRole('complementary', { name: 'Source' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('[aria-label="Source"]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('complementary', { name: 'Source' }).waitFor({ state: 'detached' });
    // The address follows a change once its frame is drawn.
    await expect.poll(() => params(page).has('event')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches between the sources of an event reported in one article and recalled in another', async () => {
    const { page, errors } = await open('?event=dushanbe-conference-2018');
    const reader = page.getByRole('complementary', { name: 'Source' });
    const tabs = reader.getByRole('tab');
    expect(await tabs.count()).toBe(2);
    await tabs.nth(1).click();
    await expect(reader.getByRole('heading', { level: 2 }).textContent()).resolves.toMatch(/Border Security and Management/);
    await expect(reader.locator('mark.evidence').first().textContent()).resolves.toBeTruthy();
    const evidence = (await reader.locator('mark.evidence').allTextContents()).join('');
    expect(evidence).toMatch(/Dushanbe Process/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
