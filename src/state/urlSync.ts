import { decodeViewState, encodeViewState } from './urlCodec';
import { selectViewState, type AppStore } from './store';
import { afterPaint } from '../schedule/afterPaint';
import { URL_REPLACE_EVERY_MS } from '../schedule/policies';

// Continuous zoom rewrites the address once it has paused this long (see schedule/policies.ts).
// Each replaceState is a same-document navigation, and Chromium re-reads the page's SVG favicon
// on every one: several ms, up to tens at 100,000 events, a dropped frame whenever it lands
// mid-gesture.
const REPLACE_EVERY_MS = URL_REPLACE_EVERY_MS;

/** The parts of `window` the sync uses, so tests can pass a fake. */
export interface HistoryHost {
  location: { search: string; pathname: string; hash: string };
  history: { pushState: (s: unknown, t: string, url: string) => void; replaceState: (s: unknown, t: string, url: string) => void };
  addEventListener: (type: 'popstate', fn: () => void) => void;
  removeEventListener: (type: 'popstate', fn: () => void) => void;
  /** Runs a function once the next frame has been drawn; without it, pushes are written at once. */
  afterFrame?: (fn: () => void) => void;
}

/**
 * The browser's window, whose pushes wait until the frame after the change has been drawn: a
 * push is a same-document navigation that costs several ms (Chromium re-reads the favicon), and
 * a facet click should show its result first.
 */
function browserHost(): HistoryHost {
  return {
    location: window.location,
    history: window.history,
    addEventListener: (type, fn) => window.addEventListener(type, fn),
    removeEventListener: (type, fn) => window.removeEventListener(type, fn),
    afterFrame: (fn) => void afterPaint(fn),
  };
}

/**
 * Mirrors the store's view state into the query string and back. Discrete changes push a
 * history entry so Back undoes them; continuous zoom replaces the current one. Back and
 * Forward restore the view from the URL. Returns a function that stops the sync.
 */
export function syncStoreWithUrl(store: AppStore, host: HistoryHost = browserHost()): () => void {
  const { state, notices } = decodeViewState(host.location.search);
  store.getState().restore(state);
  if (notices.length) store.getState().setNotices(notices);
  let last = encodeViewState(selectViewState(store.getState()));
  const write = (query: string, mode: 'push' | 'replace') => {
    const url = `${host.location.pathname}${query ? `?${query}` : ''}${host.location.hash}`;
    if (mode === 'push') host.history.pushState(null, '', url);
    else host.history.replaceState(null, '', url);
  };
  // Rewrite the opening URL in its clean form, without what was dropped.
  if (`?${last}` !== host.location.search && (last || host.location.search)) write(last, 'replace');
  // A burst of replaces (a zoom gesture) writes its first at once, then the latest once the
  // burst has paused for REPLACE_EVERY_MS; a push first writes any replace still waiting, so
  // Back returns to it.
  let pending: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastReplace = -Infinity;
  // Pushes waiting for the next frame, written in order before anything written after them.
  let pushes: string[] = [];
  const writePushes = () => {
    const waiting = pushes;
    pushes = [];
    for (const query of waiting) write(query, 'push');
  };
  const flush = () => {
    writePushes();
    clearTimeout(timer);
    timer = undefined;
    if (pending !== undefined) write(pending, 'replace');
    pending = undefined;
  };
  const unsubscribe = store.subscribe((s) => {
    const next = encodeViewState(selectViewState(s));
    if (next === last) return;
    last = next;
    if (s.historyMode === 'push') {
      if (pending !== undefined) flush();
      if (!host.afterFrame) return write(next, 'push');
      if (pushes.push(next) === 1) host.afterFrame(writePushes);
      return;
    }
    pending = next;
    const now = Date.now();
    const quiet = now - lastReplace >= REPLACE_EVERY_MS;
    lastReplace = now;
    clearTimeout(timer);
    timer = undefined;
    if (quiet) flush();
    else timer = setTimeout(flush, REPLACE_EVERY_MS);
  });
  const onPop = () => {
    // Back or Forward restores a view from the address; a push not yet written is superseded.
    pushes = [];
    clearTimeout(timer);
    timer = undefined;
    pending = undefined;
    const decoded = decodeViewState(host.location.search);
    last = encodeViewState(decoded.state);
    store.getState().restore(decoded.state);
  };
  host.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    writePushes();
    if (pending !== undefined) flush();
    host.removeEventListener('popstate', onPop);
  };
}
