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
    let last = selector(store.getState());
    setSettled(() => last);
    const unsubscribe = store.subscribe((s) => {
      const next = selector(s);
      if (Object.is(next, last)) return;
      last = next;
      clearTimeout(timer);
      // As a transition, the catch-up (list, counts, map: tens of ms at 100,000 events) renders
      // in slices that yield to the next wheel step instead of holding one long frame.
      timer = setTimeout(() => startTransition(() => setSettled(() => last)), ms);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
    // The selector is expected to be a stable module-level function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, ms]);
  return settled;
}
