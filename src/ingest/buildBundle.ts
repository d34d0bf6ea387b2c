import {
  BUNDLE_VERSION,
  type Bundle,
  type DocumentRecord,
  type Entity,
  type EventDate,
  type EventRecord,
  type Mention,
  type ParticipantPart,
  type Place,
  strongerPart,
} from '../data/bundleSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import { analyseDocument, type AnalyseOptions, type DocumentAnalysis } from './analyseDocument';
import { buildAliasIndex } from './matcher';
import { linkGazetteer, type GazetteerIndex } from './gazetteer';
import { findPrimaryEvent, type EventCandidate } from './primaryEvent';
import { findReferencedEvents } from './referencedEvents';
import { linkPeople, spellingsOf } from './people/linkPeople';
import { bystanders } from './people/participants';
import { findParticipation, stateFinder, type StateFinder } from './participation';
import { mergeMeetings } from './mergeMeetings';
import { meetingContext } from './sameMeeting';
import { isoStart } from './dates';
import { spanAt } from './text';

/** A plain-text article handed to the ingest. */
export interface SourceText {
  id: string;
  text: string;
}

/** Something a person should look at: an unresolved name, an event without date or place. */
export interface ReviewItem {
  documentId: string;
  line: number;
  message: string;
}

/** The result of an ingest: the bundle and what a person should review. */
export interface IngestResult {
  bundle: Bundle;
  review: ReviewItem[];
}

const BASIS_RANK: Record<EventDate['basis'], number> = { stated: 0, inferred: 1, curated: 2, 'year-unknown': 3, undated: 4 };
const PRECISION_RANK: Record<EventDate['precision'], number> = { day: 0, month: 1, year: 2 };

/** The better of two dates for one event: a primary source's, then the more precise, then the better founded. */
function betterDate(a: EventCandidate, b: EventCandidate): EventCandidate {
  if (!a.date) return b;
  if (!b.date) return a;
  if (a.role !== b.role) return a.role === 'primary' ? a : b;
  const pa = PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision];
  if (pa !== 0) return pa < 0 ? a : b;
  return BASIS_RANK[a.date.basis] <= BASIS_RANK[b.date.basis] ? a : b;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * Turns plain-text articles and the knowledge file into the bundle the app loads. Pure and
 * deterministic: the same texts, knowledge, gazetteer and options give the same bundle, whatever
 * their order. With a gazetteer, the places it finds join the knowledge file's, which win. A date
 * with no year anywhere is shown in `options.fallbackYear`, by default this year.
 */
export function buildBundle(
  sources: SourceText[],
  knowledge: Knowledge,
  gazetteer?: GazetteerIndex,
  options: AnalyseOptions = {},
): IngestResult {
  const index = buildAliasIndex(knowledge);
  const linked = gazetteer && linkGazetteer(gazetteer, knowledge.places);
  const review: ReviewItem[] = [];
  const analysed = [...sources].sort((a, b) => a.id.localeCompare(b.id)).map((s) => analyseDocument(s.id, s.text, index, linked, options));
  const { docs, added, merges } = linkPeople(analysed, knowledge);
  for (const m of merges) {
    const doc = docs.find((d) => d.id === m.documentId)!;
    const line = lineOf(doc.text, Math.max(0, doc.plain.replace(/\s/g, ' ').indexOf(m.spelling)));
    review.push({ documentId: m.documentId, line, message: `merged person "${m.spelling}" into "${m.into}": ${m.reason}` });
  }
  const knownIds = new Set(knowledge.entities.map((e) => e.id));
  const candidates: EventCandidate[] = [];
  const primaryOf = new Map<string, EventCandidate>();
  for (const doc of docs) {
    const primary = findPrimaryEvent(doc, knowledge);
    primaryOf.set(doc.id, primary);
    candidates.push(primary, ...findReferencedEvents(doc, knowledge, primary));
    for (const p of primary.problems)
      review.push({ documentId: doc.id, line: lineOf(doc.text, primary.evidence[0]?.start ?? 0), message: p });
    for (const u of doc.unresolved) {
      // A name the patterns made a new person is decided, but a person should still confirm it.
      const found = doc.names.some((n) => n.type === 'person' && !knownIds.has(n.id) && n.start < u.end && u.start < n.end);
      const message = found
        ? `new person "${u.text}": not in the knowledge file, found by the name patterns`
        : `unresolved name "${u.text}"`;
      review.push({ documentId: doc.id, line: lineOf(doc.text, u.start), message });
    }
  }
  const places = bundlePlaces(knowledge, docs);
  const countryOf = new Map(places.map((p) => [p.id, p.country]));
  const separate = mergeEvents(candidates, docs, stateFinder(knowledge), countryOf, new Set(knowledge.events.map((e) => e.id)));
  const entities = buildEntities(knowledge, docs, primaryOf, added);
  const joined = mergeMeetings(separate, meetingContext(entities, places), knowledge.meetingEdits ?? []);
  const events = uniqueIds(joined.events).sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
  for (const m of joined.merges) {
    const doc = docs.find((d) => d.id === m.documentId);
    review.push({
      documentId: m.documentId,
      line: doc ? lineOf(doc.text, primaryOf.get(doc.id)?.evidence[0]?.start ?? 0) : 1,
      message: `same meeting as "${m.intoId}", merged: ${m.reason}`,
    });
  }
  const documents = docs.map(toDocumentRecord);
  const mentions = buildMentions(docs);
  const bundle: Bundle = {
    version: BUNDLE_VERSION,
    documents,
    events,
    entities,
    places,
    topics: [...knowledge.topics].sort((a, b) => a.id.localeCompare(b.id)).map(({ id, label }) => ({ id, label })),
    mentions,
  };
  return { bundle, review };
}

