import { memo, useState } from 'react';
import type { ViewBundle } from '../data/bundleSchema';
import type { FacetCounts } from '../state/viewState';
import { useAppStore, useAppStoreApi } from '../state/StoreProvider';
import type { FacetKey } from '../state/viewState';
import { FacetList } from './FacetList';
import { facetItems } from './facetItems';

/** Props of the filter column. */
export interface FiltersPanelProps {
  bundle: ViewBundle;
  /** The kinds the bundle's events use, in first-seen order (BundleIndex.kinds). */
  kinds: readonly string[];
  counts: FacetCounts;
}

/** The facet panels: Actors (people, organisations, states), Topics, Places and Kinds. */
export const FiltersPanel = memo(function FiltersPanel({ bundle, kinds: kindList, counts }: FiltersPanelProps) {
  const store = useAppStoreApi();
  const actors = useAppStore((s) => s.actors);
  const topics = useAppStore((s) => s.topics);
  const places = useAppStore((s) => s.places);
  const kinds = useAppStore((s) => s.kinds);
  const actorScope = useAppStore((s) => s.actorScope);
  const minSources = useAppStore((s) => s.minSources);
  const [open, setOpen] = useState(false);
  const items = facetItems(bundle, kindList, counts);
  const toggle = (key: FacetKey) => (id: string) => store.getState().toggleFacet(key, id);
  const active = actors.length + topics.length + places.length + kinds.length + (minSources > 1 ? 1 : 0);
  return (
    <div className={`filters${open ? ' open' : ''}`}>
      <button type="button" className="filters-toggle" aria-expanded={open} aria-controls="filter-panels" onClick={() => setOpen(!open)}>
        Filters{active ? ` (${active})` : ''}
      </button>
      <div id="filter-panels" className="filter-panels">
        <section role="group" aria-label="Actors" className="facet">
          <h2>Actors</h2>
          <label className="facet-switch">
            <input
              type="checkbox"
              checked={actorScope === 'named'}
              onChange={(e) => store.getState().setActorScope(e.target.checked ? 'named' : 'part')}
            />{' '}
            Also count events that only name them
          </label>
          <h3>People</h3>
          <FacetList items={items.people} selected={actors} onToggle={toggle('actors')} noun="people" initial={6} />
          <h3>Organisations</h3>
          <FacetList items={items.organisations} selected={actors} onToggle={toggle('actors')} noun="organisations" initial={6} />
          <h3>States</h3>
          <FacetList items={items.states} selected={actors} onToggle={toggle('actors')} noun="states" initial={6} />
        </section>
        <section role="group" aria-label="Topics" className="facet">
          <h2>Topics</h2>
          <FacetList items={items.topics} selected={topics} onToggle={toggle('topics')} noun="topics" />
        </section>
        <section role="group" aria-label="Places" className="facet">
          <h2>Places</h2>
          <FacetList items={items.places} selected={places} onToggle={toggle('places')} noun="places" />
        </section>
        <section role="group" aria-label="Sources" className="facet">
          <h2>Sources</h2>
          <label className="facet-switch">
            Reported by{' '}
            <select value={minSources} onChange={(e) => store.getState().setMinSources(Number(e.target.value))}>
              {[...new Set([1, 2, 3, 4, minSources])].map((n) => (
                <option key={n} value={n}>
                  {n === 1 ? 'any number of sources' : `at least ${n} sources`}
                </option>
              ))}
            </select>
          </label>
        </section>
        <section role="group" aria-label="Kinds" className="facet">
          <h2>Kinds</h2>
          <FacetList items={items.kinds} selected={kinds} onToggle={toggle('kinds')} noun="kinds" />
        </section>
      </div>
    </div>
  );
});
