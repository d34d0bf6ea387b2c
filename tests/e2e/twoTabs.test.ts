import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchErrors } from './browser';
import { BISHKEK_ARTICLE } from '../collection/fixtures';

const baseUrl = inject('baseUrl');
const hasChromium = inject('chromium');

/** A real report (tests/fixtures/eval, b15) of another meeting, so the two tabs add different articles. */
const OTHER_REPORT = readFileSync(
  join(import.meta.dirname, '../fixtures/eval/articles/b15_bishkek-cis-security-services-council.txt'),
  'utf8',
);

/** Runs in a tab before its scripts: its broadcast channels send as usual but never deliver a message to it. */
function hearNoOtherTab() {
  window.BroadcastChannel = class extends BroadcastChannel {
    override set onmessage(_listener: ((e: MessageEvent) => void) | null) {}
    override get onmessage(): null {
      return null;
    }
    override addEventListener() {}
  };
}

describe.runIf(hasChromium)('one collection in two tabs of the same profile, in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A new tab of the profile, once its events are drawn; `init` runs in it before the app's scripts. */
  async function openTab(context: BrowserContext, init?: () => void): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    const errors = watchErrors(page);
    await page.goto(baseUrl);
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    return { page, errors };
  }
  const panelOf = (page: Page) => page.getByRole('dialog', { name: 'Your articles' });
  /** The header's button, which counts the person's articles as the tab knows them. */
  const countButton = (page: Page, yours: number) =>
    page.getByRole('button', { name: yours === 0 ? 'Add articles' : `Add articles (${yours} yours)`, exact: true });

  /** Pastes an article in the tab and adds it as the preview found it. */
  async function addIn(page: Page, text: string, yoursBefore: number) {
    await countButton(page, yoursBefore).click();
    await panelOf(page).getByLabel('Article text').fill(text);
    await panelOf(page).getByRole('button', { name: 'Check pasted text' }).click();
    await panelOf(page).getByRole('article', { name: 'Preview of Pasted text.txt' }).waitFor({ timeout: 20_000 });
    await panelOf(page).getByRole('button', { name: 'Add this article' }).click();
    await page.getByText(/Added 1 article to your collection/).waitFor();
  }

  it('keeps the articles both tabs add, shows each tab the other’s, and carries a removal across without a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const first = await openTab(context);
    const second = await openTab(context);
    // A tab that hears no other: its copy of the collection stays as it loaded it, as any tab's
    // does until the news of another's change arrives. It still tells the others of its own.
    const deaf = await openTab(context, hearNoOtherTab);

    await addIn(first.page, BISHKEK_ARTICLE, 0);
    await countButton(second.page, 1).waitFor({ timeout: 5000 });
    await countButton(deaf.page, 0).waitFor();
    // Its change is made to what is stored, not to its stale copy, so the first tab's article stays.
    await addIn(deaf.page, OTHER_REPORT, 0);
    await countButton(deaf.page, 2).waitFor({ timeout: 5000 });

    const third = await openTab(context);
    await countButton(third.page, 2).waitFor({ timeout: 10_000 });
    await countButton(second.page, 2).waitFor({ timeout: 5000 });
    await countButton(first.page, 2).waitFor({ timeout: 5000 });

    // A removal in the first tab reaches the others without a reload.
    await countButton(first.page, 2).click();
    const panel = panelOf(first.page);
    const remove = panel.getByRole('button', { name: 'Remove Pasted text.txt' }).first();
    await remove.click();
    await panel.getByRole('button', { name: 'Remove for good' }).click();
    await countButton(first.page, 1).waitFor();
    await countButton(second.page, 1).waitFor({ timeout: 5000 });
    await countButton(third.page, 1).waitFor({ timeout: 5000 });

    expect([...first.errors, ...second.errors, ...deaf.errors, ...third.errors]).toEqual([]);
    await context.close();
  });
});
