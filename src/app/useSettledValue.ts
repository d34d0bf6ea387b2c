import { startTransition, useEffect, useState } from 'react';
import type { AppState } from '../state/store';
import { useAppStoreApi } from '../state/StoreProvider';

/**
 * A store value once it has stopped changing for `ms` milliseconds. It subscribes outside
 * React, so while the user zooms the component that asks does not render at all; the timeline
 * follows every frame itself, and the list, counts and map catch up when the zoom settles.
 */
export function useSettledStoreValue<T>(selector: (s: AppState) => T, ms: number): T {
  const store = useAppStoreApi();
  const [settled, setSettled] = useState(() => selector(store.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame: number | undefined;
    let changes = 0;
    let last = selector(store.getState());
    setSettled(() => last);
    // As a transition, the catch-up (list, counts, map: tens of ms at 100,000 events) renders
    // in slices that yield to the next wheel step instead of holding one long frame.
    const settle = () => startTransition(() => setSettled(() => last));
    const settleIfStill = () => {
      if (typeof requestAnimationFrame === 'undefined' || document.hidden) return settle();
      // One long frame also leaves `ms` without a change while wheel steps wait in the queue.
      // Those are handled before the next frame's callbacks, so settle only if that frame
      // brought no change: otherwise a slow frame starts the catch-up mid-gesture and the
      // gesture's next frames are slower still.
      const seen = changes;
      frame = requestAnimationFrame(() => {
        if (changes === seen) settle();
      });
    };
    const unsubscribe = store.subscribe((s) => {
      const next = selector(s);
      if (Object.is(next, last)) return;
      last = next;
      changes++;
      clearTimeout(timer);
      timer = setTimeout(settleIfStill, ms);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      if (frame !== undefined) cancelAnimationFrame(frame);
    };
    // The selector is expected to be a stable module-level function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, ms]);
  return settled;
}
