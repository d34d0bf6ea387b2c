import type { Entity, EventRecord, Mention, ParticipantPart } from '../data/bundleSchema';
import type { Knowledge } from '../data/knowledgeSchema';

/** What the ingest made of a name it found in an article. */
export type NameDecisionKind = 'known' | 'new-person' | 'new-organisation' | 'ignored';

/** One name in an article with what was decided for it, for a person to check. */
export interface NameDecision {
  /** The name as the article first writes it. */
  spelling: string;
  decision: NameDecisionKind;
  /** The entity it became; absent for an ignored name. */
  id?: string;
  /** The entity's name where it differs from the spelling ("Rakhmon" for Emomali Rahmon). */
  name?: string;
  type?: Entity['type'];
  /** The title the article gives the person, if any. */
  role?: string;
  /** How the entity takes part in the article's event, or "named" when it is only mentioned there. */
  part?: ParticipantPart | 'named';
  /** Where the article first writes it, for ordering. */
  start: number;
}

/**
 * Every person, organisation and state an article names, in the order it names them, with
 * what the ingest decided: a known entity of the knowledge file (the person's additions
 * included), a new person or organisation found by the name patterns, or a name it could not
 * resolve and ignored. Pure: a preview computes it from the bundle it built.
 */
export function nameDecisions(
  text: string,
  mentions: readonly Mention[],
  entities: readonly Entity[],
  knowledge: Pick<Knowledge, 'entities'>,
  event: EventRecord | undefined,
  unresolved: readonly { start: number; text: string }[],
  documentId: string,
): NameDecision[] {
  const known = new Set(knowledge.entities.map((e) => e.id));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const partOf = new Map(event?.participants?.map((p) => [p.id, p.part]));
  const taking = new Set(event?.actorIds);
  const seen = new Map<string, NameDecision>();
  for (const m of mentions) {
    if (m.type !== 'person' && m.type !== 'organisation' && m.type !== 'state') continue;
    if (seen.has(m.id)) continue;
    const entity = byId.get(m.id);
    const spelling = text.slice(m.start, m.end);
    const d: NameDecision = {
      spelling,
      decision: known.has(m.id) ? 'known' : m.type === 'person' ? 'new-person' : 'new-organisation',
      id: m.id,
      type: m.type,
      start: m.start,
    };
    if (entity && entity.name !== spelling) d.name = entity.name;
    const role = entity?.roles.find((r) => r.documentId === documentId)?.title;
    if (role) d.role = role;
    if (event) d.part = partOf.get(m.id) ?? (taking.has(m.id) ? 'attendee' : 'named');
    seen.set(m.id, d);
  }
  const ignored = new Map<string, NameDecision>();
  for (const u of unresolved) {
    // A name found and also listed as unresolved (the patterns took it for a person) is decided already.
    if ([...seen.values()].some((d) => d.spelling === u.text) || ignored.has(u.text)) continue;
    ignored.set(u.text, { spelling: u.text, decision: 'ignored', start: u.start });
  }
  return [...seen.values(), ...ignored.values()].sort((a, b) => a.start - b.start);
}

/** A new entity's id: the slug of its name, made unique against the ids already taken. */
export function freshEntityId(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let i = 2; ; i++) if (!taken.has(`${slug}-${i}`)) return `${slug}-${i}`;
}
