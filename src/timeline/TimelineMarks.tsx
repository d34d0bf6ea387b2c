import { memo, type KeyboardEvent } from 'react';
import { formatEventDate } from '../format/formatEventDate';
import type { TimelineMark } from './timelineModel';
import { ROW_HEIGHT } from './timelineModel';

/** Props of the marks layer. */
export interface TimelineMarksProps {
  /** Laid-out marks. */
  marks: TimelineMark[];
  /** Id of the selected event. */
  selectedId?: string;
  /** Id of the event highlighted from elsewhere (the map, the list). */
  highlightedIds?: Set<string>;
  /** Id of the event that takes the Tab stop. */
  tabStopId?: string;
  onSelect: (id: string) => void;
  onHover: (id: string | undefined, target?: Element) => void;
  onKey: (e: KeyboardEvent<SVGGElement>, id: string) => void;
}

/** The accessible name of a mark: title, date as the source supports it, and how it is known. */
export function markName(m: TimelineMark): string {
  const basis = m.event.date.basis === 'stated' ? '' : `, date ${m.event.date.basis}`;
  const sources = m.event.sources.length > 1 ? `, ${m.event.sources.length} sources` : '';
  return `${m.event.title}, ${formatEventDate(m.event.date)}${basis}${m.disputed ? ', sources disagree on the date' : ''}${sources}`;
}

/** One event: a point, a bar or a faded band, with its label. */
function Mark({
  m,
  selected,
  highlighted,
  tabStop,
  onSelect,
  onHover,
  onKey,
}: {
  m: TimelineMark;
  selected: boolean;
  highlighted: boolean;
  tabStop: boolean;
} & Pick<TimelineMarksProps, 'onSelect' | 'onHover' | 'onKey'>) {
  const cls = [
    'mark',
    `mark-${m.shape}`,
    m.primary ? 'mark-primary' : 'mark-referenced',
    m.uncertain ? 'mark-uncertain' : '',
    m.disputed ? 'mark-disputed-date' : '',
    selected ? 'mark-selected' : '',
    highlighted ? 'mark-highlighted' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const y = m.y;
  return (
    <g
      className={cls}
      role="button"
      tabIndex={tabStop ? 0 : -1}
      aria-label={markName(m)}
      aria-pressed={selected}
      data-event-id={m.id}
      onClick={() => onSelect(m.id)}
      onKeyDown={(e) => onKey(e, m.id)}
      onPointerEnter={(e) => onHover(m.id, e.currentTarget)}
      onPointerLeave={() => onHover(undefined)}
      onFocus={(e) => onHover(m.id, e.currentTarget)}
      onBlur={() => onHover(undefined)}
    >
      {m.shape === 'band' && (
        <rect className="mark-shape" x={m.x0} y={y - ROW_HEIGHT / 2 + 3} width={m.x1 - m.x0} height={ROW_HEIGHT - 6} rx={2} />
      )}
      {m.shape === 'bar' && (
        <rect
          className="mark-shape"
          x={Math.min(m.x0, (m.x0 + m.x1) / 2 - 4)}
          y={y - 5}
          width={Math.max(8, m.x1 - m.x0)}
          height={10}
          rx={3}
        />
      )}
      {m.shape === 'point' &&
        (m.primary ? (
          <circle className="mark-shape" cx={m.x0} cy={y} r={6} />
        ) : (
          <path className="mark-shape" d={`M${m.x0},${y - 7}L${m.x0 + 7},${y}L${m.x0},${y + 7}L${m.x0 - 7},${y}Z`} />
        ))}
      {m.disputed && (
        <path className="mark-disputed" d={`M${m.x0 - 9},${y - 9}L${m.x0 - 5},${y - 5}M${m.x1 + 5},${y - 5}L${m.x1 + 9},${y - 9}`} />
      )}
      <text className="mark-label" x={m.labelX} y={y + 4} textAnchor={m.labelSide === 'left' ? 'end' : 'start'}>
        {m.label}
      </text>
    </g>
  );
}

/** All marks; memoised so hovering the tooltip does not re-render hundreds of nodes. */
export const TimelineMarks = memo(function TimelineMarks(props: TimelineMarksProps) {
  return (
    <g className="marks">
      {props.marks.map((m) => (
        <Mark
          key={m.id}
          m={m}
          selected={m.id === props.selectedId}
          highlighted={props.highlightedIds?.has(m.id) ?? false}
          tabStop={m.id === props.tabStopId}
          onSelect={props.onSelect}
          onHover={props.onHover}
          onKey={props.onKey}
        />
      ))}
    </g>
  );
});
