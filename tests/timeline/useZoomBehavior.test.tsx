import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { zoomTransform } from 'd3-zoom';
import { useZoomBehavior, type ZoomHandlers } from '../../src/timeline/useZoomBehavior';
import type { Transform } from '../../src/timeline/zoomMath';

/** An SVG with the timeline's zoom on it, as the plot has (jsdom gives it no lengths, so its box stands in for them). */
function Surface({ transform, handlers }: { transform: Transform; handlers: ZoomHandlers }) {
  const ref = useRef<SVGSVGElement>(null);
  useZoomBehavior(ref, transform, handlers);
  return <svg ref={ref} data-testid="surface" />;
}

/**
 * Dispatches a mouse event that names the window as its view: d3-zoom follows a drag there. jsdom
 * refuses the test's window in the constructor, so the view is set on the event afterwards.
 */
function mouse(target: EventTarget, type: string, clientX: number, clientY: number, button = 0) {
  const event = new MouseEvent(type, { clientX, clientY, button, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'view', { value: window });
  target.dispatchEvent(event);
}

describe('useZoomBehavior', () => {
  it('reports a drag through onZoom within the clamp and through onEnd on release, and takes the store’s transform quietly', () => {
    // The clamp keeps y at 0, as clampZoom does.
    const handlers = { onZoom: vi.fn(), onEnd: vi.fn(), constrain: (t: Transform) => ({ ...t, y: 0 }) };
    const rendered = render(<Surface transform={{ k: 2, x: 0, y: 0 }} handlers={handlers} />);
    const el = rendered.getByTestId('surface');
    expect(zoomTransform(el).k).toBe(2);
    act(() => {
      mouse(el, 'mousedown', 100, 10);
      mouse(window, 'mousemove', 60, 30);
      mouse(window, 'mouseup', 60, 30);
    });
    expect(handlers.onZoom).toHaveBeenCalledWith({ k: 2, x: -40, y: 0 });
    expect(handlers.onEnd).toHaveBeenCalledWith({ k: 2, x: -40, y: 0 });
    rendered.rerender(<Surface transform={{ k: 5, x: 7, y: 0 }} handlers={handlers} />);
    expect(zoomTransform(el)).toMatchObject({ k: 5, x: 7, y: 0 });
    expect(handlers.onZoom).toHaveBeenCalledTimes(1);
    expect(handlers.onEnd).toHaveBeenCalledTimes(1);
  });

  it('pans with the primary button only', () => {
    const handlers = { onZoom: vi.fn(), onEnd: vi.fn(), constrain: (t: Transform) => t };
    const el = render(<Surface transform={{ k: 1, x: 0, y: 0 }} handlers={handlers} />).getByTestId('surface');
    act(() => {
      mouse(el, 'mousedown', 100, 10, 2);
      mouse(window, 'mousemove', 60, 30, 2);
      mouse(window, 'mouseup', 60, 30, 2);
    });
    expect(handlers.onZoom).not.toHaveBeenCalled();
    expect(zoomTransform(el)).toMatchObject({ k: 1, x: 0, y: 0 });
  });
});
