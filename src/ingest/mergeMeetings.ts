import type { EventRecord } from '../data/bundleSchema';
import type { MeetingEdit } from '../data/knowledgeSchema';
import { combineReports, reportsOf } from '../data/eventReports';
import { extentOf } from '../derive/eventExtent';
import { sameMeeting, type MeetingContext } from './sameMeeting';

/** One merge of two events, for the review: which event joined which, and why. */
export interface MeetingMerge {
  intoId: string;
  joinedId: string;
  documentId: string;
  reason: string;
}

const DAY = 86_400_000;

/** One event of a place with its extent [s, t) in ms. */
export interface PlacedEvent {
  e: EventRecord;
  s: number;
  t: number;
}

/** The events that have a place and pass `keep`, by place, each with its extent, in the events' order. */
export function eventsByPlace(events: readonly EventRecord[], keep: (e: EventRecord) => boolean = () => true): Map<string, PlacedEvent[]> {
  const byPlace = new Map<string, PlacedEvent[]>();
  for (const e of events) {
    if (!e.placeId || !keep(e)) continue;
    const [s, t] = extentOf(e);
    const list = byPlace.get(e.placeId);
    if (list) list.push({ e, s, t });
    else byPlace.set(e.placeId, [{ e, s, t }]);
  }
  return byPlace;
}

/** True when two "MM-DD" days are at most a day apart in any year. */
export function nearMonthDay(a: string, b: string): boolean {
  const at = (md: string) => Date.UTC(2001, Number(md.slice(0, 2)) - 1, Number(md.slice(3, 5)));
  return Math.abs(at(a) - at(b)) <= DAY;
}
const firstPrimary = (e: EventRecord) => e.sources.find((s) => s.role === 'primary')?.documentId ?? e.sources[0]!.documentId;
const guessed = (e: EventRecord) => Number(e.date.basis === 'year-unknown');
/**
 * Which of two events leads a merge (gives its id, title and kind): one whose year is not a
 * guess, then the one first reported by the earliest document, then the smaller id.
 */
const leads = (a: EventRecord, b: EventRecord) =>
  guessed(a) - guessed(b) || firstPrimary(a).localeCompare(firstPrimary(b)) || a.id.localeCompare(b.id);

/** True when an edit keeps the two events apart: a split of one's document from the other. */
function keptApart(a: EventRecord, b: EventRecord, edits: readonly MeetingEdit[]): boolean {
  const ids = new Set([a.id, ...(a.reports?.map((r) => r.id) ?? []), b.id, ...(b.reports?.map((r) => r.id) ?? [])]);
  const docs = new Set([...a.sources, ...b.sources].map((s) => s.documentId));
  return edits.some((e) => e.kind === 'split' && ids.has(e.eventId) && docs.has(e.documentId));
}

/**
 * The events with every set of reports of one meeting merged into one event. Candidates are
 * found per place in date order (a sweep over extents a day apart at most), never over all
 * pairs; an event joins another only when `sameMeeting` says so for every report already
 * joined there, so no chain of near matches makes one event of two meetings. Splits a person
 * made keep reports apart; merges a person made join events whatever the rules say.
 */
