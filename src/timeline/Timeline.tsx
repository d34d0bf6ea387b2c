import { useRef } from 'react';
import type { Bitset } from '../derive/bitset';
import type { BundleIndex } from '../derive/bundleIndex';
import { useAppStoreApi } from '../state/StoreProvider';
import { DensityCanvas } from './DensityCanvas';
import { EventTooltip } from './EventTooltip';
import { OverviewStrip } from './OverviewStrip';
import { TimelinePlot } from './TimelinePlot';
import { TimelineToolbar } from './TimelineToolbar';
import { useElementWidth } from '../dom/useElementSize';
import { AXIS_HEIGHT, useTimelineModel } from './useTimelineModel';
import { useTimelinePointer } from './useTimelinePointer';
import { useTimelineZoom } from './useTimelineZoom';
import { clampWindow } from './zoomActions';

/** Props of the timeline. */
export interface TimelineProps {
  index: BundleIndex;
  /** Positions in the index of the events matching the filters, whatever the window (undefined: all); the timeline shows those in its window. */
  matching?: Bitset;
}

/**
 * The zoomable timeline: a D3 time scale derived from the store's window, lanes laid out by a
 * pure function, SVG rendered by React. d3-zoom and d3-brush are attached as input devices.
 * The model (useTimelineModel) and the input (useTimelineZoom, useTimelinePointer) are hooks of
 * their own; this renders them.
 */
export function Timeline({ index, matching }: TimelineProps) {
  const store = useAppStoreApi();
  const bodyRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const width = useElementWidth(bodyRef);
  const vm = useTimelineModel(index, matching, width);
  const zoom = useTimelineZoom(vm, svgRef);
  const pointer = useTimelinePointer(vm, { body: bodyRef, svg: svgRef }, () => !!zoom.live.liveWindow(), zoom.setWindow);
  const { density, gutter, plotWidth, inWindow, undated } = vm;
  const hover = pointer.hover;
  const hovered = hover && index.events.find((e) => e.id === hover.id);
  return (
    <section className="timeline" role="region" aria-label="Timeline" tabIndex={0} onKeyDown={zoom.onRegionKey}>
      <TimelineToolbar lanes={vm.lanes} onZoomBy={zoom.zoomBy} onFitAll={zoom.fitAll} onLanes={(l) => store.getState().setLanes(l)} />
      <div className="timeline-body" ref={bodyRef}>
        <TimelinePlot vm={vm} width={width} svgRef={svgRef} targets={zoom.targets} pointer={pointer} />
        {density && <DensityCanvas ref={zoom.targets.canvas} model={density} width={plotWidth} left={gutter} top={AXIS_HEIGHT} />}
        {density && <p className="timeline-density-note" ref={zoom.targets.note} />}
        {pointer.densityHover && (
          <div className="tooltip" role="tooltip" style={{ left: pointer.densityHover.x, top: pointer.densityHover.y }}>
            {pointer.densityHover.text}
          </div>
        )}
        {inWindow === 0 && <p className="timeline-empty">No events in this window. Zoom out or press “Fit all”.</p>}
        {hovered && (
          <EventTooltip
            event={hovered}
            place={hovered.placeId ? vm.places.get(hovered.placeId) : undefined}
            x={hover.x + gutter}
            y={hover.y}
          />
        )}
      </div>
      {undated > 0 && (
        <p className="timeline-undated" role="note">
          Undated: {undated} {undated === 1 ? 'event whose source gives' : 'events whose sources give'} no date, so not on the time axis;
          the list shows them.
        </p>
      )}
      <div className="overview-wrap">
        <OverviewStrip
          ref={zoom.targets.overview}
          base={vm.overviewBase}
          index={vm.index}
          among={vm.matching}
          window={vm.window}
          onBrush={(w) => zoom.setWindow(clampWindow(vm.base, w))}
        />
      </div>
    </section>
  );
}
