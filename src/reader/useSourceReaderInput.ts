import { useEffect, type KeyboardEvent, type RefObject } from 'react';

/** Moves focus into the reader when an event opens and back when it closes, so a keyboard user keeps their place; returns the key handler that closes it on Escape. */
export function useSourceReaderInput(
  panelRef: RefObject<HTMLElement | null>,
  eventId: string,
  close: () => void,
): (e: KeyboardEvent<HTMLElement>) => void {
  useEffect(() => {
    const returnTo = document.activeElement as HTMLElement | null;
    panelRef.current?.focus({ preventScroll: true });
    return () => {
      if (returnTo?.isConnected) returnTo.focus({ preventScroll: true });
    };
  }, [panelRef, eventId]);
  return (e) => {
    if (e.key === 'Escape') {
      // Escape stops here, so the handlers further up the page do not act on it as well.
      e.stopPropagation();
      close();
    }
  };
}
