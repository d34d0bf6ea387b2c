import type { EventRecord, Place } from '../data/bundleSchema';
import { isDisputed } from '../data/eventReports';
import { describeBasis, formatEventDate } from '../format/formatEventDate';

/** Props of the event tooltip. */
export interface EventTooltipProps {
  event: EventRecord;
  place?: Place;
  /** Position relative to the timeline region. */
  x: number;
  y: number;
}

/** Title, the date as the source states it and how it is known, and the place. */
export function EventTooltip({ event, place, x, y }: EventTooltipProps) {
  const d = event.date;
  return (
    <div className="tooltip" role="tooltip" style={{ left: x, top: y }}>
      <strong>{event.title}</strong>
      <div>
        {formatEventDate(d)}
        {d.asStated && d.asStated !== formatEventDate(d) && <span className="muted"> — the source says “{d.asStated}”</span>}
      </div>
      {d.basis !== 'stated' && <div className={`basis basis-${d.basis}`}>{describeBasis(d)}</div>}
      <div className="muted">
        {place ? place.name : 'Place not given'} · {event.kind}
        {event.planned ? ' · planned' : ''}
        {event.sources.some((s) => s.role === 'primary') ? '' : ' · mentioned in passing'}
      </div>
      <div className="muted">
        {event.sources.length === 1 ? '1 source' : `${event.sources.length} sources`}
        {isDisputed(event) ? ' · they disagree on the date' : ''}
      </div>
    </div>
  );
}
