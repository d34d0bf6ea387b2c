import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchErrors, watchForeignRequests } from './browser';
import { startStaticServer } from './staticServer';
import { STRICT_CSP } from './csp';
import { BISHKEK_ARTICLE } from '../collection/fixtures';

const hasChromium = inject('chromium');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.runIf(hasChromium)('strict CSP, no foreign requests, accessibility, export', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    ({ url, server } = await startStaticServer({ root: 'dist', headers: { 'content-security-policy': STRICT_CSP } }));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function open(query = '', options: { colorScheme?: 'light' | 'dark' } = {}) {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      colorScheme: options.colorScheme ?? 'light',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const errors = watchErrors(page);
    const foreign = watchForeignRequests(page, url);
    await page.goto(`${url}${query}`);
    await page.getByRole('region', { name: 'Timeline' }).waitFor();
    return { page, errors, foreign };
  }
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  async function axe(page: Page) {
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => {
      const r = await (
        window as unknown as {
          axe: {
            run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe.run(document, {
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  it('ships HTML without inline scripts or styles', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('runs under the strict CSP with no violation and no request to another origin, through the main views', async () => {
    const { page, errors, foreign } = await open('?actors=vladimir-voronkov');
    await page.getByRole('list', { name: 'Events' }).getByRole('button').first().click();
    await page.getByRole('complementary', { name: 'Source' }).waitFor();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.waitForTimeout(300);
    expect(await violations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const [name, query, scheme] of [
    ['on open', '', 'light'],
    ['filtered', '?actors=vladimir-voronkov&topics=border-security', 'light'],
    ['with the reader open', '?event=2021-06-23-dushanbe-meeting', 'light'],
    ['in dark mode', '?event=dushanbe-conference-2018', 'dark'],
  ] as const) {
    it(`has no serious or critical axe violations ${name}`, async () => {
      const { page } = await open(query, { colorScheme: scheme });
      await page.waitForTimeout(200);
      expect(await axe(page)).toEqual([]);
      await page.close();
    });
  }

  it('checks added articles (a long one in the ingest worker) under the strict CSP, with an accessible preview', async () => {
    const { page, errors, foreign } = await open();
    await page.getByRole('button', { name: 'Add articles' }).click();
    const panel = page.getByRole('dialog', { name: 'Your articles' });
    const long = `${BISHKEK_ARTICLE}\n${'The delegations exchanged views on regional security and cooperation. '.repeat(2000)}`;
    await panel
      .getByLabel('Choose .txt files')
      .setInputFiles({ name: 'long-report.txt', mimeType: 'text/plain', buffer: Buffer.from(long) });
    const preview = panel.getByRole('article', { name: 'Preview of long-report.txt' });
    await preview.waitFor({ timeout: 30000 });
    expect(await preview.textContent()).toMatch(/11 April 2024 in Bishkek/);
    expect(await axe(page)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the events in view as CSV and TimelineJS, and the timeline as SVG and PNG', async () => {
    const { page } = await open('?places=dushanbe');
    const save = async (name: string) => {
      await page.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
    };
    const csv = await save('Events as CSV');
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.bytes.toString('utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^id,title,kind,date,start,end/);
    expect(lines.slice(1).every((l) => l.includes('Dushanbe'))).toBe(true);
    const tl = JSON.parse((await save('Events for TimelineJS')).bytes.toString('utf8'));
    expect(tl.events.length).toBe(lines.length - 1);
    const svg = (await save('Timeline as SVG')).bytes.toString('utf8');
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('High-level Dushanbe conference');
    const png = (await save('Timeline as PNG')).bytes;
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
