import { byDateThenId, joinEvents } from '../data/eventReports';
import type { MeetingEdit } from '../data/knowledgeSchema';
import { meetingContext, sameMeeting } from '../ingest/sameMeeting';
import { eventsByPlace, nearMonthDay, type PlacedEvent } from '../ingest/mergeMeetings';
import { eventExtent } from '../derive/eventExtent';
import { applyMeetingEdits } from './meetingEdits';
import { strongerPart, type Bundle, type Entity, type EventRecord, type ParticipantPart, type ViewBundle } from '../data/bundleSchema';

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]));
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])].sort();

/** One event reported by the corpus and by a person's article: the corpus record gains the new sources. */
function mergeEvent(base: EventRecord, added: EventRecord): EventRecord {
  const known = new Set(base.sources.map((s) => s.documentId));
  return {
    ...base,
    placeId: base.placeId ?? added.placeId,
    actorIds: union(base.actorIds, added.actorIds),
    ...mergeParts(base, added),
    topicIds: union(base.topicIds, added.topicIds),
    sources: [...base.sources, ...added.sources.filter((s) => !known.has(s.documentId))],
  };
}

/** The parts and mentions of both records: a part either gives, the stronger where both do; what one names and the other has taking part takes part. */
function mergeParts(base: EventRecord, added: EventRecord): Pick<EventRecord, 'participants' | 'mentionedIds'> {
  if (!base.participants && !added.participants && !base.mentionedIds && !added.mentionedIds) return {};
  const parts = new Map<string, ParticipantPart>();
  for (const p of [...(base.participants ?? []), ...(added.participants ?? [])]) {
    parts.set(p.id, strongerPart(parts.get(p.id), p.part));
  }
  const taking = new Set([...base.actorIds, ...added.actorIds]);
  return {
    participants: [...parts].map(([id, part]) => ({ id, part })).sort((a, b) => a.id.localeCompare(b.id)),
    mentionedIds: union(base.mentionedIds ?? [], added.mentionedIds ?? []).filter((id) => !taking.has(id)),
  };
}

function mergeEntity(base: Entity, added: Entity): Entity {
  const roles = [
    ...base.roles,
    ...added.roles.filter((r) => !base.roles.some((x) => x.documentId === r.documentId && x.title === r.title)),
  ];
  return { ...base, aliases: [...new Set([...base.aliases, ...added.aliases])], roles };
}

/** True when a person split the added event's document off the base event. */
const splitApart = (base: EventRecord, added: EventRecord, edits: readonly MeetingEdit[]) =>
  edits.some(
    (x) =>
      x.kind === 'split' && (x.eventId === base.id || x.eventId === added.id) && added.sources.some((s) => s.documentId === x.documentId),
  );

const DAY = 86_400_000;
const placeIndexes = new WeakMap<readonly EventRecord[], Map<string, PlacedEvent[]>>();

/**
 * A lookup of the corpus events at the same place whose dates come within a day of an event's:
 * the corpus is indexed by place once (per list of events), so adding one article against
 * 100,000 events compares it with the few held where it was.
 */
function nearbyEvents(events: readonly EventRecord[]): (e: EventRecord) => EventRecord[] {
  let byPlace = placeIndexes.get(events);
  if (!byPlace) placeIndexes.set(events, (byPlace = eventsByPlace(events)));
  const index = byPlace;
  return (e) => {
    if (!e.placeId) return [];
    const [s, t] = eventExtent(e.date);
    const list = index.get(e.placeId) ?? [];
    // A report whose year is a guess is compared with the place's reports of that day in any year.
    if (e.date.basis === 'year-unknown')
      return list.filter((x) => nearMonthDay(x.e.date.start.slice(5), e.date.start.slice(5))).map((x) => x.e);
    return list.filter((x) => x.s <= t + DAY && x.t >= s - DAY).map((x) => x.e);
  };
}

/**
 * The corpus bundle with a person's own articles added. The added bundle comes from the same
 * ingest, so ids agree: an event both report (a catalogue event, or the same meeting on the same
 * day in the same place) becomes one event with the sources of both. The person's documents are
 * marked as theirs. Order is that of a built bundle: events by date, then id.
 */
export function mergeBundles<B extends ViewBundle>(base: B, added: Bundle, edits: readonly MeetingEdit[] = []): B {
  const entities = byId(base.entities);
  for (const e of added.entities) {
    const existing = entities.get(e.id);
    entities.set(e.id, existing ? mergeEntity(existing, e) : e);
  }
  const places = byId(base.places);
  for (const p of added.places) if (!places.has(p.id)) places.set(p.id, p);
  const events = byId(base.events);
  const ctx = meetingContext([...entities.values()], [...places.values()]);
  const near = nearbyEvents(base.events);
  for (const e of added.events) {
    const existing = events.get(e.id);
    if (existing) {
      events.set(e.id, mergeEvent(existing, e));
      continue;
    }
    // A report of a meeting the corpus has already: joined to it, with the reason.
    const match = near(e)
      .map((b) => events.get(b.id)!)
      .find((b) => !splitApart(b, e, edits) && sameMeeting(b, e, ctx));
    if (match) {
      const reason = sameMeeting(match, e, ctx)!;
      events.set(match.id, joinEvents(match, e, reason));
    } else events.set(e.id, e);
  }
  const topics = byId(base.topics);
  for (const t of added.topics) if (!topics.has(t.id)) topics.set(t.id, t);
  return {
    // A split corpus keeps its list of body files; the added documents carry their own text.
    ...base,
    version: base.version,
    documents: [...base.documents, ...added.documents.map((d) => ({ ...d, origin: 'user' as const }))],
    events: applyMeetingEdits([...events.values()].sort(byDateThenId), edits),
    entities: [...entities.values()],
    places: [...places.values()],
    topics: [...topics.values()],
    mentions: [...base.mentions, ...added.mentions],
  };
}
