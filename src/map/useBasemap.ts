import { useEffect, useState } from 'react';
import { loadBasemap, type Basemap } from './basemap';

/** Where the basemap is: on its way, here, or failed with a message to show. */
export type BasemapState = { status: 'loading' } | { status: 'ready'; basemap: Basemap } | { status: 'error'; message: string };

/** Loads the basemap once the map mounts; the markers do not wait for it. */
export function useBasemap(): BasemapState {
  const [state, setState] = useState<BasemapState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadBasemap().then(
      (basemap) => live && setState({ status: 'ready', basemap }),
      (e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
