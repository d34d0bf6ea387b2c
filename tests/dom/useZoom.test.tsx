import { describe, expect, it, vi } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { useRef, useState } from 'react';
import { zoomTransform } from 'd3-zoom';
import type { Transform } from '../../src/dom/transform';
import { useMapZoom } from '../../src/map/useMapZoom';
import { useZoom, type ZoomOptions } from '../../src/dom/useZoom';

/** A div with the shared hook on it, for d3-zoom on an element that is not an SVG. */
function Surface({ transform, options }: { transform: Transform; options: ZoomOptions }) {
  const ref = useRef<HTMLDivElement>(null);
  useZoom(ref, transform, options);
  return <div ref={ref} data-testid="surface" />;
}

/** The map's own hook on an SVG with one marker, its transform held in state as the map holds it. */
function MapSurface({ onZoom }: { onZoom: (t: Transform) => void }) {
  const ref = useRef<SVGSVGElement>(null);
  const [transform, setTransform] = useState<Transform>({ k: 1, x: 0, y: 0 });
  useMapZoom(ref, transform, 800, 360, (t) => {
    onZoom(t);
    setTransform(t);
  });
  return (
    <svg ref={ref} data-testid="map">
      <circle className="map-marker" data-testid="marker" />
    </svg>
  );
}

const plain = (el: Element) => {
  const { k, x, y } = zoomTransform(el);
  return { k, x, y };
};
const wheel = (el: Element) =>
  el.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: 100, clientY: 20, bubbles: true, cancelable: true }));
const WHEEL_STEP = 2 ** 0.2;

/** Renders the surface with mocked callbacks and, as the timeline has, no limits but `extra`'s. */
function setup(transform: Transform, extra: Pick<ZoomOptions, 'constrain' | 'filter'> = {}) {
  const callbacks = { onZoom: vi.fn<(t: Transform) => void>(), onEnd: vi.fn<(t: Transform) => void>() };
  const options: ZoomOptions = { ...callbacks, scaleExtent: [1e-3, 1e7], ...extra };
  const view = render(<Surface transform={transform} options={options} />);
  const el = view.getByTestId('surface');
  const rerender = (t: Transform) => view.rerender(<Surface transform={t} options={options} />);
  return { el, options: callbacks, rerender };
}

describe('useZoom', () => {
  it("moves d3-zoom's state to the app's transform and does not report that as a gesture", () => {
    const { el, options, rerender } = setup({ k: 2, x: 10, y: 5 });
    expect(plain(el)).toEqual({ k: 2, x: 10, y: 5 });
    rerender({ k: 3, x: -40, y: 0 });
    expect(plain(el)).toEqual({ k: 3, x: -40, y: 0 });
    expect(options.onZoom).not.toHaveBeenCalled();
    expect(options.onEnd).not.toHaveBeenCalled();
  });

  it('reports a wheel step through onZoom, within the caller’s constrain, and its end once the wheel stops', async () => {
    const { el, options } = setup({ k: 1, x: 0, y: 0 }, { constrain: (t) => ({ ...t, k: Math.min(t.k, 1.1) }) });
    act(() => void wheel(el));
    expect(options.onZoom).toHaveBeenCalledTimes(1);
    expect(options.onZoom.mock.calls[0]![0].k).toBeCloseTo(1.1);
    await waitFor(() => expect(options.onEnd).toHaveBeenCalledTimes(1));
    expect(options.onEnd.mock.calls[0]![0].k).toBeCloseTo(1.1);
  });

  it('goes on from a transform set mid-gesture, without reporting the sync or ending the gesture', async () => {
    const { el, options, rerender } = setup({ k: 1, x: 0, y: 0 });
    act(() => void wheel(el));
    rerender({ k: 4, x: 0, y: 0 });
    expect(options.onZoom).toHaveBeenCalledTimes(1);
    expect(options.onEnd).not.toHaveBeenCalled();
    act(() => void wheel(el));
    expect(options.onZoom).toHaveBeenCalledTimes(2);
    expect(options.onZoom.mock.calls[1]![0].k).toBeCloseTo(4 * WHEEL_STEP);
    await waitFor(() => expect(options.onEnd).toHaveBeenCalledTimes(1));
  });

  it('starts no gesture for an event the filter refuses', () => {
    const { el, options } = setup({ k: 1, x: 0, y: 0 }, { filter: () => false });
    act(() => void wheel(el));
    expect(options.onZoom).not.toHaveBeenCalled();
    expect(plain(el).k).toBe(1);
  });
});

describe('useMapZoom', () => {
  it('ignores a double click on a marker, and animates one elsewhere to twice the scale while the map echoes every step', async () => {
    const onZoom = vi.fn();
    const view = render(<MapSurface onZoom={onZoom} />);
    const dblclick = (el: Element) =>
      el.dispatchEvent(new MouseEvent('dblclick', { clientX: 400, clientY: 180, bubbles: true, cancelable: true }));
    act(() => void dblclick(view.getByTestId('marker')));
    expect(onZoom).not.toHaveBeenCalled();
    act(() => void dblclick(view.getByTestId('map')));
    // The echo of each frame must not interrupt d3-zoom's 250 ms animation.
    await waitFor(() => expect(plain(view.getByTestId('map')).k).toBe(2));
    expect(onZoom.mock.calls.length).toBeGreaterThan(1);
    expect(onZoom.mock.calls.at(-1)![0].k).toBe(2);
  });
});
