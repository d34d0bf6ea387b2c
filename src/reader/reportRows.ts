import type { EventRecord, ViewBundle } from '../data/bundleSchema';
import { datesDiffer } from '../data/eventReports';
import { formatEventDate } from '../format/formatEventDate';
import { eventExtent } from '../derive/eventExtent';

/** A text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:–-]+$/, '')}…`;
}

/** One report of a merged event as the reader lists it. */
export interface ReportRow {
  id: string;
  /** The document that reports it (its primary source), to split it off by. */
  documentId: string;
  source: string;
  date: string;
  asStated?: string;
  /** True when this report's date is not the event's. */
  differs: boolean;
  reason?: string;
}

/** The reports of a merged event, each with its source, the date it gives and why it was joined; none for an event of one report. */
export function reportRows(bundle: Pick<ViewBundle, 'documents'>, event: EventRecord): ReportRow[] {
  // A page whose first line is a whole paragraph has that paragraph as its title; the table shows its start.
  const titleOf = (id: string) => shorten(bundle.documents.find((d) => d.id === id)?.title || id, 70);
  return (event.reports ?? []).map((r) => {
    const documentId = (r.sources.find((s) => s.role === 'primary') ?? r.sources[0]!).documentId;
    const row: ReportRow = {
      id: r.id,
      documentId,
      source: titleOf(documentId),
      date: formatEventDate(r.date),
      differs: datesDiffer(r.date, event.date),
    };
    if (r.date.asStated) row.asStated = r.date.asStated;
    if (r.reason) row.reason = r.reason;
    return row;
  });
}

const DAY = 86_400_000;

/** Events a person may merge this one with: at the same place (or both without one), within 45 days, nearest first, at most 12. */
export function mergeCandidates(events: readonly EventRecord[], event: EventRecord): EventRecord[] {
  const [s, t] = eventExtent(event.date);
  const distance = (e: EventRecord) => {
    const [a, b] = eventExtent(e.date);
    return Math.max(0, a - t, s - b);
  };
  return events
    .filter((e) => e !== event && e.id !== event.id && e.placeId === event.placeId && distance(e) <= 45 * DAY)
    .sort((a, b) => distance(a) - distance(b) || a.id.localeCompare(b.id))
    .slice(0, 12);
}
