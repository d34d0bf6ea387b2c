// Code that runs inside the page. It is kept as source text rather than as functions passed
// to page.evaluate, because tsx compiles this bench with esbuild's keepNames, which wraps
// functions in a __name helper that does not exist in the page.

/** What marks the timeline as drawn: SVG marks now, or a canvas if the renderer changes. */
export const DRAWN_SELECTOR = '[role="region"][aria-label="Timeline"] svg g.mark, [role="region"][aria-label="Timeline"] canvas';

/** The status that counts the events in view, "1234 events"; digit grouping is tolerated in case the app adds it. */
const STATUS_PATTERN = String(/^\d[\d,.\u00a0\u202f ]* events?$/);

/**
 * Installed before the page's own scripts. Defines window.__bench with:
 * - afterFrame(): resolves with performance.now() once the next frame has been rendered (a task
 *   posted from requestAnimationFrame runs after that frame's style, layout and paint);
 * - firstDraw / firstDrawRaf: when the first timeline mark appeared, at the end of / at the
 *   start of the next frame, in ms from navigation start;
 * - statusText(): the text of the event-count status;
 * - watchStatus(from, settleMs): once the count differs from "from" and then stays put for
 *   settleMs, resolves with the time the last change was on screen and how many changes there
 *   were (an app may show an interim count first, e.g. a stale result while a worker searches).
 */
export const INIT_SCRIPT = `(() => {
  const bench = (window.__bench = {});
  bench.afterFrame = () => new Promise((resolve) => requestAnimationFrame((rafTime) => {
    const rafNow = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve({ raf: rafNow, painted: performance.now(), rafTime });
    channel.port2.postMessage(0);
  }));
  bench.statusText = () => {
    for (const el of document.querySelectorAll('[role="status"]')) {
      const text = (el.textContent || '').trim();
      if (${STATUS_PATTERN}.test(text)) return text;
    }
    return null;
  };
  bench.watchStatus = (from, settleMs) => new Promise((resolve) => {
    let current = from;
    let changes = 0;
    let last = null;
    const poll = () => requestAnimationFrame(() => {
      const now = bench.statusText();
      if (now !== current) {
        // Changed before this frame: the time is when this frame has been rendered.
        current = now;
        const seen = ++changes;
        const rafNow = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { if (seen === changes) last = { raf: rafNow, painted: performance.now(), text: now, changes: seen }; };
        channel.port2.postMessage(0);
      }
      if (last && last.changes === changes && performance.now() - last.painted >= settleMs) resolve(last);
      else poll();
    });
    poll();
  });
  const found = () => document.querySelector(${JSON.stringify(DRAWN_SELECTOR)});
  const observer = new MutationObserver(() => {
    if (bench.drawing || !found()) return;
    bench.drawing = true;
    observer.disconnect();
    bench.afterFrame().then((t) => { bench.firstDrawRaf = t.raf; bench.firstDraw = t.painted; });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Resolves once the first draw has been timed; the caller bounds the wait. */
export const WAIT_FIRST_DRAW = `new Promise((resolve) => {
  const check = () => (window.__bench.firstDraw !== undefined ? resolve({ painted: window.__bench.firstDraw, raf: window.__bench.firstDrawRaf }) : setTimeout(check, 50));
  check();
})`;

/** Starts recording frame start times (the requestAnimationFrame timestamps) into window.__bench.frames. */
export const START_FRAMES = `(() => {
  const b = window.__bench;
  b.frames = [];
  b.recording = true;
  const loop = (t) => {
    if (!b.recording) return;
    b.frames.push(t);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})()`;

/** Stops recording and returns the frame times. */
export const STOP_FRAMES = `(() => { window.__bench.recording = false; return window.__bench.frames; })()`;

/** Waits for one animation frame, to pace input one step per frame. */
export const NEXT_FRAME = `new Promise((resolve) => requestAnimationFrame(() => resolve(null)))`;

/** Notes performance.now() at the next click (capturing, so before the app's handlers) and starts watching the status. */
export const armClick = (settleMs: number) => `((settleMs) => {
  const b = window.__bench;
  const from = b.statusText();
  b.startAt = undefined;
  const onClick = () => {
    b.startAt = performance.now();
    window.removeEventListener('click', onClick, true);
  };
  window.addEventListener('click', onClick, true);
  b.changed = b.watchStatus(from, settleMs);
  return from;
})(${settleMs})`;

/** Notes performance.now() at every input event (the last keystroke wins) and starts watching the status. */
export const armTyping = (settleMs: number) => `((settleMs) => {
  const b = window.__bench;
  const from = b.statusText();
  b.startAt = undefined;
  b.onInput = () => { b.startAt = performance.now(); };
  window.addEventListener('input', b.onInput, true);
  b.changed = b.watchStatus(from, settleMs);
  return from;
})(${settleMs})`;

/** Resolves with the click or last-keystroke time, the time the settled count was on screen, and how many changes led to it. */
export const AWAIT_CHANGE = `window.__bench.changed.then((t) => {
  const b = window.__bench;
  if (b.onInput) window.removeEventListener('input', b.onInput, true);
  b.onInput = undefined;
  return { start: b.startAt ?? null, raf: t.raf, painted: t.painted, text: t.text, changes: t.changes };
})`;

/** Collects garbage twice (needs --js-flags=--expose-gc) and returns the used JS heap in bytes, or null. */
export const HEAP_AFTER_GC = `(async () => {
  if (typeof window.gc !== 'function' || !performance.memory) return null;
  window.gc();
  await new Promise((r) => setTimeout(r, 100));
  window.gc();
  return performance.memory.usedJSHeapSize;
})()`;
