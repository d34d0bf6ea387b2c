import type { ScaleTime } from 'd3-scale';
import type { EventRecord } from '../data/bundleSchema';
import type { LaneGrouping } from '../state/viewState';
import { eventExtent, markShape, type MarkShape } from './eventExtent';
import { layoutLanes } from './layoutLanes';

/** One event as the timeline draws it. */
export interface TimelineMark {
  id: string;
  event: EventRecord;
  shape: MarkShape;
  /** Left and right edge of the mark in pixels; a point has x0 === x1 at its day's centre. */
  x0: number;
  x1: number;
  /** Label text, shortened to fit. */
  label: string;
  labelX: number;
  row: number;
  y: number;
  group: string;
  /** Reported by an article as its main event, rather than mentioned in passing. */
  primary: boolean;
  /** The date is inferred or curated, not stated by the text. */
  uncertain: boolean;
}

/** A band of rows holding one group's events, with its label. */
export interface TimelineLane {
  group: string;
  label: string;
  y: number;
  height: number;
}

/** Everything the timeline draws for one scale and one set of events. */
export interface TimelineModel {
  marks: TimelineMark[];
  lanes: TimelineLane[];
  height: number;
}

/** Height of one row of marks. */
export const ROW_HEIGHT = 24;
/** Approximate width of one label character at the timeline's 12px font. */
export const CHAR_WIDTH = 6.6;
/** Longest label, in characters, before it is shortened with an ellipsis. */
export const MAX_LABEL_CHARS = 44;

/** Shortens a label to at most `max` characters at a word boundary. */
export function shortenLabel(title: string, max = MAX_LABEL_CHARS): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** The group an event belongs to under a grouping. */
export function groupOf(event: EventRecord, grouping: LaneGrouping): string {
  return grouping === 'place' ? (event.placeId ?? '') : event.kind;
}

/**
 * Lays out the events that overlap the visible scale: pixel extents from the date precision,
 * labels to the right of each mark, and rows per group so that no two labels overlap.
 */
export function buildTimelineModel(
  events: EventRecord[],
  scale: ScaleTime<number, number>,
  grouping: LaneGrouping,
  groupLabel: (group: string) => string,
): TimelineModel {
  const [r0, r1] = scale.range() as [number, number];
  const inputs = [];
  const partial = new Map<string, Omit<TimelineMark, 'row' | 'y'>>();
  for (const event of events) {
    const [a, b] = eventExtent(event.date);
    const shape = markShape(event.date);
    let x0 = scale(new Date(a));
    let x1 = scale(new Date(b));
    if (x1 < r0 - 400 || x0 > r1) continue;
    if (shape === 'point') x0 = x1 = (x0 + x1) / 2;
    else if (x1 - x0 < 4) x1 = x0 + 4;
    const label = shortenLabel(event.title);
    const labelX = Math.max(x1, r0) + 9;
    const group = groupOf(event, grouping);
    partial.set(event.id, {
      id: event.id,
      event,
      shape,
      x0,
      x1,
      label,
      labelX,
      group,
      primary: event.sources.some((s) => s.role === 'primary'),
      uncertain: event.date.basis !== 'stated',
    });
    inputs.push({ id: event.id, group, x0: Math.min(x0, labelX) - 8, x1: labelX + label.length * CHAR_WIDTH });
  }
  const groups = [...new Set(inputs.map((i) => i.group))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : groupLabel(a).localeCompare(groupLabel(b))));
  const layout = layoutLanes(inputs, groups);
  const marks: TimelineMark[] = [];
  for (const [id, m] of partial) {
    const placement = layout.placements.get(id)!;
    marks.push({ ...m, row: placement.globalRow, y: placement.globalRow * ROW_HEIGHT + ROW_HEIGHT / 2 });
  }
  const lanes = layout.groups.map((g) => ({
    group: g.group,
    label: g.group === '' ? 'No place' : groupLabel(g.group),
    y: g.firstRow * ROW_HEIGHT,
    height: g.rows * ROW_HEIGHT,
  }));
  return { marks, lanes, height: layout.totalRows * ROW_HEIGHT };
}
