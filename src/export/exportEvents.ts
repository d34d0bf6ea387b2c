import { csvFormat } from 'd3-dsv';
import type { ViewBundle, EventRecord } from '../data/bundleSchema';
import { formatEventDate } from '../format/formatEventDate';

/** Names of the events' linked things, looked up once. */
function lookups(bundle: ViewBundle) {
  return {
    place: new Map(bundle.places.map((p) => [p.id, p])),
    entity: new Map(bundle.entities.map((e) => [e.id, e.name])),
    topic: new Map(bundle.topics.map((t) => [t.id, t.label])),
  };
}

/** One flat row per event, for spreadsheets. */
export function eventRows(events: EventRecord[], bundle: ViewBundle) {
  const l = lookups(bundle);
  return events.map((e) => {
    const place = e.placeId ? l.place.get(e.placeId) : undefined;
    return {
      id: e.id,
      title: e.title,
      kind: e.kind,
      date: formatEventDate(e.date),
      start: e.date.start,
      end: e.date.end ?? '',
      precision: e.date.precision,
      basis: e.date.basis,
      as_stated: e.date.asStated ?? '',
      date_reason: e.date.reason ?? '',
      place: place?.name ?? '',
      lat: place ? String(place.lat) : '',
      lon: place ? String(place.lon) : '',
      actors: e.actorIds.map((id) => l.entity.get(id) ?? id).join('; '),
      topics: e.topicIds.map((id) => l.topic.get(id) ?? id).join('; '),
      planned: e.planned ? 'yes' : '',
      sources: e.sources.map((s) => `${s.documentId} (${s.role})`).join('; '),
    };
  });
}

// Excel and LibreOffice run a cell that starts with one of these as a formula, even from a CSV
// file: a title pasted from an article or a collection file from someone else could then open
// a link or fetch a URL. OWASP's CSV-injection advice names these characters.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The CSV columns that hold numbers: a spreadsheet should still read a longitude of "-71.5" as a number. */
const NUMBER_COLUMNS: ReadonlySet<string> = new Set(['lat', 'lon']);

/** A text cell a spreadsheet shows as text: one that would start a formula gets a leading `'`, as OWASP advises. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** One CSV row with its text cells neutralised and its number cells as they are. */
function spreadsheetSafe(row: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row).map(([column, cell]) => [column, NUMBER_COLUMNS.has(column) ? cell : neutraliseFormula(cell)]),
  );
}

/** The events as CSV (RFC 4180 quoting), with a header row; no text cell can run as a spreadsheet formula. */
export function eventsToCsv(events: EventRecord[], bundle: ViewBundle): string {
  return csvFormat(eventRows(events, bundle).map(spreadsheetSafe));
}

/** The events as JSON: the bundle's own records, plus names for convenience. */
export function eventsToJson(events: EventRecord[], bundle: ViewBundle): string {
  const rows = eventRows(events, bundle);
  return JSON.stringify(
    { exported: 'Dushanbe Timeline', events: events.map((e, i) => ({ ...e, placeName: rows[i]!.place || undefined })) },
    null,
    2,
  );
}

type TimelineJsDate = { year: number; month?: number; day?: number; display_date?: string };

/** A date in TimelineJS's form, at the precision the source supports. */
function timelineJsDate(iso: string, precision: 'day' | 'month' | 'year'): TimelineJsDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year: y };
  if (precision === 'month') return { year: y, month: m };
  return { year: y, month: m, day: d };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The events in TimelineJS's JSON format (events with start_date, end_date, text, group,
 * unique_id), so a newsroom can load them into the tool it already uses. TimelineJS renders
 * `text` as HTML, so every value is escaped.
 */
export function eventsToTimelineJs(events: EventRecord[], bundle: ViewBundle, title = 'Dushanbe Timeline'): string {
  const l = lookups(bundle);
  return JSON.stringify(
    {
      title: { text: { headline: escapeHtml(title), text: `${events.length} events exported from Dushanbe Timeline` } },
      events: events.map((e) => {
        const place = e.placeId ? l.place.get(e.placeId)?.name : undefined;
        const basis = e.date.basis === 'stated' ? '' : ` (date ${e.date.basis}${e.date.reason ? `: ${e.date.reason}` : ''})`;
        const out: Record<string, unknown> = {
          unique_id: e.id,
          start_date: { ...timelineJsDate(e.date.start, e.date.precision), display_date: formatEventDate(e.date) },
          text: {
            headline: escapeHtml(e.title),
            text: escapeHtml(
              `${place ? `${place}. ` : ''}${formatEventDate(e.date)}${basis}. Sources: ${e.sources.map((s) => s.documentId).join(', ')}.`,
            ),
          },
          group: escapeHtml(place ?? e.kind),
        };
        if (e.date.end) out.end_date = timelineJsDate(e.date.end, e.date.precision);
        return out;
      }),
    },
    null,
    2,
  );
}
