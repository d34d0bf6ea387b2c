import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, watchErrors } from '../e2e/browser';
import {
  armClick,
  armTyping,
  AWAIT_CHANGE,
  HEAP_AFTER_GC,
  INIT_SCRIPT,
  NEXT_FRAME,
  START_FRAMES,
  STOP_FRAMES,
  WAIT_FIRST_DRAW,
} from './inPage';
import { deltas, quantile } from './stats';
import { withTimeout } from './timeout';

/** A point in time after which no new step starts, and the most any one step may take. */
export interface Deadline {
  /** Milliseconds left before the deadline. */
  remaining(): number;
}

/** A deadline `ms` from now. */
export function deadlineIn(ms: number): Deadline {
  const end = Date.now() + ms;
  return { remaining: () => end - Date.now() };
}

/** What one repetition measured; null where a step timed out, failed or was skipped. */
export interface InteractionSample {
  firstDrawMs: number | null;
  /** The same moment taken at the start of the frame (in requestAnimationFrame) rather than after it. */
  firstDrawRafMs: number | null;
  zoomP50Ms: number | null;
  zoomP95Ms: number | null;
  zoomFrames: number;
  filterMs: number | null;
  /** The first search on the page, from the last keystroke, so including the app's 250 ms debounce. */
  searchRawMs: number | null;
  /** A second search with another word after clearing the first, timed the same way. */
  searchWarmRawMs: number | null;
  notes: string[];
  pageErrors: string[];
}

/** The most each step may take, before the size's own deadline. */
export const STEP_LIMITS_MS = { firstDraw: 240_000, zoom: 180_000, filter: 120_000, search: 120_000, close: 20_000 };

/** The viewport the bench uses: the desktop size the screenshots use. */
export const VIEWPORT = { width: 1440, height: 900 };

/** How long the count must stay put before a filter or search counts as done. */
export const SETTLE_MS = 1000;
const ZOOM_STEPS_EACH_WAY = 30;
/** One frame at 60 Hz, the rate the wheel steps are sent at. */
const FRAME_MS = 1000 / 60;
const WHEEL_DELTA = 100;

/** True in the page once the list's count is shown and the map has drawn its countries (or there is no map). */
const PAGE_COMPLETE = `window.__bench.statusText() !== null && (!document.querySelector('[role="region"][aria-label="Map"]') || !!document.querySelector('.map-country'))`;

/** Closes a context without waiting forever for a renderer that is stuck in a long task. */
async function closeQuietly(context: BrowserContext): Promise<void> {
  await withTimeout('close', STEP_LIMITS_MS.close, () => context.close());
}

/** Opens a fresh page on `url` with the timing hooks installed; first-draw time or a note. */
async function openTimed(browser: Browser, url: string, limitMs: number) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const pageErrors = watchErrors(page);
  await page.addInitScript(INIT_SCRIPT);
  const drawn = await withTimeout('first draw', limitMs, async () => {
    await page.goto(url, { waitUntil: 'commit', timeout: limitMs });
    return (await page.evaluate(WAIT_FIRST_DRAW)) as { painted: number; raf: number };
  });
  return { context, page, pageErrors, drawn };
}

/** The element the wheel goes to: the timeline's SVG, or a canvas if the renderer changes. */
async function wheelPoint(page: Page): Promise<{ x: number; y: number }> {
  const region = page.locator('[role="region"][aria-label="Timeline"]');
  const target = region.locator('svg.timeline-svg, canvas').first();
  const box = (await target.boundingBox()) ?? (await region.boundingBox());
  if (!box) throw new Error('the timeline has no box to wheel over');
  // Over the plot, right of the lane labels, near the top so it is on screen however tall the SVG is.
  const y = Math.min(box.y + Math.min(60, box.height / 2), VIEWPORT.height - 10);
  return { x: box.x + box.width * 0.6, y: Math.max(1, y) };
}

/**
 * 60 wheel steps, one per animation frame (30 in, 30 out); p50 and p95 of the frame durations
 * meanwhile. The steps go out every 16.7 ms, as a wheel or trackpad sends them, without waiting
 * for each to be handled: when the page falls behind, Chromium coalesces the queued wheel
 * events and the frames get longer, which is what a user sees. (Waiting for a frame after each
 * step instead adds idle frames between steps, and those make the median look good whatever
 * the app does.)
 */
