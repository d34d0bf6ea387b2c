import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../src/app/App';
import { createAppStore } from '../src/state/store';
import type { ViewState } from '../src/state/viewState';
import type { GazetteerTable } from '../src/data/gazetteerSchema';
import { loadKnowledge, seedBundle } from './seedFixtures';

/**
 * Serves `body` (the seed bundle by default) to the app's fetch, with an HTTP status, the seed
 * knowledge file, and the gazetteer table when one is given (else a 404 for it, as a deployment
 * without one would answer).
 */
export function mockBundleFetch(body: string = JSON.stringify(seedBundle().bundle), status = 200, gazetteer?: GazetteerTable) {
  const fetchMock = vi.fn(async (url: string | URL | Request) => {
    const path = String(url);
    if (path.endsWith('knowledge.json')) return new Response(JSON.stringify(loadKnowledge()));
    if (path.endsWith('gazetteer.json'))
      return gazetteer ? new Response(JSON.stringify(gazetteer)) : new Response('not found', { status: 404 });
    return new Response(body, { status });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** Renders the whole app with a fresh query client and store, without touching the address bar. */
export function renderApp(initial: Partial<ViewState> = {}) {
  const store = createAppStore(initial);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const utils = render(
    <QueryClientProvider client={client}>
      <App store={store} syncUrl={false} />
    </QueryClientProvider>,
  );
  return { ...utils, store };
}
