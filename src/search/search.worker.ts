/// <reference lib="webworker" />
import { withBodies } from './withBodies';
import { fetchJson } from '../data/fetchJson';
import { notJsonError, parseBundleValue } from '../data/parseBundle';
import { buildSearchIndex, type BundleSearch } from './searchIndex';
import { mergeBundles } from '../collection/mergeBundles';
import type { SearchRequest, SearchResponse } from './searchProtocol';

// The worker loads the bundle itself (the browser's cache makes it a second read, not a
// second download) and builds the index off the main thread, so a large collection never
// freezes the page while it is indexed.
let index: BundleSearch | undefined;
const pending: Extract<SearchRequest, { type: 'search' }>[] = [];
const post = (m: SearchResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

function answer(r: Extract<SearchRequest, { type: 'search' }>) {
  const result = index!.search(r.query);
  post({ type: 'result', id: r.id, eventIds: [...result.eventIds], terms: [...result.termsByDocument] });
}

self.onmessage = async (e: MessageEvent<SearchRequest>) => {
  const msg = e.data;
  if (msg.type === 'search') {
    if (index) answer(msg);
    else pending.push(msg);
    return;
  }
  try {
    const t0 = performance.now();
    // Parsed as the page parses it (a packed bundle is unpacked, broken references dropped), so both see the same events.
    const { bundle } = parseBundleValue(await fetchJson(msg.url, { what: 'The event bundle', notJson: notJsonError }));
    const corpus = await withBodies(bundle, msg.url);
    index = buildSearchIndex(msg.own ? mergeBundles(corpus, msg.own) : corpus);
    post({ type: 'ready', ms: performance.now() - t0 });
    for (const r of pending.splice(0)) answer(r);
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message });
  }
};
