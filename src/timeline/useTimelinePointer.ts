import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react';
import { formatEventDate } from '../format/formatEventDate';
import { useAppStore, useAppStoreApi } from '../state/StoreProvider';
import { hitTestDensity, OTHER_GROUP } from './densityModel';
import { AXIS_HEIGHT, type TimelineViewModel } from './useTimelineModel';
import { clampWindow } from './zoomActions';

/** Where a pointer is, as the browser gives it. */
type Pointer = { clientX: number; clientY: number };

/**
 * The timeline's marks and density view as input: hovering a mark (its tooltip), keys that move
 * between marks and open one, and hovering or clicking a density bin (its count, and zooming in).
 */
export function useTimelinePointer(
  vm: TimelineViewModel,
  refs: { body: RefObject<HTMLDivElement | null>; svg: RefObject<SVGSVGElement | null> },
  isLive: () => boolean,
  setWindow: (w: [number, number]) => void,
) {
  const store = useAppStoreApi();
  const selectedId = useAppStore((s) => s.event);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | undefined>();
  const [focusId, setFocusId] = useState<string | undefined>();
  const [densityHover, setDensityHover] = useState<{ x: number; y: number; text: string } | undefined>();
  const { ordered, density, scale, gutter } = vm;

  const select = useCallback((id: string) => store.getState().selectEvent(id), [store]);
  const onHover = useCallback(
    (id: string | undefined, target?: Element) => {
      store.getState().hoverEvent(id);
      if (!id || !target || !refs.body.current) return setHover(undefined);
      const box = target.getBoundingClientRect();
      const host = refs.body.current.getBoundingClientRect();
      setHover({ id, x: Math.min(box.left - host.left, host.width - 280), y: box.bottom - host.top + 6 });
    },
    [store, refs.body],
  );
  const onMarkKey = useCallback(
    (e: KeyboardEvent<SVGGElement>, id: string) => {
      const next = nextMark(ordered, id, e.key);
      if (next === 'open') select(id);
      else if (next === undefined) return;
      e.preventDefault();
      e.stopPropagation();
      if (next && next !== 'open') {
        setFocusId(next);
        refs.body.current?.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(next)}"]`)?.focus();
      }
    },
    [ordered, select, refs.body],
  );
  const tabStopId = [focusId, selectedId, ordered[0]?.id].find((id) => id && ordered.some((m) => m.id === id));

  const plotPoint = (e: Pointer) => {
    const box = refs.svg.current!.getBoundingClientRect();
    return { x: e.clientX - box.left - gutter, y: e.clientY - box.top - AXIS_HEIGHT };
  };
  const onDensityMove = (e: Pointer) => {
    // Mid-gesture the drawing is ahead of the rendered model, so a hit test would name the wrong bin.
    if (!density || isLive()) return setDensityHover(undefined);
    const p = plotPoint(e);
    const hit = hitTestDensity(density, scale, p.x, p.y);
    if (!hit || hit.count === 0) return setDensityHover(undefined);
    const range = formatEventDate({
      start: new Date(hit.from).toISOString().slice(0, 10),
      end: new Date(hit.to - 1).toISOString().slice(0, 10),
      precision: 'day',
    });
    const lane = hit.lane.group === OTHER_GROUP ? 'other places' : hit.lane.label;
    setDensityHover({
      x: p.x + gutter,
      y: p.y + AXIS_HEIGHT + 16,
      text: `${hit.count} ${hit.count === 1 ? 'event' : 'events'} · ${lane} · ${range}. Click to zoom in.`,
    });
  };
  const onDensityClick = (e: Pointer) => {
    if (!density) return;
    const t = scale.invert(plotPoint(e).x).getTime();
    const half = (vm.window[1] - vm.window[0]) / 8;
    setWindow(clampWindow(vm.base, [t - half, t + half]));
  };
  const clearDensityHover = () => setDensityHover(undefined);
  return { selectedId, hover, select, onHover, onMarkKey, tabStopId, densityHover, onDensityMove, onDensityClick, clearDensityHover };
}

/** The mark a key moves to among marks in reading order, "open" for Enter or Space, undefined for other keys. */
function nextMark(ordered: readonly { id: string }[], id: string, key: string): string | 'open' | undefined | null {
  const i = ordered.findIndex((m) => m.id === id);
  if (key === 'ArrowRight' || key === 'ArrowDown') return ordered[Math.min(ordered.length - 1, i + 1)]?.id ?? null;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return ordered[Math.max(0, i - 1)]?.id ?? null;
  if (key === 'Home') return ordered[0]?.id ?? null;
  if (key === 'End') return ordered[ordered.length - 1]?.id ?? null;
  if (key === 'Enter' || key === ' ') return 'open';
  return undefined;
}
