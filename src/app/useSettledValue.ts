import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `ms` milliseconds. While the user zooms, the
 * timeline follows every frame, and the list, counts and map catch up when the zoom settles.
 */
export function useSettledValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
