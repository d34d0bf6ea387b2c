import { decodeViewState, encodeViewState } from './urlCodec';
import { selectViewState, type AppStore } from './store';

/** The parts of `window` the sync uses, so tests can pass a fake. */
export interface HistoryHost {
  location: { search: string; pathname: string; hash: string };
  history: { pushState: (s: unknown, t: string, url: string) => void; replaceState: (s: unknown, t: string, url: string) => void };
  addEventListener: (type: 'popstate', fn: () => void) => void;
  removeEventListener: (type: 'popstate', fn: () => void) => void;
}

/**
 * Mirrors the store's view state into the query string and back. Discrete changes push a
 * history entry so Back undoes them; continuous zoom replaces the current one. Back and
 * Forward restore the view from the URL. Returns a function that stops the sync.
 */
export function syncStoreWithUrl(store: AppStore, host: HistoryHost = window): () => void {
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
  const unsubscribe = store.subscribe((s) => {
    const next = encodeViewState(selectViewState(s));
    if (next === last) return;
    last = next;
    write(next, s.historyMode);
  });
  const onPop = () => {
    const decoded = decodeViewState(host.location.search);
    last = encodeViewState(decoded.state);
    store.getState().restore(decoded.state);
  };
  host.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    host.removeEventListener('popstate', onPop);
  };
}
