import type { RefObject } from 'react';
import { LaneLabels } from './LaneLabels';
import { TimelineAxis } from './TimelineAxis';
import { TimelineMarks } from './TimelineMarks';
import { AXIS_HEIGHT, type TimelineViewModel } from './useTimelineModel';
import type { LiveTargets } from './useTimelineZoom';
import type { useTimelinePointer } from './useTimelinePointer';

/** Props of the timeline's SVG. */
export interface TimelinePlotProps {
  vm: TimelineViewModel;
  width: number;
  svgRef: RefObject<SVGSVGElement | null>;
  targets: LiveTargets;
  pointer: ReturnType<typeof useTimelinePointer>;
}

/** The timeline's SVG: the zoom surface, the lanes, the axis, the marks and the lane labels. */
export function TimelinePlot({ vm, width, svgRef, targets, pointer }: TimelinePlotProps) {
  const { plotWidth, svgHeight, density, model, gutter } = vm;
  return (
    <svg className="timeline-svg" ref={svgRef} width={width} height={svgHeight} data-export="timeline">
      <defs>
        <clipPath id="timeline-clip">
          <rect x={0} y={0} width={plotWidth} height={svgHeight} />
        </clipPath>
      </defs>
      <g transform={`translate(${gutter},0)`}>
        <rect
          className="zoom-surface"
          width={plotWidth}
          height={svgHeight}
          onPointerMove={density ? pointer.onDensityMove : undefined}
          onPointerLeave={pointer.clearDensityHover}
          onClick={density ? pointer.onDensityClick : undefined}
        />
        {!density &&
          model.lanes.map((l, i) => (
            <rect
              key={l.group}
              className={i % 2 ? 'lane lane-odd' : 'lane'}
              x={0}
              y={AXIS_HEIGHT + l.y}
              width={plotWidth}
              height={l.height}
            />
          ))}
        <g clipPath="url(#timeline-clip)">
          <TimelineAxis ref={targets.axis} ticks={vm.ticks} height={svgHeight - AXIS_HEIGHT} width={plotWidth} />
          <g transform={`translate(0,${AXIS_HEIGHT})`}>
            <TimelineMarks
              marks={model.marks}
              selectedId={pointer.selectedId}
              highlightedIds={vm.highlightedIds}
              tabStopId={pointer.tabStopId}
              onSelect={pointer.select}
              onHover={pointer.onHover}
              onKey={pointer.onMarkKey}
            />
          </g>
        </g>
      </g>
      <LaneLabels ref={targets.labels} rows={vm.laneRows} top={AXIS_HEIGHT} maxChars={gutter < 100 ? 10 : 16} />
    </svg>
  );
}
