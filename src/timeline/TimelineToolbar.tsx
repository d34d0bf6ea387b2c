import type { LaneGrouping } from '../state/viewState';
import { TimelineLegend } from './TimelineLegend';

/** Props of the timeline's toolbar. */
export interface TimelineToolbarProps {
  lanes: LaneGrouping;
  onZoomBy: (factor: number) => void;
  onFitAll: () => void;
  onLanes: (lanes: LaneGrouping) => void;
}

/** The zoom buttons, the lane grouping and the legend above the timeline. */
export function TimelineToolbar({ lanes, onZoomBy, onFitAll, onLanes }: TimelineToolbarProps) {
  return (
    <div className="timeline-toolbar">
      <div className="button-group" role="group" aria-label="Zoom">
        <button type="button" onClick={() => onZoomBy(2)} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={() => onZoomBy(0.5)} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={onFitAll} title="Show the whole period (0)">
          Fit all
        </button>
      </div>
      <label className="lanes-select">
        Lanes by{' '}
        <select value={lanes} onChange={(e) => onLanes(e.target.value === 'kind' ? 'kind' : 'place')}>
          <option value="place">place</option>
          <option value="kind">kind</option>
        </select>
      </label>
      <TimelineLegend />
    </div>
  );
}
