import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/state/store';
import { URL_REPLACE_EVERY_MS as REPLACE_EVERY_MS } from '../../src/schedule/policies';
import { syncStoreWithUrl, type HistoryHost } from '../../src/state/urlSync';

/** A fake window whose history records what the sync writes. */
function fakeHost(search: string) {
  const entries = [search];
  let index = 0;
  const listeners: (() => void)[] = [];
  const host: HistoryHost & { entries: string[]; back: () => void } = {
    entries,
    location: { search, pathname: '/', hash: '' },
    history: {
      pushState: (_s, _t, url) => {
        entries.splice(index + 1);
        entries.push(url.slice(1));
        index++;
        host.location.search = url.slice(1);
      },
      replaceState: (_s, _t, url) => {
        entries[index] = url.slice(1);
        host.location.search = url.slice(1);
      },
    },
    addEventListener: (_t, fn) => listeners.push(fn),
    removeEventListener: () => {},
    back: () => {
      index--;
      host.location.search = entries[index]!;
      for (const l of listeners) l();
    },
  };
  return host;
}

describe('syncStoreWithUrl', () => {
  it('restores the view from the opening link', () => {
    const store = createAppStore();
    syncStoreWithUrl(store, fakeHost('?actors=vladimir-voronkov&from=2023-09-01&to=2023-09-30'));
    expect(store.getState().actors).toEqual(['vladimir-voronkov']);
    expect(store.getState().window).toEqual([Date.parse('2023-09-01T00:00:00Z'), Date.parse('2023-10-01T00:00:00Z')]);
  });

  it('pushes discrete changes so Back restores the previous view', () => {
    const store = createAppStore();
    const host = fakeHost('?actors=vladimir-voronkov');
    syncStoreWithUrl(store, host);
    store.getState().toggleFacet('topics', 'border-security');
    expect(host.location.search).toBe('?actors=vladimir-voronkov&topics=border-security');
    expect(host.entries).toHaveLength(2);
    host.back();
    expect(store.getState().topics).toEqual([]);
    expect(store.getState().actors).toEqual(['vladimir-voronkov']);
  });

  afterEach(() => {
    vi.useRealTimers();
  });
  it('writes pushes after the next frame when the host can wait for one, each in order', () => {
    const store = createAppStore();
    const host = fakeHost('');
    const frames: (() => void)[] = [];
    host.afterFrame = (fn) => frames.push(fn);
    syncStoreWithUrl(store, host);
    store.getState().toggleFacet('topics', 'border-security');
    store.getState().toggleFacet('kinds', 'meeting');
    expect(host.entries).toHaveLength(1);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(host.entries).toEqual(['', '?topics=border-security', '?topics=border-security&kinds=meeting']);
    host.back();
    expect(store.getState().kinds).toEqual([]);
    expect(store.getState().topics).toEqual(['border-security']);
  });

  it('replaces the entry while zooming instead of pushing one per frame, and writes the last window', () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const host = fakeHost('');
    syncStoreWithUrl(store, host);
    for (let i = 0; i < 30; i++) store.getState().setWindow([Date.UTC(2020, 0, 1 + i), Date.UTC(2021, 0, 1)], 'replace');
    expect(host.entries).toHaveLength(1);
    vi.advanceTimersByTime(REPLACE_EVERY_MS);
    expect(host.entries).toHaveLength(1);
    expect(host.location.search).toBe('?from=2020-01-30&to=2020-12-31');
  });

  it('writes a single zoom step at once, and a burst of steps once it pauses', () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const host = fakeHost('');
    let writes = 0;
    const replace = host.history.replaceState;
    host.history.replaceState = (...args) => {
      writes++;
      replace(...args);
    };
    syncStoreWithUrl(store, host);
    store.getState().setWindow([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], 'replace');
    expect(host.location.search).toBe('?from=2020-01-01&to=2020-12-31');
    expect(writes).toBe(1);
    // Sixty frames of a wheel gesture, one every 16 ms: none while it lasts, one when it pauses.
    for (let i = 0; i < 60; i++) {
      vi.advanceTimersByTime(16);
      store.getState().setWindow([Date.UTC(2020, 0, 2 + i), Date.UTC(2021, 0, 1)], 'replace');
    }
    expect(writes).toBe(1);
    vi.advanceTimersByTime(REPLACE_EVERY_MS);
    expect(writes).toBe(2);
    expect(host.location.search).toBe('?from=2020-03-01&to=2020-12-31');
  });

  it('writes a waiting zoom before pushing a discrete change, so Back returns to the zoomed view', () => {
    vi.useFakeTimers();
    const store = createAppStore();
    const host = fakeHost('');
    syncStoreWithUrl(store, host);
    store.getState().setWindow([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], 'replace');
    store.getState().setWindow([Date.UTC(2020, 5, 1), Date.UTC(2021, 0, 1)], 'replace');
    store.getState().toggleFacet('topics', 'border-security');
    expect(host.entries).toEqual(['?from=2020-06-01&to=2020-12-31', '?topics=border-security&from=2020-06-01&to=2020-12-31']);
    host.back();
    expect(store.getState().window).toEqual([Date.UTC(2020, 5, 1), Date.UTC(2021, 0, 1)]);
  });

  it('writes the cleaned link back after dropping what it could not use', () => {
    const store = createAppStore();
    const host = fakeHost('?actors=ok-id,<b>&zzz=1');
    syncStoreWithUrl(store, host);
    expect(host.location.search).toBe('?actors=ok-id');
    expect(store.getState().notices.length).toBe(2);
  });
});
