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

  it('draws a wheel gesture over the density live, writes the URL once it ends, and lets a button mid-gesture win', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(url);
    const region = page.getByRole('region', { name: 'Timeline' });
    const note = region.locator('p.timeline-density-note');
    await note.waitFor();
    const noteCount = async () => Number((await note.textContent())!.match(/^([\d,]+) events/)![1]!.replaceAll(',', ''));
    const listCount = async () => Number(((await page.getByText(/^[\d,]+ events?$/).textContent()) ?? '').replace(/\D/g, ''));
    const spanDays = (search: string) => {
      const p = new URLSearchParams(search);
      return (Date.parse(p.get('to')!) - Date.parse(p.get('from')!)) / 864e5;
    };
    expect(await noteCount()).toBe(3000);
    // Record when the note's text changes and when the address is rewritten.
    await page.evaluate(() => {
      const log: { what: string; at: number; value: string }[] = [];
      (window as unknown as { zoomLog: typeof log }).zoomLog = log;
      const replace = history.replaceState.bind(history);
      history.replaceState = (s, t, u) => {
        log.push({ what: 'url', at: performance.now(), value: String(u) });
        replace(s, t, u);
      };
      const p = document.querySelector('p.timeline-density-note')!;
      new MutationObserver(() => log.push({ what: 'note', at: performance.now(), value: p.textContent ?? '' })).observe(p, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const box = (await page.locator('svg.timeline-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 60);
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -100);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
    const log = (await page.evaluate(() => (window as unknown as { zoomLog: { what: string; at: number }[] }).zoomLog)) as {
      what: string;
      at: number;
    }[];
    const firstNote = log.find((l) => l.what === 'note');
    const firstUrl = log.find((l) => l.what === 'url');
    // The gesture was drawn before the store (and with it the address) heard of it.
    expect(firstNote, JSON.stringify(log)).toBeDefined();
    expect(firstNote!.at).toBeLessThan(firstUrl!.at);
    // Once it has ended, React draws the store's window: the note and the list agree.
    await expect.poll(async () => (await noteCount()) === (await listCount()), { timeout: 10_000 }).toBe(true);
    const after = await noteCount();
    expect(after).toBeLessThan(3000);
    expect(after).toBeGreaterThan(400);

    // Two more wheel steps, then "Zoom in" before the gesture has ended: the button's window wins.
    const before = new URL(page.url()).search;
    const notes = (await page.evaluate(
      async ({ x, y }) => {
        const svg = document.querySelector('svg.timeline-svg')!;
        const text = () => document.querySelector('p.timeline-density-note')!.textContent;
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        const wheel = () =>
          svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: x, clientY: y, bubbles: true, cancelable: true }));
        wheel();
        await frame();
        // The second step's frame is still to be drawn when the button is pressed.
        wheel();
        document.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
        await null;
        const rendered = text();
        await frame();
        await frame();
        return { rendered, later: text() };
      },
      { x: box.x + box.width / 2, y: box.y + 60 },
    )) as { rendered: string; later: string };
    // No frame of the wheel's drawn after React rendered the button's window.
    expect(notes.later).toBe(notes.rendered);
    await page.waitForFunction((b) => location.search !== b, before);
    // The wheel gesture ends 150 ms after its last step; give it time to (wrongly) write its own window.
    await page.waitForTimeout(500);
    const ratio = spanDays(new URL(page.url()).search) / spanDays(before);
    expect(ratio).toBeGreaterThan(0.45);
    expect(ratio).toBeLessThan(0.55);
    await expect.poll(async () => (await noteCount()) === (await listCount()), { timeout: 10_000 }).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
