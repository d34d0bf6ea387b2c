import type { ScaleTime } from 'd3-scale';
import { groupDigits } from '../format/groupDigits';
import type { LaneGrouping } from '../state/viewState';
import { axisTicks } from './axisTicks';
import { buildDensityModel, type DensityModel } from './densityModel';
import type { GroupCodes } from '../derive/groupExtents';
import { countOverlapping, type GroupExtents } from '../derive/groupExtents';
import type { LaneLabelRow, LaneLabelsHandle } from './LaneLabels';
import type { OverviewStripHandle } from './OverviewStrip';
import { paintDensity } from './paintDensity';
import type { TimelineAxisHandle } from './TimelineAxis';
import { visibleScale, type Transform } from './zoomMath';

/** The note under the density drawing, with the count's digits grouped. */
export function densityNote(count: number): string {
  return `${groupDigits(count)} events in this window, drawn as density. Zoom in to see each event.`;
}

/** The lane label rows of a density model. */
export function densityLabelRows(model: DensityModel): LaneLabelRow[] {
  return model.lanes.map((l) => ({ group: l.group, label: l.label, y: l.y }));
}

/** What a live frame reads (the timeline's current data) and where it draws. */
export interface LiveFrameContext {
  base: ScaleTime<number, number>;
  extents: () => GroupExtents;
  groups: GroupCodes;
  lanes: LaneGrouping;
  groupLabel: (group: string) => string;
  plotWidth: number;
  canvas: HTMLCanvasElement | null;
  axis: TimelineAxisHandle | null;
  labels: LaneLabelsHandle | null;
  overview: OverviewStripHandle | null;
  note: HTMLElement | null;
}

/**
 * Draws one frame of a live zoom gesture on the density view, without React: the density
 * model is binned again and painted, and the axis, lane labels, note and overview brush are
 * updated in place. React draws the same window the same way once the gesture ends.
 */
export function drawLive(c: LiveFrameContext, window: [number, number], t: Transform) {
  const scale = visibleScale(c.base, t);
  const extents = c.extents();
  const model = buildDensityModel(extents, c.groups, window, scale, c.lanes, c.groupLabel, 12);
  if (c.canvas) paintDensity(c.canvas, model, c.plotWidth);
  c.axis?.draw(axisTicks(scale));
  c.labels?.draw(densityLabelRows(model));
  if (c.note) c.note.textContent = densityNote(countOverlapping(extents.allStarts, extents.allEnds, window[0], window[1]));
  c.overview?.moveTo(window);
}
