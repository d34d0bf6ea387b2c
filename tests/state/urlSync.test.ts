import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state/store';
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

  it('replaces the entry while zooming instead of pushing one per frame', () => {
    const store = createAppStore();
    const host = fakeHost('');
    syncStoreWithUrl(store, host);
    for (let i = 0; i < 30; i++) store.getState().setWindow([Date.UTC(2020, 0, 1 + i), Date.UTC(2021, 0, 1)], 'replace');
    expect(host.entries).toHaveLength(1);
    expect(host.location.search).toBe('?from=2020-01-30&to=2020-12-31');
  });

  it('writes the cleaned link back after dropping what it could not use', () => {
    const store = createAppStore();
    const host = fakeHost('?actors=ok-id,<b>&zzz=1');
    syncStoreWithUrl(store, host);
    expect(host.location.search).toBe('?actors=ok-id');
    expect(store.getState().notices.length).toBe(2);
  });
});
