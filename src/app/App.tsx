import { useQuery } from '@tanstack/react-query';
import { bundleQueryOptions } from '../data/bundleQuery';
import { EventList } from './EventList';

/** The page: loads the bundle and shows its events, or says clearly why it cannot. */
export function App() {
  const query = useQuery(bundleQueryOptions());
  return (
    <div className="app">
      <header className="app-header">
        <h1>Dushanbe Timeline</h1>
        <p className="tagline">Counter-terrorism diplomacy in Central Asia, from the sources</p>
      </header>
      <main className="app-main">
        {query.isPending && (
          <p role="status" className="loading">
            Loading events…
          </p>
        )}
        {query.isError && (
          <div role="alert" className="error">
            <h2>The events could not be loaded</h2>
            <p>{query.error.message}</p>
            <button type="button" onClick={() => void query.refetch()}>
              Retry
            </button>
          </div>
        )}
        {query.data && (
          <>
            {query.data.warnings.length > 0 && (
              <div role="alert" className="notice">
                <p>Some of the bundle could not be used:</p>
                <ul>
                  {query.data.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </div>
            )}
            <EventList bundle={query.data.bundle} />
          </>
        )}
      </main>
    </div>
  );
}
