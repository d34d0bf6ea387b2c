import type { ViewBundle } from '../data/bundleSchema';
import { useAppStore, useAppStoreApi } from '../state/StoreProvider';
import { describeNotices } from '../state/urlCodec';

/** A short visible notice for parts of the opened link that were dropped, the first few by name; never rendered as HTML. */
export function LinkNotices({ bundle }: { bundle: ViewBundle }) {
  const store = useAppStoreApi();
  const notices = useAppStore((s) => s.notices);
  const eventId = useAppStore((s) => s.event);
  const missingEvent = eventId && !bundle.events.some((e) => e.id === eventId) ? eventId : undefined;
  if (notices.length === 0 && !missingEvent) return null;
  return (
    <div role="alert" className="notice">
      {notices.length > 0 && <p>{describeNotices(notices)}</p>}
      {missingEvent && (
        <p>
          This link refers to an article that is not in your collection (event “{missingEvent}”). The person who sent it may have added it
          themselves: ask them to export their collection (“Add articles”, then “Export collection”) and import the file here.
        </p>
      )}
      <button
        type="button"
        onClick={() => {
          store.getState().dismissNotices();
          if (missingEvent) store.getState().selectEvent(undefined);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
