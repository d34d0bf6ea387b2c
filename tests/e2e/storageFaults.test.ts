import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchErrors } from './browser';
import { BISHKEK_ARTICLE } from '../collection/fixtures';

const baseUrl = inject('baseUrl');
const hasChromium = inject('chromium');

/** What a collection written by a later version of the app could look like: this version cannot read it. */
const NEWER = { version: 2, articles: [], knowledge: {} };

/** Runs in the page before its scripts: every `indexedDB.open` is counted and refused, as a browser that denies storage does. */
function refuseStorage() {
  const w = window as unknown as { __opens: number };
  w.__opens = 0;
  IDBFactory.prototype.open = () => {
    w.__opens += 1;
    throw new DOMException('denied', 'InvalidStateError');
  };
}

/** Runs in the page before its scripts: once `window.__full` is set, every write fails as a full disk makes it fail. */
function fillStorageOnDemand() {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if ((window as unknown as { __full?: boolean }).__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
}

/** The raw value under the collection's key, read past the app, or undefined when there is none. */
function readRaw(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('dushanbe-timeline');
        open.onupgradeneeded = () => open.result.createObjectStore('collection');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('collection').objectStore('collection').get('collection');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Stores `value` under the collection's key past the app, as another version of it would. */
function writeRaw(page: Page, value: unknown): Promise<void> {
  return page.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dushanbe-timeline');
        open.onupgradeneeded = () => open.result.createObjectStore('collection');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('collection', 'readwrite');
          tx.objectStore('collection').put(v, 'collection');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

/**
 * The longest the page took to answer a timer over one second, or undefined when it did not
 * answer within five: a page that keeps remounting itself answers late or never.
 */
async function longestTimerLag(page: Page): Promise<number | undefined> {
  const measured = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let worst = 0;
        let last = performance.now();
        const started = last;
        const tick = () => {
          const now = performance.now();
          worst = Math.max(worst, now - last - 10);
          last = now;
          if (now - started < 1000) setTimeout(tick, 10);
          else resolve(worst);
        };
        setTimeout(tick, 10);
      }),
  );
  return Promise.race([measured, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000))]);
}

