import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchErrors, watchForeignRequests } from './browser';
import { BISHKEK_ARTICLE } from '../collection/fixtures';

const baseUrl = inject('baseUrl');
const hasChromium = inject('chromium');

describe.runIf(hasChromium)('a person’s own articles in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page in a fresh browser profile: its own IndexedDB, nothing added yet. */
  async function freshProfile(query = ''): Promise<{ context: BrowserContext; page: Page; errors: string[]; foreign: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const foreign = watchForeignRequests(page, baseUrl);
    await page.goto(`${baseUrl}${query}`);
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    return { context, page, errors, foreign };
  }
  const panelOf = (page: Page) => page.getByRole('dialog', { name: 'Your articles' });
  const eventTitles = (page: Page) => page.getByRole('list', { name: 'Events' }).locator('.event-title').allTextContents();
  const bishkekOnTimeline = (page: Page) =>
    page.getByRole('region', { name: 'Timeline' }).getByRole('button', { name: /CIS security chiefs meet in Bishkek/ });
  const bishkekOnMap = (page: Page) => page.getByRole('region', { name: 'Map' }).getByRole('button', { name: /^Bishkek, 1 event$/ });

  it('adds a pasted article about Bishkek, keeps it across a reload, exports it, and a fresh profile imports the same events', async () => {
    const { context, page, errors, foreign } = await freshProfile();
    const before = await eventTitles(page);
    await page.getByRole('button', { name: 'Add articles' }).click();
    await panelOf(page).getByLabel('Article text').fill(BISHKEK_ARTICLE);
    await panelOf(page).getByRole('button', { name: 'Check pasted text' }).click();
    const preview = panelOf(page).getByRole('article', { name: 'Preview of Pasted text.txt' });
    await expect
      .poll(() => preview.textContent())
      .toMatch(/Found: Meeting of the heads of security agencies of the CIS member states, 11 April 2024 in Bishkek/);
    expect(await preview.textContent()).toMatch(/new person "Zarina Tokoeva": not in the knowledge file/);
    expect(await preview.locator('mark.evidence').allTextContents()).toContain('On 11 April 2024');
    await preview.getByLabel('Title').fill('CIS security chiefs meet in Bishkek');
    await panelOf(page).getByRole('button', { name: 'Add this article' }).click();
    await bishkekOnTimeline(page).waitFor();
    await bishkekOnMap(page).waitFor({ timeout: 15000 });
    expect(await eventTitles(page)).toEqual(expect.arrayContaining([...before, 'CIS security chiefs meet in Bishkek']));

    await page.reload();
    await bishkekOnTimeline(page).waitFor();
    await bishkekOnMap(page).waitFor({ timeout: 15000 });
    const mine = await eventTitles(page);
    expect(mine).toHaveLength(before.length + 1);

    await page.getByRole('button', { name: 'Add articles (1 yours)' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panelOf(page).getByRole('button', { name: 'Export collection' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dushanbe-timeline-collection-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported).collection.articles).toHaveLength(1);

    const other = await freshProfile();
    expect(await eventTitles(other.page)).toEqual(before);
    await other.page.getByRole('button', { name: 'Add articles' }).click();
    await panelOf(other.page)
      .getByLabel('Import a collection')
      .setInputFiles({ name: 'from-a-colleague.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await other.page.getByText('Imported 1 article from from-a-colleague.json.').waitFor();
    await panelOf(other.page).getByRole('button', { name: 'Close' }).click();
    await bishkekOnTimeline(other.page).waitFor();
    await bishkekOnMap(other.page).waitFor({ timeout: 15000 });
    expect(await eventTitles(other.page)).toEqual(mine);

    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
    expect([...foreign, ...other.foreign]).toEqual([]);
    await context.close();
    await other.context.close();
  });

  it('a link to an event only the sender has says so plainly', async () => {
    const { context, page } = await freshProfile('?event=2024-04-11-bishkek-meeting');
    const alert = page.getByRole('alert').filter({ hasText: 'not in your collection' });
    expect(await alert.textContent()).toMatch(
      /This link refers to an article that is not in your collection \(event “2024-04-11-bishkek-meeting”\)/,
    );
    await context.close();
  });

  it('refuses binary, empty and 20 MB files with a message each, keeps the page responsive, and checks a long article in a worker', async () => {
    const { context, page, errors } = await freshProfile();
    await page.getByRole('button', { name: 'Add articles' }).click();
    const input = panelOf(page).getByLabel('Choose .txt files');
    // Files on disk reach the page as a person's files do; buffers would be decoded by the test harness in the page itself.
    const dir = mkdtempSync(join(tmpdir(), 'bad-files-'));
    writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'archive.txt'), Buffer.alloc(20_000_000, 'Dushanbe 2024. '));
    await input.waitFor();
    await page.waitForTimeout(300);
    // Record the longest gap between painted frames while the files are handled.
    await page.evaluate(() => {
      const w = window as unknown as { __maxGap: number; __watch: boolean };
      w.__maxGap = 0;
      w.__watch = true;
      let last = performance.now();
      const tick = (now: number) => {
        w.__maxGap = Math.max(w.__maxGap, now - last);
        last = now;
        if (w.__watch) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await input.setInputFiles(['scan.txt', 'empty.txt', 'archive.txt'].map((f) => join(dir, f)));
    const rejected = panelOf(page).locator('.rejected-files');
    await rejected.waitFor();
    const text = await rejected.textContent();
    expect(text).toMatch(/These 3 files were not added/);
    expect(text).toMatch(/scan\.txt: the file (is not UTF-8 text|contains NUL bytes)/);
    expect(text).toMatch(/empty\.txt: the file is empty/);
    expect(text).toMatch(/archive\.txt: the file is 20\.0 MB; an article is expected to be under 2 MB/);
    // The page kept painting: the 20 MB file was refused from its size, never read into the page.
    const maxGap = await page.evaluate(() => {
      const w = window as unknown as { __maxGap: number; __watch: boolean };
      w.__watch = false;
      return w.__maxGap;
    });
    process.stderr.write(`longest frame gap while refusing the files: ${Math.round(maxGap)} ms\n`);
    expect(maxGap).toBeLessThan(500);

    // Above 100 KB the ingest runs in a worker; the page keeps painting frames meanwhile.
    const long = `${BISHKEK_ARTICLE}\n${'The delegations exchanged views on regional security and cooperation. '.repeat(2500)}`;
    await input.setInputFiles({ name: 'long-report.txt', mimeType: 'text/plain', buffer: Buffer.from(long) });
    await panelOf(page).getByRole('article', { name: 'Preview of long-report.txt' }).waitFor({ timeout: 30000 });
    expect(await panelOf(page).getByRole('article', { name: 'Preview of long-report.txt' }).textContent()).toMatch(
      /11 April 2024 in Bishkek/,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a real report’s unknown official as a new person with a role, who is a filterable actor after a reload', async () => {
    // A real report (tests/fixtures/eval, b15): none of its officials is in the knowledge file.
    const report = readFileSync(
      join(import.meta.dirname, '../fixtures/eval/articles/b15_bishkek-cis-security-services-council.txt'),
      'utf8',
    );
    const { context, page, errors } = await freshProfile();
    await page.getByRole('button', { name: 'Add articles' }).click();
    await panelOf(page).getByLabel('Article text').fill(report);
    await panelOf(page).getByRole('button', { name: 'Check pasted text' }).click();
    const preview = panelOf(page).getByRole('article', { name: 'Preview of Pasted text.txt' });
    const names = preview.getByRole('table');
    // "The meeting, chaired by Kamchybek Tashiev, the Chairman of the State National Security Committee, ..."
    const tashiev = names.getByRole('row', { name: /Kamchybek Tashiev/ });
    await expect.poll(() => tashiev.textContent()).toMatch(/new person.*Chairman of the State National Security Committee.*chair/);
    expect(await names.getByRole('row', { name: /Alexander Bortnikov/ }).textContent()).toMatch(/new person/);

    await tashiev.getByRole('button', { name: 'Rename Kamchybek Tashiev' }).click();
    const form = preview.getByRole('form', { name: 'New entity for Kamchybek Tashiev' });
    await form.getByLabel('Role').fill('Chairman of the State Committee for National Security of Kyrgyzstan');
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect
      .poll(() =>
        panelOf(page)
          .getByRole('article', { name: 'Preview of Pasted text.txt' })
          .getByRole('row', { name: /Kamchybek Tashiev/ })
          .textContent(),
      )
      .toMatch(/known person/);
    await panelOf(page).getByRole('button', { name: 'Add this article' }).click();
    await page.getByText(/Added 1 article to your collection/).waitFor();

    await page.reload();
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    const actors = page.getByRole('group', { name: 'Actors' });
    // The people list is long, so he is found through its filter box.
    await actors.getByPlaceholder('Filter people').fill('Tashiev');
    const person = actors.getByRole('checkbox', { name: /^Kamchybek Tashiev \(1\)$/ });
    await person.check();
    await expect.poll(() => eventTitles(page)).toHaveLength(1);
    const row = page.getByRole('list', { name: 'Events' }).getByRole('button').first();
    expect(await row.textContent()).toMatch(/Bishkek.*from your article/);
    await row.click();
    // The reader gives him his part and the title he was given.
    const facts = page.locator('.event-facts');
    await expect.poll(() => facts.textContent()).toMatch(/Kamchybek Tashiev\s*chair · Chairman of the State/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('joins a report of a seed meeting to the seed event, shows both dates, and keeps a split across a reload', async () => {
    // A real report (eval d10, Pakistan Observer) of the Dushanbe meeting of SCO security council secretaries that seed 004 reports.
    const report = readFileSync(
      join(import.meta.dirname, '../fixtures/eval/articles/d10_dushanbe-sco-nsa-meeting-pakobserver.txt'),
      'utf8',
    );
    const { context, page, errors } = await freshProfile('?event=2021-06-23-dushanbe-meeting');
    const before = (await eventTitles(page)).length;
    await page.getByRole('button', { name: 'Add articles' }).click();
    await panelOf(page).getByLabel('Article text').fill(report);
    await panelOf(page).getByRole('button', { name: 'Check pasted text' }).click();
    await panelOf(page).getByRole('article', { name: 'Preview of Pasted text.txt' }).waitFor();
    await panelOf(page).getByRole('button', { name: 'Add this article' }).click();
    await page.getByText(/Added 1 article to your collection/).waitFor();

    // One event, two sources: no second event for the same meeting.
    await expect.poll(async () => (await eventTitles(page)).length).toBe(before);
    const reports = page.getByRole('region', { name: 'Reports of this event' });
    await expect.poll(() => reports.textContent()).toMatch(/Reported by 2 sources/);
    const rows = reports.getByRole('row');
    // The seed gives the day ("Yesterday", from the dateline of 24 June 2021); the report only the month.
    expect(await rows.nth(1).textContent()).toMatch(/23 June 2021/);
    expect(await rows.nth(2).textContent()).toMatch(/June 2021/);
    expect(await rows.nth(2).textContent()).toMatch(/same place \(Dushanbe\)/);
    await expect.poll(() => reports.textContent()).toMatch(/disagree on the date/);

    await reports
      .getByRole('button', { name: /^Split off the report of / })
      .nth(1)
      .click();
    await expect.poll(async () => (await eventTitles(page)).length).toBe(before + 1);
    await page.reload();
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    await expect.poll(async () => (await eventTitles(page)).length).toBe(before + 1);
    expect(await page.getByRole('region', { name: 'Reports of this event' }).textContent()).not.toMatch(/Reported by 2 sources/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
