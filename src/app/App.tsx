import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { BUNDLE_URL, bundleQueryOptions } from '../data/bundleQuery';
import { useLoadProgress } from '../data/loadProgress';
import { describeProgress } from '../format/describeProgress';
import { StoreProvider, useAppStoreApi } from '../state/StoreProvider';
import { syncStoreWithUrl } from '../state/urlSync';
import type { AppStore } from '../state/store';
import { AppShell } from './AppShell';
import { Header } from './Header';
import { useCollectionBundle } from '../collection/useCollectionBundle';
import { CollectionPanel } from '../collection/CollectionPanel';

/** Props of the app root. */
export interface AppProps {
  /** A store for tests; the app makes its own otherwise. */
  store?: AppStore;
  /** Whether to mirror the view into the address bar (off in component tests). */
  syncUrl?: boolean;
}

/** Mirrors the store into the URL while mounted. */
function UrlSync() {
  const store = useAppStoreApi();
  useEffect(() => syncStoreWithUrl(store), [store]);
  return null;
}

/** The page: loads the bundle, then shows the views, or says clearly why it cannot. */
export function App({ store, syncUrl = true }: AppProps) {
  return (
    <StoreProvider store={store}>
      {syncUrl && <UrlSync />}
      <AppBody />
    </StoreProvider>
  );
}

/** What the page is waiting for, with how much of the bundle has arrived. */
function LoadingStatus() {
  const progress = useLoadProgress(BUNDLE_URL);
  return (
    <p role="status" className="loading">
      Loading events…
      {progress && (progress.bytes > 0 || progress.checking !== undefined) && <span className="muted"> {describeProgress(progress)}</span>}
    </p>
  );
}

function AppBody() {
  const query = useQuery(bundleQueryOptions());
  const view = useCollectionBundle(query.data?.bundle);
  const warnings = query.data ? [...query.data.warnings, ...(view.problem ? [view.problem] : [])] : [];
  return (
    <div className="app">
      <Header>{query.data && view.bundle && <CollectionPanel base={query.data.bundle} bundle={view.bundle} />}</Header>
      {view.bundle && view.unkept && (
        <p role="status" className="notice storage-notice">
          {view.unkept}
        </p>
      )}
      {(query.isPending || (query.data && !view.bundle)) && <LoadingStatus />}
      {query.isError && (
        <div role="alert" className="error">
          <h2>The events could not be loaded</h2>
          <p>{query.error.message}</p>
          <button type="button" onClick={() => void query.refetch()}>
            Retry
          </button>
        </div>
      )}
      {view.bundle && <AppShell bundle={view.bundle} warnings={warnings} />}
    </div>
  );
}
