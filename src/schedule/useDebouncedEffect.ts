import { useEffect, useRef } from 'react';

/**
 * Runs `effect` once `value` has stopped changing for `ms` milliseconds (and not at all when
 * `value` is undefined). The search box uses it so that a query typed in one go becomes one
 * search and one history entry, not one per keystroke.
 */
export function useDebouncedEffect<T>(value: T | undefined, ms: number, effect: (value: T) => void): void {
  const latest = useRef(effect);
  latest.current = effect;
  useEffect(() => {
    if (value === undefined) return;
    const timer = setTimeout(() => latest.current(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
}
