import type { Bundle } from '../data/bundleSchema';
import { describeBasis, formatEventDate } from '../format/formatEventDate';

/** Props of the plain event list. */
export interface EventListProps {
  /** The loaded bundle. */
  bundle: Bundle;
}

/** Every event of the bundle in date order, with its date as the sources support it and its place. */
export function EventList({ bundle }: EventListProps) {
  const places = new Map(bundle.places.map((p) => [p.id, p.name]));
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading">Events</h2>
      <p role="status">{bundle.events.length} events</p>
      <ul aria-label="Events" className="event-list">
        {bundle.events.map((e) => (
          <li key={e.id} className={`event-item ${e.sources.some((s) => s.role === 'primary') ? 'primary' : 'referenced'}`}>
            <span className="event-title">{e.title}</span>
            <span className="event-meta">
              <time dateTime={e.date.start}>{formatEventDate(e.date)}</time>
              {e.date.basis !== 'stated' && <span className="basis" title={describeBasis(e.date)}> ({e.date.basis})</span>}
              {e.placeId && <> · {places.get(e.placeId) ?? e.placeId}</>}
              {' · '}
              {e.kind}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