async function measureZoom(page: Page) {
  const { x, y } = await wheelPoint(page);
  await page.mouse.move(x, y);
  await page.evaluate(NEXT_FRAME);
  await page.evaluate(START_FRAMES);
  const sent: Promise<void>[] = [];
  for (let i = 0; i < ZOOM_STEPS_EACH_WAY * 2; i++) {
    const step = page.mouse.wheel(0, i < ZOOM_STEPS_EACH_WAY ? -WHEEL_DELTA : WHEEL_DELTA);
    // Promise.all below reports a failure; this keeps an early one from being an unhandled rejection meanwhile.
    step.catch(() => {});
    sent.push(step);
    await new Promise((resolve) => setTimeout(resolve, FRAME_MS));
  }
  await Promise.all(sent);
  await page.evaluate(NEXT_FRAME);
  const frames = deltas((await page.evaluate(STOP_FRAMES)) as number[]);
  return { p50: quantile(frames, 0.5), p95: quantile(frames, 0.95), count: frames.length };
}

interface Change {
  start: number | null;
  raf: number;
  painted: number;
  text: string | null;
  changes: number;
}

/** How long an interaction took to show its settled count, and what the count went through. */
export interface Timed {
  ms: number;
  from: string | null;
  to: string | null;
  changes: number;
}

const timed = (from: string | null, change: Change): Timed => {
  if (change.start === null) throw new Error('the page saw no click or keystroke');
  return { ms: change.painted - change.start, from, to: change.text, changes: change.changes };
};

/** Clicks the first Topics checkbox; ms from the click to the end of the frame showing the settled count. */
async function measureFilter(page: Page, limitMs: number): Promise<Timed> {
  const box = page.locator('[role="group"][aria-label="Topics"]').getByRole('checkbox').first();
  await box.scrollIntoViewIfNeeded({ timeout: limitMs });
  const from = (await page.evaluate(armClick(SETTLE_MS))) as string | null;
  await box.click({ timeout: limitMs });
  return timed(from, (await page.evaluate(AWAIT_CHANGE)) as Change);
}

/** Types a word into the search box (emptied first); ms from the last keystroke to the end of the frame showing the settled count. */
async function measureSearch(page: Page, word: string): Promise<Timed> {
  const box = page.getByRole('searchbox', { name: 'Search the sources' });
  await box.click();
  const from = (await page.evaluate(armTyping(SETTLE_MS))) as string | null;
  await page.keyboard.type(word, { delay: 40 });
  return timed(from, (await page.evaluate(AWAIT_CHANGE)) as Change);
}

/** Presses "Fit all" and waits until the event count is back to what it was after loading (not timed). */
async function fitAll(page: Page, count: string | null, limitMs: number): Promise<void> {
  await page.getByRole('button', { name: 'Fit all' }).click({ timeout: limitMs });
  await page.waitForFunction(`window.__bench.statusText() === ${JSON.stringify(count)}`, undefined, { timeout: limitMs, polling: 100 });
}

/** Empties the search box and waits until the count has settled again (not timed). */
async function clearSearch(page: Page): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search the sources' });
  await page.evaluate(armTyping(SETTLE_MS));
  await box.fill('');
  await page.evaluate(AWAIT_CHANGE);
}

const interim = (what: string, t: Timed) =>
  t.changes > 1
    ? [`${what}: the count changed ${t.changes} times before settling on "${t.to}" (an interim or stale count was shown first)`]
    : [];

/**
 * One repetition on a fresh page: first draw, then zoom, then a facet filter (undone
 * afterwards), then a search, and a second search with another word once the first is cleared. A step that fails or overruns leaves the rest of the
 * repetition as nulls with a note, and the page is closed.
 */
