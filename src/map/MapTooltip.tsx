import type { EventRecord } from '../data/bundleSchema';
import { eventCountLabel } from './markers';

/** Props of the marker tooltip. */
export interface MapTooltipProps {
  name: string;
  events: EventRecord[];
  /** The marker's screen position and radius, in the map body's pixels. */
  x: number;
  y: number;
  r: number;
  /** The map body's size, to keep the tooltip inside it. */
  width: number;
  height: number;
}

/** How many event titles the tooltip lists before it says "and N more". */
const MAX_TITLES = 4;
const TOOLTIP_WIDTH = 260;

/** The name of a hovered place, its count and the first few of its events. */
export function MapTooltip({ name, events, x, y, r, width, height }: MapTooltipProps) {
  const left = Math.max(4, Math.min(x + r + 8, width - TOOLTIP_WIDTH - 4));
  const more = events.length - MAX_TITLES;
  // Below a marker in the top half, above one in the bottom half, so it is never cut off.
  const vertical = y < height * 0.55 ? { top: y + r + 6 } : { bottom: height - y + r + 6 };
  return (
    <div className="tooltip map-tooltip" style={{ left, width: TOOLTIP_WIDTH, ...vertical }} aria-hidden="true">
      <strong>{name}</strong> <span className="muted">· {eventCountLabel(events.length)}</span>
      <ul>
        {events.slice(0, MAX_TITLES).map((e) => (
          <li key={e.id}>{e.title}</li>
        ))}
        {more > 0 && <li className="muted">and {more} more</li>}
      </ul>
      <div className="muted">Click to filter by this place.</div>
    </div>
  );
}