export function mergeMeetings(
  events: EventRecord[],
  ctx: MeetingContext,
  edits: readonly MeetingEdit[] = [],
): { events: EventRecord[]; merges: MeetingMerge[] } {
  // A year is too vague to merge by (see sameMeeting), and would be compared with every
  // event of its year at the place.
  const byPlace = eventsByPlace(events, (e) => e.date.basis !== 'undated' && e.date.precision !== 'year');
  // Union-find over the events: each cluster's root, its members (one per distinct report
  // signature, which is all the every-pair check needs: copies of one report agree alike),
  // and why each event joined. Events are combined once per cluster, at the end.
  const parent = new Map<EventRecord, EventRecord>();
  const root = (e: EventRecord): EventRecord => {
    let r = e;
    while (parent.has(r)) r = parent.get(r)!;
    for (let x = e; x !== r;) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  };
  const kinds = new Map<EventRecord, Map<string, EventRecord>>();
  const all = new Map<EventRecord, EventRecord[]>();
  const reasons = new Map<EventRecord, string>();
  const signature = (e: EventRecord) =>
    `${e.title}|${e.kind}|${e.date.start}|${e.date.end ?? ''}|${e.date.precision}|${e.date.basis}|${e.planned ?? ''}|${e.actorIds.join(',')}|${e.placeId}`;
  const kindsOf = (r: EventRecord) => kinds.get(r) ?? new Map([[signature(r), r]]);
  const merges: MeetingMerge[] = [];
  const join = (ra: EventRecord, rb: EventRecord, joined: EventRecord, into: EventRecord, reason: string) => {
    const [keep, gone] = leads(ra, rb) <= 0 ? [ra, rb] : [rb, ra];
    parent.set(gone, keep);
    kinds.set(keep, new Map([...kindsOf(keep), ...kindsOf(gone)]));
    all.set(keep, [...(all.get(keep) ?? [keep]), ...(all.get(gone) ?? [gone])]);
    kinds.delete(gone);
    all.delete(gone);
    reasons.set(joined, reason);
    merges.push({ intoId: into.id, joinedId: joined.id, documentId: firstPrimary(joined), reason });
  };
  const splits = edits.filter((e) => e.kind === 'split');
  // Without splits nothing is kept apart; with some, only the clusters they name are checked.
  const apart = (ra: EventRecord, rb: EventRecord) =>
    splits.length > 0 &&
    (keptApart(ra, rb, splits) || (all.get(ra) ?? [ra]).some((x) => (all.get(rb) ?? [rb]).some((y) => keptApart(x, y, splits))));
  const consider = (x: EventRecord, y: EventRecord) => {
    const a = root(x);
    const b = root(y);
    if (a === b || apart(a, b)) return;
    const reason = sameMeeting(x, y, ctx);
    if (!reason) return;
    // Every report on one side must be the same meeting as every report on the other.
    const left = [...kindsOf(a).values()];
    const right = [...kindsOf(b).values()];
    if (!left.every((l) => right.every((r) => sameMeeting(l, r, ctx)))) return;
    const [into, joined] = leads(x, y) <= 0 ? [x, y] : [y, x];
    join(a, b, joined, into, reason);
  };
  for (const list of byPlace.values()) {
    list.sort((x, y) => x.s - y.s);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j]!.s <= list[i]!.t + DAY; j++) consider(list[i]!.e, list[j]!.e);
    }
    // A report whose year is a guess may be of any year: it is compared with every report of
    // the place on the same day and month (such reports are few).
    for (const g of list) {
      if (g.e.date.basis !== 'year-unknown') continue;
      const monthDay = g.e.date.start.slice(5);
      for (const o of list)
        if (o !== g && o.e.date.basis !== 'year-unknown' && nearMonthDay(o.e.date.start.slice(5), monthDay)) consider(o.e, g.e);
    }
  }
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const edit of edits) {
    if (edit.kind !== 'merge') continue;
    const a = byId.get(edit.eventId);
    const b = byId.get(edit.otherId);
    if (a && b && root(a) !== root(b)) {
      const [into, joined] = leads(a, b) <= 0 ? [a, b] : [b, a];
      join(root(a), root(b), joined, into, 'merged by a person');
    }
  }
  const out: EventRecord[] = [];
  for (const e of events) {
    if (parent.has(e)) continue;
    const members = all.get(e);
    out.push(members ? combineCluster(members, reasons) : e);
  }
  return { events: out, merges };
}

/** One event from a cluster of events: the leading one first, the others in the order they lead, each with why it joined. */
function combineCluster(members: EventRecord[], reasons: Map<EventRecord, string>): EventRecord {
  const ordered = [...members].sort(leads);
  const reports = ordered.flatMap((e, i) => {
    const [first, ...rest] = reportsOf(e);
    const reason = reasons.get(e);
    return [i > 0 && reason ? { ...first!, reason } : first!, ...rest];
  });
  const evidence = new Map<string, EventRecord['sources'][number]['evidence']>();
  for (const e of ordered) for (const s of e.sources) if (!evidence.get(s.documentId)?.length) evidence.set(s.documentId, s.evidence);
  const dates = new Map(ordered.map((e) => [e.id, e.date.evidence]));
  return combineReports(
    reports,
    (d) => evidence.get(d) ?? [],
    (r) => dates.get(r.id),
  );
}
