import type { EventRecord } from '../data/bundleSchema';
import { byDateThenId, joinEvents, splitReport } from '../data/eventReports';
import type { MeetingEdit } from '../data/knowledgeSchema';

/** True when an event is, or was merged from, the event of this id. */
const isOrHas = (e: EventRecord, id: string) => e.id === id || !!e.reports?.some((r) => r.id === id);

/**
 * The events with a person's splits and merges applied, in order: a split takes a document's
 * report out of the event it was merged into (it becomes its own event again); a merge joins
 * two events. Edits naming events that are not there (any more) change nothing. Split-off
 * events whose old id is taken get a suffix, so ids stay unique.
 */
export function applyMeetingEdits(events: EventRecord[], edits: readonly MeetingEdit[]): EventRecord[] {
  if (edits.length === 0) return events;
  let list = events;
  for (const edit of edits) {
    if (edit.kind === 'split') {
      const at = list.findIndex((e) => isOrHas(e, edit.eventId) && e.sources.some((s) => s.documentId === edit.documentId));
      if (at < 0 || !list[at]!.reports) continue;
      const taken = new Set(list.map((e) => e.id));
      const [kept, ...off] = splitReport(list[at]!, edit.documentId);
      taken.delete(list[at]!.id);
      const unique = [kept!, ...off].map((e) => {
        let id = e.id;
        for (let n = 2; taken.has(id); n++) id = `${e.id}-${n}`;
        taken.add(id);
        return id === e.id ? e : { ...e, id };
      });
      list = [...list.slice(0, at), ...unique, ...list.slice(at + 1)];
    } else {
      const a = list.find((e) => isOrHas(e, edit.eventId));
      const b = list.find((e) => isOrHas(e, edit.otherId));
      if (!a || !b || a === b) continue;
      const joined = joinEvents(a, b, 'merged by a person');
      list = list.flatMap((e) => (e === a ? [joined] : e === b ? [] : [e]));
    }
  }
  return [...list].sort(byDateThenId);
}
