import { useEffect, useMemo } from 'react';
import type { ViewBundle } from '../data/bundleSchema';
import { ActiveFilters } from '../facets/ActiveFilters';
import { FiltersPanel } from '../facets/FiltersPanel';
import { SourceReader } from '../reader/SourceReader';
import { pruneUnknownIds, resolveEventId } from '../state/pruneUnknownIds';
import { useAppStore, useAppStoreApi } from '../state/StoreProvider';
import { Timeline } from '../timeline/Timeline';
import { ExportMenu } from '../export/ExportMenu';
import { EventMap } from '../map/EventMap';
import { EventList } from './EventList';
import { ViewBoundary } from './ViewBoundary';
import { LinkNotices } from './LinkNotices';
import { useVisibleEvents } from './useVisibleEvents';
import { useAfterFirstPaint } from '../schedule/useAfterFirstPaint';
import { ownDocumentIdsOf } from '../collection/ownPart';
import { buildBundleIndex } from '../derive/bundleIndex';

/** Props of the loaded app. */
export interface AppShellProps {
  bundle: ViewBundle;
  /** What had to be repaired in the bundle. */
  warnings: string[];
}

/** Drops filter ids the bundle does not know, once, with a notice instead of an empty view. */
function usePruneUnknownIds(bundle: ViewBundle) {
  const store = useAppStoreApi();
  useEffect(() => {
    const s = store.getState();
    // A link to a report since merged into another event opens that event.
    const resolved = s.event && resolveEventId(bundle.events, s.event);
    if (resolved && resolved !== s.event) store.setState({ event: resolved, historyMode: 'replace' });
    const { kept, notices } = pruneUnknownIds({ actors: s.actors, topics: s.topics, places: s.places, kinds: s.kinds }, bundle);
    if (notices.length === 0) return;
    store.setState({ ...kept, historyMode: 'replace' });
    s.setNotices([...store.getState().notices, ...notices]);
  }, [bundle, store]);
}

/** Above this many events, the timeline is drawn a frame before the filters, map and list. */
export const DRAW_TIMELINE_FIRST_ABOVE = 5000;

/** What a view that comes a frame after the timeline shows meanwhile. */
const Pending = ({ what }: { what: string }) => <p className="muted pending-view">Drawing the {what}…</p>;

/** The views over one loaded bundle: filters, timeline, events in view and the source reader. */
export function AppShell({ bundle, warnings }: AppShellProps) {
  usePruneUnknownIds(bundle);
  // On a large bundle the timeline comes first; the rest follows a frame later.
  const all = useAfterFirstPaint(bundle.events.length > DRAW_TIMELINE_FIRST_ABOVE);
  // The one index of the bundle's events that every view reads.
  const index = useMemo(() => buildBundleIndex(bundle), [bundle]);
  const { matching, matchCount, inView, inViewAnyPlace, counts, search, indexing, searching } = useVisibleEvents(index, all);
  const places = index.places;
  const ownDocumentIds = useMemo(() => ownDocumentIdsOf(bundle), [bundle]);
  const selectedId = useAppStore((s) => s.event);
  const selected = selectedId ? bundle.events.find((e) => e.id === selectedId) : undefined;
  return (
    <div className={`shell${selected ? ' with-reader' : ''}`}>
      <aside className="shell-filters" aria-label="Filters">
        <ViewBoundary name="filters">
          {all ? <FiltersPanel bundle={bundle} kinds={index.kinds} counts={counts} /> : <Pending what="filters" />}
        </ViewBoundary>
      </aside>
      <main className="shell-main">
        {warnings.length > 0 && (
          <div role="alert" className="notice">
            <p>Some of the bundle could not be used:</p>
            <ul>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
        <LinkNotices bundle={bundle} />
        <ActiveFilters bundle={bundle} matchCount={matchCount} />
        {indexing && (
          <p role="status" className="indexing">
            Indexing the articles for search…
          </p>
        )}
        <ViewBoundary name="timeline">
          <Timeline index={index} matching={matching} />
        </ViewBoundary>
        <div className="below-timeline">
          <ViewBoundary name="map">
            {/* The place facet's counts ignore the place selection, as the map's events do, so they are its markers' counts. */}
            {all ? <EventMap bundle={bundle} events={inViewAnyPlace} placeCounts={counts.places} /> : <Pending what="map" />}
          </ViewBoundary>
          <ViewBoundary name="list of events">
            <div className="list-column">
              {all ? (
                <>
                  <div className="list-toolbar">
                    <ExportMenu bundle={bundle} events={inView} />
                  </div>
                  <EventList events={inView} places={places} busy={searching ? 'Searching…' : undefined} ownDocumentIds={ownDocumentIds} />
                </>
              ) : (
                <Pending what="list of events" />
              )}
            </div>
          </ViewBoundary>
        </div>
      </main>
      {selected && (
        <ViewBoundary name="source reader">
          <SourceReader bundle={bundle} event={selected} searchTerms={search?.termsByDocument} />
        </ViewBoundary>
      )}
    </div>
  );
}
