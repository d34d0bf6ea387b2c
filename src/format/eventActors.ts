import type { Entity, EventRecord, ParticipantPart, ViewBundle } from '../data/bundleSchema';

/** How the reader words each part. */
export const PART_LABELS: Record<ParticipantPart, string> = {
  chair: 'chair',
  host: 'host',
  organiser: 'organiser',
  signatory: 'signatory',
  message: 'sent a message',
  speaker: 'speaker',
  delegation: 'delegation',
  attendee: 'attended',
};

/** One actor of an event as the reader lists it: name, part, and the role the article gives. */
export interface ActorFact {
  id: string;
  name: string;
  type: Entity['type'];
  /** How they took part; absent for those only named. */
  part?: ParticipantPart;
  /** The person's title as this article gives it, else as the latest article before the event does. */
  role?: string;
}

/** The role an article gives a person, or else the one of the latest article dated on or before the event. */
export function roleFor(entity: Entity, documentId: string | undefined, eventStart: string): string | undefined {
  const own = entity.roles.find((r) => r.documentId === documentId);
  if (own) return own.title;
  let best: Entity['roles'][number] | undefined;
  for (const r of entity.roles) if (r.date && r.date <= eventStart && (!best || r.date > best.date!)) best = r;
  return best?.title;
}

/**
 * The actors of an event for one of its articles: those who took part, strongest part first
 * and then by name, and those the sources only name. A bundle without parts lists every actor
 * as taking part with no part given.
 */
export function eventActors(
  bundle: Pick<ViewBundle, 'entities'>,
  event: EventRecord,
  documentId?: string,
): { taking: ActorFact[]; named: ActorFact[] } {
  const byId = new Map(bundle.entities.map((e) => [e.id, e]));
  const partOf = new Map(event.participants?.map((p) => [p.id, p.part]));
  const fact = (id: string): ActorFact | undefined => {
    const e = byId.get(id);
    if (!e) return undefined;
    const f: ActorFact = { id, name: e.name, type: e.type };
    const part = partOf.get(id);
    if (part) f.part = part;
    const parent = e.parentId ? byId.get(e.parentId) : undefined;
    const role = e.type === 'person' ? roleFor(e, documentId, event.date.start) : parent ? `part of ${parent.name}` : undefined;
    if (role) f.role = role;
    return f;
  };
  const order = Object.keys(PART_LABELS);
  const rank = (f: ActorFact) => (f.part ? order.indexOf(f.part) : order.length);
  const taking = event.actorIds
    .map(fact)
    .filter((f) => f !== undefined)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
  const named = (event.mentionedIds ?? [])
    .map(fact)
    .filter((f) => f !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
  return { taking, named };
}
