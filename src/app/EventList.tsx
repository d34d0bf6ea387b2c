import { memo, useState, type UIEvent } from 'react';
import type { EventRecord, Place } from '../data/bundleSchema';
import { formatEventDate } from '../format/formatEventDate';
import { useAppStore, useAppStoreApi } from '../state/StoreProvider';
import { groupDigits } from '../format/groupDigits';
import { visibleRows, type RowRange } from './visibleRows';

/** Props of the list of events in view. */
export interface EventListProps {
  /** Events matching the filters and inside the window, in date order. */
  events: EventRecord[];
  places: Map<string, Place>;
  /** Said in the status instead of the count while the list is about to change (a search under way). */
  busy?: string;
  /** Documents the person added themselves; their events are marked as theirs. */
  ownDocumentIds?: ReadonlySet<string>;
}

/** Above this many rows the list renders only what is on screen. */
const VIRTUALISE_ABOVE = 150;
/** Height (px) of a row of a long list, fixed by the stylesheet (.event-item.fixed): rows are then placed by arithmetic, never measured. */
const ROW = 76;
/** The scroll box's height before it is first scrolled: its max-height, 28rem. */
const VIEWPORT = 448;
const OVERSCAN = 8;

/** One row: a button named with the event title that opens its source. */
function EventRow({
  event,
  place,
  selected,
  mine,
  onOpen,
  onHover,
}: {
  event: EventRecord;
  place?: Place;
  selected: boolean;
  mine: boolean;
  onOpen: (id: string) => void;
  onHover: (id?: string) => void;
}) {
  const primary = event.sources.some((s) => s.role === 'primary');
  return (
    <button
      type="button"
      className={`event-row${selected ? ' selected' : ''}`}
      aria-current={selected || undefined}
      onClick={() => onOpen(event.id)}
      onPointerEnter={() => onHover(event.id)}
      onPointerLeave={() => onHover(undefined)}
    >
      <span className={`event-title ${primary ? 'primary' : 'referenced'}`}>{event.title}</span>
      {mine && <span className="visually-hidden">, from your articles</span>}
      <span className="event-meta" aria-hidden="true">
        {mine && <span className="mine-badge">yours</span>}
        {formatEventDate(event.date)}
        {event.date.basis !== 'stated' ? ` (${event.date.basis})` : ''} · {place?.name ?? 'place not given'} · {event.kind}
        {event.sources.length > 1 ? ` · ${event.sources.length} sources` : ''}
      </span>
      {event.sources.length > 1 && <span className="visually-hidden">, {event.sources.length} sources</span>}
    </button>
  );
}

const NONE: ReadonlySet<string> = new Set();

/** The events in view, in date order, each a button; long lists are virtualised. */
export const EventList = memo(function EventList({ events, places, busy, ownDocumentIds = NONE }: EventListProps) {
  const isMine = (e: EventRecord) => ownDocumentIds.size > 0 && e.sources.some((s) => ownDocumentIds.has(s.documentId));
  const store = useAppStoreApi();
  const selectedId = useAppStore((s) => s.event);
  const onOpen = (id: string) => store.getState().selectEvent(id);
  const onHover = (id?: string) => store.getState().hoverEvent(id);
  const virtual = events.length > VIRTUALISE_ABOVE;
  // Where the box is scrolled; the rows follow from it and the fixed row height, so a new list
  // of 100,000 events costs the rows on screen, not a measurement of every row.
  const [view, setView] = useState({ top: 0, height: VIEWPORT });
  const rows: RowRange = virtual ? visibleRows(events.length, ROW, view.top, view.height, OVERSCAN) : { first: 0, last: 0 };
  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    const box = e.currentTarget;
    setView({ top: box.scrollTop, height: box.clientHeight || VIEWPORT });
  };
  return (
    <section className="event-list-panel" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading">Events in view</h2>
      <p role="status" className="event-count">
        {busy ?? `${groupDigits(events.length)} ${events.length === 1 ? 'event' : 'events'}`}
      </p>
      <div className="event-list-scroll" onScroll={virtual ? onScroll : undefined}>
        {virtual ? (
          <ul role="list" aria-label="Events" className="event-list" style={{ height: events.length * ROW, position: 'relative' }}>
            {events.slice(rows.first, rows.last).map((e, k) => {
              const i = rows.first + k;
              return (
                <li
                  key={e.id}
                  aria-setsize={events.length}
                  aria-posinset={i + 1}
                  className="event-item fixed"
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${i * ROW}px)` }}
                >
                  <EventRow
                    event={e}
                    place={e.placeId ? places.get(e.placeId) : undefined}
                    selected={e.id === selectedId}
                    mine={isMine(e)}
                    onOpen={onOpen}
                    onHover={onHover}
                  />
                </li>
              );
            })}
          </ul>
        ) : (
          <ul role="list" aria-label="Events" className="event-list">
            {events.map((e) => (
              <li key={e.id} className="event-item">
                <EventRow
                  event={e}
                  place={e.placeId ? places.get(e.placeId) : undefined}
                  selected={e.id === selectedId}
                  mine={isMine(e)}
                  onOpen={onOpen}
                  onHover={onHover}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
});
