import { strongerPart, type EventRecord, type EventReport, type EventSource, type ParticipantPart } from './bundleSchema';

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;
const BASIS_RANK = { stated: 0, inferred: 1, curated: 2, 'year-unknown': 3, undated: 4 } as const;

/** An event as one report of itself, for an event's `reports`. */
export function asReport(e: EventRecord, reason?: string): EventReport {
  const { evidence: _evidence, ...date } = e.date;
  const r: EventReport = {
    id: e.id,
    title: e.title,
    kind: e.kind,
    date,
    actorIds: e.actorIds,
    topicIds: e.topicIds,
    sources: e.sources.map(({ documentId, role }) => ({ documentId, role })),
  };
  if (e.placeId) r.placeId = e.placeId;
  if (e.participants) r.participants = e.participants;
  if (e.mentionedIds) r.mentionedIds = e.mentionedIds;
  if (e.planned) r.planned = true;
  if (reason) r.reason = reason;
  return r;
}

/** The reports an event is made of: those it lists, or itself as its only one. */
export const reportsOf = (e: EventRecord): EventReport[] => e.reports ?? [asReport(e)];

/** True when two reports give the meeting different days (or ranges) at the same or a finer precision. */
export function datesDiffer(a: EventReport['date'], b: EventReport['date']): boolean {
  return a.start !== b.start || (a.end ?? a.start) !== (b.end ?? b.start) || a.precision !== b.precision;
}

/** True when the reports of a merged event do not agree on its date: the timeline marks it, the reader compares them. */
export const isDisputed = (e: Pick<EventRecord, 'reports'>): boolean => !!e.reports && e.reports.some((r) => datesDiffer(r.date, e.reports![0]!.date));

/**
 * One event from several reports of it, the first giving its id, title, kind and place: the
 * most precise and best-founded date any report gives, everyone who took part in any (with the
 * strongest part), what any only names, every topic, and every source with the evidence
 * `evidenceOf` has for it. A single report gives back its event as it was.
 */
export function combineReports(reports: EventReport[], evidenceOf: (documentId: string) => EventSource['evidence'], dateEvidenceOf?: (r: EventReport) => EventRecord['date']['evidence']): EventRecord {
  const [lead] = reports;
  if (!lead) throw new Error('an event needs at least one report');
  const best = reports.reduce((a, b) => {
    const p = PRECISION_RANK[b.date.precision] - PRECISION_RANK[a.date.precision];
    if (p !== 0) return p < 0 ? b : a;
    return BASIS_RANK[b.date.basis] < BASIS_RANK[a.date.basis] ? b : a;
  });
  const parts = new Map<string, ParticipantPart | undefined>();
  for (const r of reports) {
    const partOf = new Map(r.participants?.map((p) => [p.id, p.part]));
    for (const id of r.actorIds) {
      const part = partOf.get(id);
      parts.set(id, part ? strongerPart(parts.get(id), part) : parts.get(id));
    }
  }
  const named = new Set(reports.flatMap((r) => r.mentionedIds ?? []).filter((id) => !parts.has(id)));
  const sources = new Map<string, EventSource>();
  for (const r of reports) {
    for (const s of r.sources) {
      const had = sources.get(s.documentId);
      if (had) had.role = had.role === 'primary' || s.role === 'primary' ? 'primary' : 'referenced';
      else sources.set(s.documentId, { documentId: s.documentId, role: s.role, evidence: evidenceOf(s.documentId) });
    }
  }
  const dateEvidence = dateEvidenceOf?.(best);
  const event: EventRecord = {
    id: lead.id,
    title: lead.title,
    kind: lead.kind,
    date: dateEvidence ? { ...best.date, evidence: dateEvidence } : { ...best.date },
    actorIds: [...parts.keys()].sort(),
    topicIds: [...new Set(reports.flatMap((r) => r.topicIds))].sort(),
    sources: [...sources.values()].sort((a, b) => (a.role === b.role ? a.documentId.localeCompare(b.documentId) : a.role === 'primary' ? -1 : 1)),
  };
  const placeId = lead.placeId ?? reports.find((r) => r.placeId)?.placeId;
  if (placeId) event.placeId = placeId;
  if (reports.some((r) => r.participants)) {
    event.participants = [...parts].map(([id, part]) => ({ id, part: part ?? 'attendee' })).sort((a, b) => a.id.localeCompare(b.id));
  }
  if (reports.some((r) => r.mentionedIds)) event.mentionedIds = [...named].sort();
  if (reports.every((r) => r.planned)) event.planned = true;
  if (reports.length > 1) event.reports = reports;
  return event;
}

const withoutReason = ({ reason: _reason, ...r }: EventReport): EventReport => r;

/** The evidence lookup of an event's own sources. */
const evidenceIn = (e: EventRecord) => {
  const byDoc = new Map(e.sources.map((s) => [s.documentId, s.evidence]));
  return (documentId: string) => byDoc.get(documentId) ?? [];
};

/** Two events as one: the reports of both, `a`'s first, `b`'s joined for `reason`. */
export function joinEvents(a: EventRecord, b: EventRecord, reason: string): EventRecord {
  const [first, ...rest] = reportsOf(b);
  const joined = [...reportsOf(a), { ...first!, reason }, ...rest];
  const ea = evidenceIn(a);
  const eb = evidenceIn(b);
  return combineReports(joined, (d) => {
    const x = ea(d);
    return x.length ? x : eb(d);
  }, (r) => (r.id === a.id ? a.date.evidence : r.id === b.id ? b.date.evidence : undefined));
}

/**
 * A merged event without the report of one document: the event of the other reports, and the
 * report split off as an event of its own (under the id it had alone). Nothing changes for an
 * event that was not merged or has no such report.
 */
export function splitReport(e: EventRecord, documentId: string): EventRecord[] {
  if (!e.reports) return [e];
  const off = e.reports.filter((r) => r.sources.some((s) => s.documentId === documentId));
  const kept = e.reports.filter((r) => !off.includes(r));
  if (off.length === 0 || kept.length === 0) return [e];
  const evidence = evidenceIn(e);
  // The first report of each new event is joined to nothing, so it carries no reason.
  const own = (rs: EventReport[]) => combineReports(rs.map((r, i) => (i === 0 ? withoutReason(r) : r)), evidence);
  return [own(kept), ...off.map((r) => own([r]))];
}

/**
 * The order of a built bundle: by start date, then id. Plain comparisons, not localeCompare: the
 * ids and ISO dates are ASCII, and a merge into 100,000 corpus events sorts them all.
 */
export const byDateThenId = (a: EventRecord, b: EventRecord) =>
  a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
