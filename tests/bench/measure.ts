import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, watchErrors } from '../e2e/browser';
import { ARM_CLICK, ARM_TYPING, AWAIT_CHANGE, HEAP_AFTER_GC, INIT_SCRIPT, NEXT_FRAME, START_FRAMES, STOP_FRAMES, WAIT_FIRST_DRAW } from './inPage';
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
  /** From the last keystroke, so including the app's 250 ms debounce. */
  searchRawMs: number | null;
  notes: string[];
  pageErrors: string[];
}

/** The most each step may take, before the size's own deadline. */
export const STEP_LIMITS_MS = { firstDraw: 240_000, zoom: 180_000, filter: 120_000, search: 120_000, close: 20_000 };

/** The viewport the bench uses: the desktop size the screenshots use. */
export const VIEWPORT = { width: 1440, height: 900 };

const ZOOM_STEPS_EACH_WAY = 30;
const WHEEL_DELTA = 100;

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

/** 60 wheel steps, one per animation frame (30 in, 30 out); p50 and p95 of the frame durations meanwhile. */
async function measureZoom(page: Page) {
  const { x, y } = await wheelPoint(page);
  await page.mouse.move(x, y);
  await page.evaluate(NEXT_FRAME);
  await page.evaluate(START_FRAMES);
  for (let i = 0; i < ZOOM_STEPS_EACH_WAY * 2; i++) {
    await page.mouse.wheel(0, i < ZOOM_STEPS_EACH_WAY ? -WHEEL_DELTA : WHEEL_DELTA);
    await page.evaluate(NEXT_FRAME);
  }
  await page.evaluate(NEXT_FRAME);
  const frames = deltas((await page.evaluate(STOP_FRAMES)) as number[]);
  return { p50: quantile(frames, 0.5), p95: quantile(frames, 0.95), count: frames.length };
}

interface Change {
  start: number | null;
  raf: number;
  painted: number;
  text: string | null;
}

/** Clicks the first Topics checkbox; ms from the click to the end of the frame showing the new count. */
async function measureFilter(page: Page, limitMs: number): Promise<{ ms: number; from: string; to: string | null }> {
  const box = page.locator('[role="group"][aria-label="Topics"]').getByRole('checkbox').first();
  await box.scrollIntoViewIfNeeded({ timeout: limitMs });
  const from = (await page.evaluate(ARM_CLICK)) as string;
  await box.click({ timeout: limitMs });
  const change = (await page.evaluate(AWAIT_CHANGE)) as Change;
  if (change.start === null) throw new Error('the click was not seen by the page');
  return { ms: change.painted - change.start, from, to: change.text };
}

/** Types a word into the search box; ms from the last keystroke to the end of the frame showing the new count. */
async function measureSearch(page: Page, word: string): Promise<{ ms: number; from: string; to: string | null }> {
  const box = page.getByRole('searchbox', { name: 'Search the sources' });
  await box.click();
  const from = (await page.evaluate(ARM_TYPING)) as string;
  await page.keyboard.type(word, { delay: 40 });
  const change = (await page.evaluate(AWAIT_CHANGE)) as Change;
  if (change.start === null) throw new Error('no keystroke was seen by the page');
  return { ms: change.painted - change.start, from, to: change.text };
}

/**
 * One repetition on a fresh page: first draw, then zoom, then a facet filter (undone
 * afterwards), then a search. A step that fails or overruns leaves the rest of the
 * repetition as nulls with a note, and the page is closed.
 */
export async function measureInteractions(browser: Browser, url: string, searchWord: string, deadline: Deadline): Promise<InteractionSample> {
  const sample: InteractionSample = {
    firstDrawMs: null,
    firstDrawRafMs: null,
    zoomP50Ms: null,
    zoomP95Ms: null,
    zoomFrames: 0,
    filterMs: null,
    searchRawMs: null,
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

    const zoom = await withTimeout('zoom', limit(STEP_LIMITS_MS.zoom), () => measureZoom(page));
    if (!zoom.ok) {
      sample.notes.push(zoom.note);
      return sample;
    }
    sample.zoomP50Ms = zoom.value.p50;
    sample.zoomP95Ms = zoom.value.p95;
    sample.zoomFrames = zoom.value.count;

    const filterLimit = limit(STEP_LIMITS_MS.filter);
    const filter = await withTimeout('filter', filterLimit, () => measureFilter(page, filterLimit));
    if (!filter.ok) {
      sample.notes.push(filter.note);
      return sample;
    }
    sample.filterMs = filter.value.ms;
    // Undo the filter so the search runs over every event; its time is not reported.
    const undo = await withTimeout('undo filter', filterLimit, () => measureFilter(page, filterLimit));
    if (!undo.ok) {
      sample.notes.push(undo.note);
      return sample;
    }

    const search = await withTimeout('search', limit(STEP_LIMITS_MS.search), () => measureSearch(page, searchWord));
    if (!search.ok) {
      sample.notes.push(search.note);
      return sample;
    }
    sample.searchRawMs = search.value.ms;
    if (search.value.to === search.value.from) sample.notes.push(`search "${searchWord}" did not change the count`);
    return sample;
  } finally {
    sample.pageErrors = [...pageErrors];
    await closeQuietly(context);
  }
}

/** The flags of tests/e2e/browser.ts, repeated here because it does not export them. */
const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

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
      await page.waitForTimeout(1000);
      return (await page.evaluate(HEAP_AFTER_GC)) as number | null;
    });
    if (!heap.ok) return { bytes: null, note: heap.note };
    return heap.value === null ? { bytes: null, note: 'heap: window.gc or performance.memory is missing' } : { bytes: heap.value };
  } finally {
    await closeQuietly(context);
  }
}
