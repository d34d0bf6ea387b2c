import type { ScaleTime } from 'd3-scale';
import { isUndated } from '../derive/undatedEvents';
import type { EventRecord } from '../data/bundleSchema';
import { isDisputed } from '../data/eventReports';
import type { LaneGrouping } from '../state/viewState';
import { extentOf, markShape, type MarkShape } from '../derive/eventExtent';
import { layoutLanes } from './layoutLanes';

/** One event as the timeline draws it. */
export interface TimelineMark {
  id: string;
  event: EventRecord;
  shape: MarkShape;
  /** Left and right edge of the mark in pixels; a point has x0 === x1 at its day's centre. */
  x0: number;
  x1: number;
  /** Label text, shortened to fit; empty when there is no room. */
  label: string;
  labelX: number;
  /** Which side of the mark the label sits on. */
  labelSide: 'right' | 'left';
  row: number;
  y: number;
  group: string;
  /** Reported by an article as its main event, rather than mentioned in passing. */
  primary: boolean;
  /** The date is inferred or curated, not stated by the text. */
  uncertain: boolean;
  /** Merged reports of it give different dates: the mark carries a tick, the reader compares them. */
  disputed: boolean;
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
export const CHAR_WIDTH = 7;
/** Longest label, in characters, before it is shortened with an ellipsis. */
export const MAX_LABEL_CHARS = 44;

/** Shortens a label to at most `max` characters at a word boundary. */
export function shortenLabel(title: string, max = MAX_LABEL_CHARS): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

const LABEL_GAP = 9;

/**
 * Puts a label right of its mark, or left when it would run off the right edge, shortened to
 * the room there is on the roomier side; no label at all when not even a word fits.
 */
export function placeLabel(
  title: string,
  x0: number,
  x1: number,
  r0: number,
  r1: number,
): Pick<TimelineMark, 'label' | 'labelX' | 'labelSide'> {
  const full = shortenLabel(title);
  const rightX = Math.max(x1, r0) + LABEL_GAP;
  const leftX = Math.min(x0, r1) - LABEL_GAP;
  const roomRight = Math.floor((r1 - rightX) / CHAR_WIDTH);
  const roomLeft = Math.floor((leftX - r0) / CHAR_WIDTH);
  if (full.length <= roomRight) return { label: full, labelX: rightX, labelSide: 'right' };
  if (full.length <= roomLeft) return { label: full, labelX: leftX, labelSide: 'left' };
  // A span wider than the view leaves no room beside it; its label goes inside, over the bar.
  const inside = Math.floor((Math.min(x1, r1) - Math.max(x0, r0) - 2 * LABEL_GAP) / CHAR_WIDTH);
  if (inside > Math.max(roomRight, roomLeft) && inside >= 6) {
    return { label: full.length <= inside ? full : shortenLabel(title, inside), labelX: Math.max(x0, r0) + LABEL_GAP, labelSide: 'right' };
  }
  const side = roomRight >= roomLeft ? 'right' : 'left';
  const room = Math.max(roomRight, roomLeft);
  const label = room >= 6 ? shortenLabel(title, room) : '';
  return { label, labelX: side === 'right' ? rightX : leftX, labelSide: side };
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
    // An undated event has no place on the axis; the timeline counts it in its "Undated" row.
    if (isUndated(event)) continue;
    const [a, b] = extentOf(event);
    const shape = markShape(event.date);
    let x0 = scale(new Date(a));
    let x1 = scale(new Date(b));
    if (x1 < r0 - 400 || x0 > r1) continue;
    if (shape === 'point') x0 = x1 = (x0 + x1) / 2;
    else if (x1 - x0 < 4) x1 = x0 + 4;
    const { label, labelX, labelSide } = placeLabel(event.title, x0, x1, r0, r1);
    const group = groupOf(event, grouping);
    partial.set(event.id, {
      id: event.id,
      event,
      shape,
      x0,
      x1,
      label,
      labelX,
      labelSide,
      group,
      primary: event.sources.some((s) => s.role === 'primary'),
      uncertain: event.date.basis !== 'stated',
      disputed: isDisputed(event),
    });
    const labelWidth = label.length * CHAR_WIDTH;
    const left = labelSide === 'left' ? labelX - labelWidth : x0;
    const right = labelSide === 'left' ? x1 : labelX + labelWidth;
    inputs.push({ id: event.id, group, x0: Math.min(left, x0) - 8, x1: Math.max(right, x1) + 2 });
  }
  const groups = [...new Set(inputs.map((i) => i.group))].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : groupLabel(a).localeCompare(groupLabel(b)),
  );
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
