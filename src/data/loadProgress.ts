import { useSyncExternalStore } from 'react';
import type { ReadProgress } from './readJson';

// Progress of the bundle download: transient, outside the view state and the query cache,
// because only the loading message shows it and it changes many times a second.
let current: (ReadProgress & { url: string }) | undefined;
const listeners = new Set<() => void>();

/** Records how much of `url` has been read, for the loading message. */
export function reportLoadProgress(url: string, progress: ReadProgress): void {
  current = { url, ...progress };
  for (const l of listeners) l();
}

/** How much of the bundle at `url` has been read, while it loads. */
export function useLoadProgress(url: string): ReadProgress | undefined {
  const value = useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => current,
  );
  return value?.url === url ? value : undefined;
}
