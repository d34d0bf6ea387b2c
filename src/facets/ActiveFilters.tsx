import type { ViewBundle } from '../data/bundleSchema';
import { useAppStore, useAppStoreApi } from '../state/StoreProvider';
import { FACET_KEYS } from '../state/viewState';
import { labelFor } from './facetItems';

const FACET_NAMES = { actors: 'Actor', topics: 'Topic', places: 'Place', kinds: 'Kind' } as const;

/** Active filters as removable chips, "Clear all", and a way out when nothing matches. */
export function ActiveFilters({ bundle, matchCount }: { bundle: ViewBundle; matchCount: number }) {
  const store = useAppStoreApi();
  const q = useAppStore((s) => s.q);
  const lastFilter = useAppStore((s) => s.lastFilter);
  const minSources = useAppStore((s) => s.minSources);
  const selections = {
    actors: useAppStore((s) => s.actors),
    topics: useAppStore((s) => s.topics),
    places: useAppStore((s) => s.places),
    kinds: useAppStore((s) => s.kinds),
  };
  const chips = FACET_KEYS.flatMap((key) =>
    selections[key].map((id) => ({ key, id, label: `${FACET_NAMES[key]}: ${labelFor(bundle, key, id)}` })),
  );
  if (!q && chips.length === 0 && minSources <= 1) return null;
  // The filter to drop when nothing matches: the one added last, else the last chip.
  const last = (lastFilter && chips.find((c) => c.key === lastFilter.key && c.id === lastFilter.id)) ?? chips[chips.length - 1];
  return (
    <div className="active-filters" aria-label="Active filters" role="group">
      <ul>
        {q && (
          <li className="chip">
            Search: “{q}”
            <button type="button" aria-label={`Remove search “${q}”`} onClick={() => store.getState().setQuery('')}>
              ×
            </button>
          </li>
        )}
        {minSources > 1 && (
          <li className="chip">
            Reported by ≥ {minSources} sources
            <button
              type="button"
              aria-label={`Remove reported by at least ${minSources} sources`}
              onClick={() => store.getState().setMinSources(1)}
            >
              ×
            </button>
          </li>
        )}
        {chips.map((c) => (
          <li key={`${c.key}:${c.id}`} className="chip">
            {c.label}
            <button type="button" aria-label={`Remove ${c.label}`} onClick={() => store.getState().toggleFacet(c.key, c.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="clear-all" onClick={() => store.getState().clearFilters()}>
        Clear all
      </button>
      {matchCount === 0 && (
        <p className="no-match" role="status">
          No events match these filters.{' '}
          {last ? (
            <button type="button" onClick={() => store.getState().toggleFacet(last.key, last.id)}>
              Remove “{last.label}”
            </button>
          ) : (
            <button type="button" onClick={() => store.getState().setQuery('')}>
              Clear the search
            </button>
          )}
        </p>
      )}
    </div>
  );
}