describe.runIf(hasChromium)('the collection when the browser’s storage fails, in Chromium', () => {
  let browser: Browser;
  let shipped: number;
  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('list', { name: 'Events' }).locator('.event-title').first().waitFor();
    shipped = await page.getByRole('list', { name: 'Events' }).locator('.event-title').count();
    await context.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page in a fresh profile, with a script run before the app's own. */
  async function openWith(init?: () => void): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    return { context, page, errors };
  }
  const panelOf = (page: Page) => page.getByRole('dialog', { name: 'Your articles' });
  const eventTitles = (page: Page) => page.getByRole('list', { name: 'Events' }).locator('.event-title');
  const notice = (page: Page) => page.locator('.storage-notice');

  /** Pastes the Bishkek article into the open panel and waits for its preview. */
  async function pasteAndCheck(page: Page) {
    await panelOf(page).getByLabel('Article text').fill(BISHKEK_ARTICLE);
    await panelOf(page).getByRole('button', { name: 'Check pasted text' }).click();
    await panelOf(page).getByRole('article', { name: 'Preview of Pasted text.txt' }).waitFor({ timeout: 20_000 });
  }

  /** The shipped events are drawn, the page keeps answering, and the notice says why one's own articles are not kept. */
  async function expectUsableWithNotice(page: Page, why: RegExp) {
    await eventTitles(page).first().waitFor({ timeout: 10_000 });
    expect(await eventTitles(page).count()).toBe(shipped);
    // A second for any loop of remounts to show itself, then the page must still answer at once.
    await page.waitForTimeout(1000);
    const lag = await longestTimerLag(page);
    process.stderr.write(`longest timer lag with failing storage: ${lag === undefined ? 'no answer' : `${Math.round(lag)} ms`}\n`);
    expect(lag).toBeDefined();
    expect(lag!).toBeLessThan(100);
    expect(await eventTitles(page).count()).toBe(shipped);
    const text = await notice(page).textContent({ timeout: 2000 });
    expect(text).toMatch(/Your own articles cannot be kept in this browser/);
    expect(text).toMatch(why);
  }

  it('draws the shipped events, keeps answering and says why when IndexedDB refuses to open; adding and exporting work for the visit', async () => {
    const { context, page, errors } = await openWith(refuseStorage);
    await expectUsableWithNotice(page, /denied/);
    // The app gave up on storage after a try or two, rather than asking again on every mount.
    expect(await page.evaluate(() => (window as unknown as { __opens: number }).__opens)).toBeLessThanOrEqual(2);

    await page.getByRole('button', { name: 'Add articles' }).click();
    await pasteAndCheck(page);
    await panelOf(page)
      .getByRole('article', { name: 'Preview of Pasted text.txt' })
      .getByLabel('Title')
      .fill('CIS security chiefs meet in Bishkek');
    await panelOf(page).getByRole('button', { name: 'Add this article' }).click();
    await page.getByText(/Added 1 article to your collection/).waitFor();
    await expect.poll(() => eventTitles(page).allTextContents()).toContain('CIS security chiefs meet in Bishkek');
    expect(await eventTitles(page).count()).toBe(shipped + 1);

    await page.getByRole('button', { name: 'Add articles (1 yours)' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panelOf(page).getByRole('button', { name: 'Export collection' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.collection.articles.map((a: { name: string }) => a.name)).toEqual(['Pasted text.txt']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves a collection a newer version wrote untouched, says so, and keeps additions for the visit only', async () => {
    const { context, page, errors } = await openWith();
    await eventTitles(page).first().waitFor();
    await writeRaw(page, NEWER);
    await page.reload();
    await expectUsableWithNotice(page, /cannot read/);
    expect(await notice(page).textContent()).toMatch(/left as it is/);

    await page.getByRole('button', { name: 'Add articles' }).click();
    await pasteAndCheck(page);
    await panelOf(page).getByRole('button', { name: 'Add this article' }).click();
    await page.getByText(/Added 1 article to your collection/).waitFor();
    await page.getByRole('button', { name: 'Add articles (1 yours)' }).waitFor();
    expect(await readRaw(page)).toEqual(NEWER);

    await page.reload();
    await expectUsableWithNotice(page, /cannot read/);
    expect(await readRaw(page)).toEqual(NEWER);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says when a save runs out of space, keeps the preview, the text and the new place, and adds them once there is room', async () => {
    const { context, page, errors } = await openWith(fillStorageOnDemand);
    await eventTitles(page).first().waitFor();
    await page.getByRole('button', { name: 'Add articles' }).click();
    await pasteAndCheck(page);
    await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = true));

    await panelOf(page).getByRole('button', { name: 'Add this article' }).click();
    const alert = panelOf(page).getByRole('alert').filter({ hasText: 'could not be saved' });
    expect(await alert.textContent({ timeout: 5000 })).toMatch(/quota has been exceeded/);
    await panelOf(page).getByRole('article', { name: 'Preview of Pasted text.txt' }).waitFor();
    expect(await panelOf(page).getByLabel('Article text').inputValue()).toBe(BISHKEK_ARTICLE);
    expect(await page.getByRole('button', { name: 'Add articles', exact: true }).count()).toBe(1);

    // A place taught while the disk is full is not kept, and its form keeps what was typed.
    const place = panelOf(page).getByRole('form', { name: 'Add a place' });
    await place.getByLabel('New place').fill('Balykchy');
    await place.getByLabel('in').selectOption({ label: 'Kyrgyzstan' });
    await place.getByLabel('latitude').fill('42.46');
    await place.getByLabel('longitude').fill('76.19');
    await place.getByRole('button', { name: 'Add place' }).click();
    expect(await panelOf(page).getByRole('alert').filter({ hasText: 'Balykchy could not be kept' }).textContent({ timeout: 5000 })).toMatch(
      /quota has been exceeded/,
    );
    expect(await place.getByLabel('New place').inputValue()).toBe('Balykchy');
    expect(await place.getByLabel('latitude').inputValue()).toBe('42.46');

    await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = false));
    await panelOf(page).getByRole('button', { name: 'Add this article' }).click();
    await page.getByText(/Added 1 article to your collection/).waitFor();
    await page.getByRole('button', { name: 'Add articles (1 yours)' }).waitFor();
    expect(((await readRaw(page)) as { articles: unknown[] }).articles).toHaveLength(1);
    // Nothing failed unseen: no unhandled rejection, no console error.
    expect(errors).toEqual([]);
    await context.close();
  });
});