/**
 * The events with ids made unique: two reports of different meetings on the same day, in the
 * same place and of the same kind (an SCO and a CSTO meeting) would share their key; the
 * second and later get "-2", "-3", in document order.
 */
function uniqueIds(events: EventRecord[]): EventRecord[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    return n === 1 ? e : { ...e, id: `${e.id}-${n}` };
  });
}

/** The knowledge file's places and every gazetteer place a document names, sorted by id. */
function bundlePlaces(knowledge: Knowledge, docs: DocumentAnalysis[]): Place[] {
  const places = new Map<string, Place>(knowledge.places.map(({ id, name, country, lat, lon }) => [id, { id, name, country, lat, lon }]));
  for (const doc of docs) for (const p of doc.places) if (!places.has(p.id)) places.set(p.id, p);
  return [...places.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Groups candidates by key into events: one real event, one record, every source kept. */
/**
 * The candidates of one event each. A known event (the knowledge file's) is one event whoever
 * reports it; otherwise each document's own report is its own group, under its key and the
 * document, so that reports of one meeting are joined later by `mergeMeetings`, with a reason
 * and a way to split them. An event a text only recalls joins the report of the same key.
 */
function groupCandidates(candidates: EventCandidate[], knownEvents: Set<string>): Map<string, EventCandidate[]> {
  const groups = new Map<string, EventCandidate[]>();
  const add = (key: string, c: EventCandidate) => groups.set(key, [...(groups.get(key) ?? []), c]);
  const reportsByKey = new Map<string, string>();
  for (const c of candidates) {
    if (c.role !== 'primary' || knownEvents.has(c.key)) continue;
    const key = `${c.key}@${c.documentId}`;
    if (!reportsByKey.has(c.key)) reportsByKey.set(c.key, key);
    add(key, c);
  }
  for (const c of candidates) if (c.role !== 'primary' || knownEvents.has(c.key)) add(reportsByKey.get(c.key) ?? c.key, c);
  return groups;
}

function mergeEvents(
  candidates: EventCandidate[],
  docs: DocumentAnalysis[],
  states: StateFinder,
  countryOf: Map<string, string>,
  knownEvents: Set<string>,
): EventRecord[] {
  const groups = groupCandidates(candidates, knownEvents);
  const docById = new Map(docs.map((d) => [d.id, d]));
  // Per document, the passages about the events it only recalls.
  const recalled = new Map<string, EventCandidate['scope'][]>();
  for (const c of candidates) if (c.role === 'referenced') recalled.set(c.documentId, [...(recalled.get(c.documentId) ?? []), c.scope]);
  const events: EventRecord[] = [];
  for (const [key, group] of groups) {
    const best = group.reduce(betterDate);
    if (!best.date) continue;
    const lead = group.find((c) => c.role === 'primary') ?? best;
    const parts = new Map<string, ParticipantPart>();
    const named = new Set<string>();
    const topicIds = new Set<string>();
    const sources = new Map<string, EventRecord['sources'][number]>();
    const placeId = lead.placeId ?? group.find((c) => c.placeId)?.placeId;
    const placeCountry = placeId ? countryOf.get(placeId) : undefined;
    for (const c of group) {
      const doc = docById.get(c.documentId)!;
      const within = (m: { start: number; end: number }) => m.start >= c.scope.start && m.end <= c.scope.end;
      // A report's event is about those who took part; people it names in passing stay mentions only.
      const aside = c.role === 'primary' ? bystanders(doc) : new Set<string>();
      const elsewhere = c.role === 'primary' ? (recalled.get(c.documentId) ?? []) : [];
      const found = findParticipation(doc, { ...c.scope, role: c.role, placeCountry, elsewhere }, aside, states);
      const chosen = c.actorIds && new Map(c.actorIds.map((id) => [id, found.participants.find((p) => p.id === id)?.part ?? 'attendee']));
      for (const p of chosen ? [...chosen].map(([id, part]) => ({ id, part })) : found.participants) {
        parts.set(p.id, strongerPart(parts.get(p.id), p.part));
      }
      for (const id of found.mentionedIds) named.add(id);
      if (chosen) for (const p of found.participants) if (!chosen.has(p.id)) named.add(p.id);
      // A topic belongs to a whole article only when it comes up in two sentences or in the
      // lead; one passing remark ("strengthen external borders") is not what the meeting was about. A referenced event's sentence is
      // short, so one word there is enough.
      const sentencesOf = new Map<string, Set<number>>();
      for (const t of doc.topics) {
        if (!within(t)) continue;
        const sentence = spanAt(doc.sentences, t.start)?.start ?? t.start;
        sentencesOf.set(t.id, (sentencesOf.get(t.id) ?? new Set()).add(sentence));
      }
      const lead = c.evidence[0];
      for (const [id, sentences] of sentencesOf) {
        const inLead = !!lead && doc.topics.some((t) => t.id === id && t.start >= lead.start && t.end <= lead.end);
        if (c.role === 'referenced' || sentences.size >= 2 || inLead) topicIds.add(id);
      }
      const existing = sources.get(c.documentId);
      if (existing) {
        for (const e of c.evidence) if (!existing.evidence.some((x) => x.start === e.start)) existing.evidence.push(e);
        if (c.role === 'primary') existing.role = 'primary';
      } else {
        sources.set(c.documentId, { documentId: c.documentId, role: c.role, evidence: [...c.evidence] });
      }
    }
    const event: EventRecord = {
      id: key.replace(/@.*$/, ''),
      title: lead.title,
      kind: lead.kind,
      date: best.date,
      actorIds: [...parts.keys()].sort(),
      participants: [...parts].map(([id, part]) => ({ id, part })).sort((a, b) => a.id.localeCompare(b.id)),
      mentionedIds: [...named].filter((id) => !parts.has(id)).sort(),
      topicIds: [...topicIds].sort(),
      sources: [...sources.values()]
        .map((s) => ({ ...s, evidence: s.evidence.sort((a, b) => a.start - b.start) }))
        .sort((a, b) => (a.role === b.role ? a.documentId.localeCompare(b.documentId) : a.role === 'primary' ? -1 : 1)),
    };
    if (placeId) event.placeId = placeId;
    if (group.every((c) => c.planned)) event.planned = true;
    events.push(event);
  }
  return events.sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
}

const FILLER_ROLE =
  /\bof the country$|^(?:the )?(?:head of (?:the )?state|leader of the nation|president|leader|minister|chairman|secretary)$/i;

/** Knowledge entities and the people found in the texts, with the roles each document gives them, dated by that document's event. */
function buildEntities(
  knowledge: Knowledge,
  docs: DocumentAnalysis[],
  primaryOf: Map<string, EventCandidate>,
  added: { id: string; name: string }[],
): Entity[] {
  const roles = new Map<string, Entity['roles']>();
  // Titles a person confirmed come first, dated like those the texts give.
  for (const e of knowledge.entities) {
    for (const r of e.roles ?? []) {
      const date = primaryOf.get(r.documentId)?.date?.start;
      roles.set(e.id, [
        ...(roles.get(e.id) ?? []),
        date ? { title: r.title, documentId: r.documentId, date } : { title: r.title, documentId: r.documentId },
      ]);
    }
  }
  for (const doc of docs) {
    const date = primaryOf.get(doc.id)?.date?.start;
    for (const r of doc.roles) {
      const list = roles.get(r.personId) ?? [];
      if (!list.some((x) => x.title === r.title && x.documentId === doc.id)) {
        list.push(date ? { title: r.title, documentId: doc.id, date } : { title: r.title, documentId: doc.id });
      }
      roles.set(r.personId, list);
    }
  }
  // "President of the country" or "Head of State" says nothing beside the full title the same article gives.
  for (const [id, list] of roles)
    roles.set(
      id,
      list.filter((r) => !FILLER_ROLE.test(r.title) || !list.some((o) => o.documentId === r.documentId && !FILLER_ROLE.test(o.title))),
    );
  const spellings = spellingsOf(docs);
  const people = added.map((p) => ({ ...p, type: 'person' as const, aliases: [] as string[] }));
  const known = new Set([...knowledge.entities.map((e) => e.id), ...added.map((p) => p.id)]);
  const organisations = new Map<string, { id: string; name: string; type: 'organisation'; aliases: string[] }>();
  for (const doc of docs) {
    for (const o of doc.organisations) {
      if (known.has(o.id)) continue;
      const had = organisations.get(o.id);
      organisations.set(o.id, {
        id: o.id,
        name: o.name,
        type: 'organisation',
        aliases: [...new Set([...(had?.aliases ?? []), o.acronym])],
      });
    }
  }
  return [...knowledge.entities, ...people, ...organisations.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => {
      const aliases = [...new Set([...e.aliases, ...[...(spellings.get(e.id) ?? [])].sort()])].filter((a) => a !== e.name);
      const entity: Entity = { id: e.id, name: e.name, type: e.type, aliases, roles: roles.get(e.id) ?? [] };
      if ('parentId' in e && e.parentId) entity.parentId = e.parentId;
      return entity;
    });
}

function toDocumentRecord(doc: DocumentAnalysis): DocumentRecord {
  const { text, meta } = doc;
  const record: DocumentRecord = {
    id: doc.id,
    title: text.slice(meta.title.start, meta.title.end),
    text,
    paragraphs: doc.paragraphs,
    quotes: doc.quotes.map((q) => (q.speakerId ? { ...q } : { start: q.start, end: q.end, text: q.text })),
    figures: doc.figures.map((f) => {
      const s = doc.sentences.find((x) => f.start >= x.start && f.end <= x.end) ?? f;
      return { ...f, context: { start: s.start, end: s.end, text: text.slice(s.start, s.end) } };
    }),
  };
  if (meta.publisher) record.publisher = meta.publisher;
  if (meta.dateline) record.dateline = meta.dateline;
  if (meta.reference) record.published = meta.reference.iso;
  const datelinePlace =
    meta.dateline && doc.names.find((n) => n.type === 'place' && n.start >= meta.dateline!.start && n.end <= meta.dateline!.end);
  if (datelinePlace) record.datelinePlaceId = datelinePlace.id;
  return record;
}

/** Every highlightable range: names, topic words, dates and figures, in document order. */
function buildMentions(docs: DocumentAnalysis[]): Mention[] {
  const out: Mention[] = [];
  for (const doc of docs) {
    for (const n of [...doc.names, ...doc.topics]) out.push({ documentId: doc.id, start: n.start, end: n.end, type: n.type, id: n.id });
    for (const d of doc.dates) {
      const id =
        d.relativeValue ??
        (d.from.year !== undefined
          ? isoStart(d.from)
          : `--${String(d.from.month ?? 1).padStart(2, '0')}-${String(d.from.day ?? 1).padStart(2, '0')}`);
      out.push({ documentId: doc.id, start: d.start, end: d.end, type: 'date', id });
    }
    doc.figures.forEach((f, i) => out.push({ documentId: doc.id, start: f.start, end: f.end, type: 'figure', id: String(i) }));
  }
  return out.sort(
    (a, b) =>
      a.documentId.localeCompare(b.documentId) ||
      a.start - b.start ||
      a.end - b.end ||
      a.type.localeCompare(b.type) ||
      a.id.localeCompare(b.id),
  );
}
