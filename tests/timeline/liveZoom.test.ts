import { describe, expect, it } from 'vitest';
import { createLiveZoom, type LiveZoomOptions } from '../../src/timeline/liveZoom';
import type { Transform } from '../../src/timeline/zoomMath';

/** A live zoom with hand-driven animation frames; the window of a transform is [x, x + 100 / k]. */
function setup(startsLive = true) {
  const frames = new Map<number, () => void>();
  let next = 1;
  const drawn: [number, number][] = [];
  const committed: [number, number][] = [];
  const options: LiveZoomOptions = {
    requestFrame: (f) => {
      frames.set(next, f);
      return next++;
    },
    cancelFrame: (id) => frames.delete(id),
    startsLive: () => startsLive,
    windowOf: (t) => [t.x, t.x + 100 / t.k],
    draw: (w) => drawn.push(w),
    commit: (w) => committed.push(w),
  };
  const live = createLiveZoom(options);
  const runFrames = () => {
    const due = [...frames.values()];
    frames.clear();
    due.forEach((f) => f());
  };
  return { live, frames, drawn, committed, runFrames };
}

const t = (x: number, k = 1): Transform => ({ k, x, y: 0 });

describe('createLiveZoom', () => {
  it('draws at most one frame per animation frame, the latest step, and writes the store once at the end', () => {
    const { live, frames, drawn, committed, runFrames } = setup();
    live.zoom(t(1));
    live.zoom(t(2));
    live.zoom(t(3, 2));
    expect(frames.size).toBe(1);
    expect(drawn).toEqual([]);
    runFrames();
    expect(drawn).toEqual([[3, 53]]);
    expect(live.liveWindow()).toEqual([3, 53]);
    live.zoom(t(4, 2));
    runFrames();
    expect(drawn).toEqual([
      [3, 53],
      [4, 54],
    ]);
    expect(committed).toEqual([]);
    live.end(t(4, 2));
    expect(committed).toEqual([[4, 54]]);
    expect(live.liveWindow()).toBeUndefined();
  });

  it('drops a frame still to draw when the gesture ends, and the store gets the end window', () => {
    const { live, frames, drawn, committed } = setup();
    live.zoom(t(5));
    live.end(t(5));
    expect(frames.size).toBe(0);
    expect(drawn).toEqual([]);
    expect(committed).toEqual([[5, 105]]);
  });

  it('writes the store at every step for a gesture that starts on marks', () => {
    const { live, frames, drawn, committed } = setup(false);
    live.zoom(t(1));
    live.zoom(t(2));
    expect(committed).toEqual([
      [1, 101],
      [2, 102],
    ]);
    expect(frames.size).toBe(0);
    live.end(t(2));
    expect(committed).toHaveLength(2);
    expect(drawn).toEqual([]);
  });

  it('lets a store change from elsewhere win over the live window mid-gesture', () => {
    const { live, frames, drawn, committed, runFrames } = setup();
    live.zoom(t(1));
    runFrames();
    live.zoom(t(2));
    live.storeChanged();
    expect(frames.size).toBe(0);
    expect(live.liveWindow()).toBeUndefined();
    runFrames();
    live.end(t(9));
    expect(drawn).toEqual([[1, 101]]);
    // Nothing moved since the store changed, so the end writes nothing over it.
    expect(committed).toEqual([]);
  });
});
