import type { Transform } from './zoomMath';

/** What a live zoom needs from its host: frames, the window maths, drawing and the store. */
export interface LiveZoomOptions {
  requestFrame: (draw: () => void) => number;
  cancelFrame: (id: number) => void;
  /** Whether a gesture starting now is drawn live, without the store (the timeline shows density). */
  startsLive: () => boolean;
  windowOf: (t: Transform) => [number, number];
  /** Draws one frame of a live gesture. */
  draw: (window: [number, number], t: Transform) => void;
  /** Writes the window to the store. */
  commit: (window: [number, number]) => void;
}

/** A zoom gesture's steps turned into at most one drawing per frame and one store write per gesture. */
export interface LiveZoom {
  /** One step of the gesture (a wheel tick, a drag move). */
  zoom: (t: Transform) => void;
  /** The gesture's end: a live gesture writes its window to the store once. */
  end: (t: Transform) => void;
  /** The store window changed: drop the live window and any frame still to draw. */
  storeChanged: () => void;
  /** The window drawn by the live gesture under way, if any. */
  liveWindow: () => [number, number] | undefined;
  /** Stops any frame still to draw, when the timeline goes away. */
  dispose: () => void;
}

/**
 * Coalesces a zoom gesture's steps. A gesture that starts on the density view is live: each
 * step keeps only the latest transform and draws it on the next animation frame, with no React
 * render and no store write; the store gets the window once, when the gesture ends, so the URL,
 * list and map follow then. It stays live until it ends even if it zooms below the mark limit,
 * so density is drawn until the gesture pauses and React draws the marks. A gesture that starts
 * on marks writes the store at every step, as few marks are cheap to render. A store change
 * from elsewhere (a button, Back) mid-gesture wins: the live window is dropped.
 */
export function createLiveZoom(o: LiveZoomOptions): LiveZoom {
  let mode: 'idle' | 'live' | 'store' = 'idle';
  let pending: Transform | undefined;
  let drawn: [number, number] | undefined;
  let frame = 0;
  const flush = () => {
    frame = 0;
    if (!pending) return;
    const t = pending;
    pending = undefined;
    drawn = o.windowOf(t);
    o.draw(drawn, t);
  };
  const drop = () => {
    if (frame) o.cancelFrame(frame);
    frame = 0;
    pending = undefined;
    drawn = undefined;
  };
  return {
    zoom(t) {
      if (mode === 'idle') mode = o.startsLive() ? 'live' : 'store';
      if (mode === 'store') return o.commit(o.windowOf(t));
      pending = t;
      if (!frame) frame = o.requestFrame(flush);
    },
    end(t) {
      // Only a gesture that moved since the last store change has a window of its own to write.
      const moved = mode === 'live' && (pending !== undefined || drawn !== undefined);
      drop();
      mode = 'idle';
      if (moved) o.commit(o.windowOf(t));
    },
    // The store notifies synchronously inside `commit`, but by then nothing is pending: a live
    // gesture's end drops its frames before writing, and a store-mode gesture queues none.
    storeChanged: drop,
    liveWindow: () => drawn,
    dispose: drop,
  };
}
