import { useMemo } from 'react';
import type { Bundle } from '../data/bundleSchema';
import { SourceReader } from '../reader/SourceReader';
import { useAppStore } from '../state/StoreProvider';
import { Timeline } from '../timeline/Timeline';
import { EventList } from './EventList';
import { LinkNotices } from './LinkNotices';
import { useVisibleEvents } from './useVisibleEvents';

/** Props of the loaded app. */
export interface AppShellProps {
  bundle: Bundle;
  /** What had to be repaired in the bundle. */
  warnings: string[];
}

/** The views over one loaded bundle: timeline, events in view, and the source reader. */
export function AppShell({ bundle, warnings }: AppShellProps) {
  const { matching, inView } = useVisibleEvents(bundle);
  const places = useMemo(() => new Map(bundle.places.map((p) => [p.id, p])), [bundle.places]);
  const selectedId = useAppStore((s) => s.event);
  const selected = selectedId ? bundle.events.find((e) => e.id === selectedId) : undefined;
  return (
    <div className={`shell${selected ? ' with-reader' : ''}`}>
      <div className="shell-main">
        {warnings.length > 0 && (
          <div role="alert" className="notice">
            <p>Some of the bundle could not be used:</p>
            <ul>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
        <LinkNotices bundle={bundle} />
        <Timeline bundle={bundle} events={matching} />
        <EventList events={inView} places={places} />
      </div>
      {selected && <SourceReader bundle={bundle} event={selected} />}
    </div>
  );
}
