import { useEffect, useRef, useState } from 'react';
import type { AppStore } from '../state/store';
import { createLiveZoom } from './liveZoom';
import type { Transform } from './zoomMath';

/** What the timeline gives the live window: the store, the window maths and the frame drawing. */
export interface LiveWindowOptions {
  store: AppStore;
  startsLive: () => boolean;
  windowOf: (t: Transform) => [number, number];
  draw: (window: [number, number], t: Transform) => void;
}

/**
 * Holds a zoom gesture's window outside React (see `createLiveZoom`): frames are drawn on
 * animation frames through `draw`, and the store gets the window when the gesture ends. The
 * options are read at call time, so the caller may pass new closures on every render.
 */
export function useLiveWindow(options: LiveWindowOptions) {
  const latest = useRef(options);
  latest.current = options;
  const [live] = useState(() =>
    createLiveZoom({
      requestFrame: (f) => requestAnimationFrame(f),
      cancelFrame: (id) => cancelAnimationFrame(id),
      startsLive: () => latest.current.startsLive(),
      windowOf: (t) => latest.current.windowOf(t),
      draw: (w, t) => latest.current.draw(w, t),
      commit: (w) => latest.current.store.getState().setWindow(w, 'replace'),
    }),
  );
  const { store } = options;
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.window !== prev.window) live.storeChanged();
      }),
    [store, live],
  );
  useEffect(() => () => live.dispose(), [live]);
  return live;
}
