import { useEffect, useState } from 'react';

/** What the hook needs of a store: zustand's getState and subscribe. */
export interface SubscribableStore<S> {
  getState: () => S;
  subscribe: (listener: (state: S) => void) => () => void;
}

/** Frames that must pass without a change, after the quiet time, before a value counts as settled. */
const QUIET_FRAMES = 2;

/**
 * A store value once it has stopped changing for `ms` milliseconds. It subscribes outside
 * React, so while the user zooms the component that asks does not render at all; the timeline
 * follows every frame itself, and the list, counts and map catch up when the zoom settles.
 */
export function useSettledStoreValue<S, T>(store: SubscribableStore<S>, selector: (s: S) => T, ms: number): T {
  const [settled, setSettled] = useState(() => selector(store.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame: number | undefined;
    let changes = 0;
    let last = selector(store.getState());
    setSettled(() => last);
    // Not a transition: the catch-up's biggest piece (counting facets over 100,000 events) is
    // one memo of one component, so a transition yields no sooner, and every wheel step that
    // lands meanwhile restarts its render and recomputes that memo from scratch. Profiles of
    // a zoom at 100,000 events showed it redone seven times in one gesture.
    const settle = () => setSettled(() => last);
    // One long frame also leaves `ms` without a change while wheel steps wait in the queue;
    // those are handled at the start of the next frames. So settle only after QUIET_FRAMES
    // frames that brought no change, or a slow frame would start the catch-up mid-gesture.
    const settleIfStill = (framesLeft: number, seen: number) => {
      if (changes !== seen) return;
      if (framesLeft === 0 || typeof requestAnimationFrame === 'undefined' || document.hidden) return settle();
      frame = requestAnimationFrame(() => settleIfStill(framesLeft - 1, seen));
    };
    const unsubscribe = store.subscribe((s) => {
      const next = selector(s);
      if (Object.is(next, last)) return;
      last = next;
      changes++;
      clearTimeout(timer);
      const seen = changes;
      timer = setTimeout(() => settleIfStill(QUIET_FRAMES, seen), ms);
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
