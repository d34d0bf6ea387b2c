import { useEffect, type RefObject } from 'react';

/** Scrolls the panel, not the page as scrollIntoView would, so that the first passage of evidence sits a third of the way down. */
export function useScrollToEvidence(panelRef: RefObject<HTMLElement | null>, eventId: string, tab: number, status: string) {
  // The event, the tab and the text's arrival each change what is shown, so each scrolls again.
  useEffect(() => {
    const panel = panelRef.current;
    const first = panel?.querySelector<HTMLElement>('mark.evidence');
    if (!panel || !first) return;
    const offset = first.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    panel.scrollTop = Math.max(0, offset - panel.clientHeight / 3);
  }, [panelRef, eventId, tab, status]);
}