export async function measureInteractions(
  browser: Browser,
  url: string,
  searchWords: [string, string],
  deadline: Deadline,
): Promise<InteractionSample> {
  const sample: InteractionSample = {
    firstDrawMs: null,
    firstDrawRafMs: null,
    zoomP50Ms: null,
    zoomP95Ms: null,
    zoomFrames: 0,
    filterMs: null,
    searchRawMs: null,
    searchWarmRawMs: null,
    notes: [],
    pageErrors: [],
  };
  const limit = (step: number) => Math.max(0, Math.min(step, deadline.remaining()));
  const { context, page, pageErrors, drawn } = await openTimed(browser, url, limit(STEP_LIMITS_MS.firstDraw));
  try {
    if (!drawn.ok) {
      sample.notes.push(drawn.note);
      return sample;
    }
    sample.firstDrawMs = drawn.value.painted;
    sample.firstDrawRafMs = drawn.value.raf;
    // A large bundle draws the timeline a frame before the list (and its count) and the map,
    // whose basemap arrives as its own chunk: the interactions start once the whole page is
    // drawn, so that the zoom's frames time zooming rather than the rest of the page loading.
    const complete = await withTimeout('list and map after first draw', limit(STEP_LIMITS_MS.firstDraw), async () => {
      await page.waitForFunction(PAGE_COMPLETE, undefined, { timeout: limit(STEP_LIMITS_MS.firstDraw), polling: 'raf' });
      await page.evaluate(NEXT_FRAME);
    });
    if (!complete.ok) {
      sample.notes.push(complete.note);
      return sample;
    }
    const initialCount = (await page.evaluate('window.__bench.statusText()')) as string | null;

    const zoom = await withTimeout('zoom', limit(STEP_LIMITS_MS.zoom), () => measureZoom(page));
    if (!zoom.ok) {
      sample.notes.push(zoom.note);
      return sample;
    }
    sample.zoomP50Ms = zoom.value.p50;
    sample.zoomP95Ms = zoom.value.p95;
    sample.zoomFrames = zoom.value.count;
    // Coalesced wheel steps need not cancel out exactly; start the filter from the whole period again.
    const fit = await withTimeout('fit all after zoom', limit(STEP_LIMITS_MS.filter), () =>
      fitAll(page, initialCount, limit(STEP_LIMITS_MS.filter)),
    );
    if (!fit.ok) sample.notes.push(fit.note);

    const filterLimit = limit(STEP_LIMITS_MS.filter);
    const filter = await withTimeout('filter', filterLimit, () => measureFilter(page, filterLimit));
    if (!filter.ok) {
      sample.notes.push(filter.note);
      return sample;
    }
    sample.filterMs = filter.value.ms;
    sample.notes.push(...interim('filter', filter.value));
    // Undo the filter so the search runs over every event; its time is not reported.
    const undo = await withTimeout('undo filter', filterLimit, () => measureFilter(page, filterLimit));
    if (!undo.ok) {
      sample.notes.push(undo.note);
      return sample;
    }

    const search = await withTimeout('search', limit(STEP_LIMITS_MS.search), () => measureSearch(page, searchWords[0]));
    if (!search.ok) {
      sample.notes.push(search.note);
      return sample;
    }
    sample.searchRawMs = search.value.ms;
    sample.notes.push(...interim(`search "${searchWords[0]}"`, search.value));
    if (search.value.to === search.value.from) sample.notes.push(`search "${searchWords[0]}" did not change the count`);

    const warm = await withTimeout('second search', limit(STEP_LIMITS_MS.search), async () => {
      await clearSearch(page);
      return measureSearch(page, searchWords[1]);
    });
    if (!warm.ok) {
      sample.notes.push(warm.note);
      return sample;
    }
    sample.searchWarmRawMs = warm.value.ms;
    sample.notes.push(...interim(`second search "${searchWords[1]}"`, warm.value));
    return sample;
  } finally {
    sample.pageErrors = [...pageErrors];
    await closeQuietly(context);
  }
}

/** The flags of tests/e2e/browser.ts, repeated here because it does not export them. */
const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Chromium as launchBrowser() starts it, plus window.gc() and exact performance.memory values
 * (without --enable-precise-memory-info Chromium rounds them and refreshes them rarely).
 */
export function launchHeapBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...BROWSER_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
}

/** Loads the page, waits for the first draw and a quiet second, collects garbage and reads the used JS heap. */
export async function measureHeap(browser: Browser, url: string, deadline: Deadline): Promise<{ bytes: number | null; note?: string }> {
  const limit = (step: number) => Math.max(0, Math.min(step, deadline.remaining()));
  const { context, page, drawn } = await openTimed(browser, url, limit(STEP_LIMITS_MS.firstDraw));
  try {
    if (!drawn.ok) return { bytes: null, note: `heap: ${drawn.note}` };
    const heap = await withTimeout('heap', limit(60_000), async () => {
      // The whole page, list and map included, then a second for what follows it.
      await page.waitForFunction(PAGE_COMPLETE, undefined, { timeout: limit(60_000), polling: 100 });
      await page.waitForTimeout(1000);
      return (await page.evaluate(HEAP_AFTER_GC)) as number | null;
    });
    if (!heap.ok) return { bytes: null, note: heap.note };
    return heap.value === null ? { bytes: null, note: 'heap: window.gc or performance.memory is missing' } : { bytes: heap.value };
  } finally {
    await closeQuietly(context);
  }
}
