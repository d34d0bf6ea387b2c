import { bundleSchema, hasBody, splitBundleSchema, type ViewBundle } from './bundleSchema';
import { isBundleShape, isSplitBundleShape } from './bundleShape';
import { formatZodError } from './formatZodError';
import { isPackedLayout, packedBundleSchema, packedReferencesResolve, unpackBundle, type PackedBundle } from './packedBundle';
import { isPackedShape } from './packedShape';
import { repairEvents } from './repairEvents';

/** A bundle that cannot be used at all, with a message for the person looking at the page. */
export class BundleError extends Error {
  override name = 'BundleError';
}

/** The error for a bundle that is not JSON at all, whichever way it was parsed. */
export const notJsonError = (cause: unknown) => new BundleError(`The event bundle is not valid JSON (${(cause as Error).message}).`);

/** A usable bundle and what had to be repaired to make it usable. */
export interface ParsedBundle {
  bundle: ViewBundle;
  warnings: string[];
}

/**
 * Reads a bundle from JSON text, checks it against the shared schema, and repairs broken
 * references instead of failing: an event that names an unknown place loses the place, not
 * its place on the timeline. Throws BundleError only when nothing usable is left.
 */
export function parseBundle(json: string): ParsedBundle {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw notJsonError(e);
  }
  return parseBundleValue(raw);
}

/** Checks an already parsed bundle against the shared schema and repairs broken references and events, as `parseBundle` does. */
export function parseBundleValue(raw: unknown): ParsedBundle {
  const { bundle, warnings } = parseShape(raw);
  // Shapes are checked by pattern; whether a date is a day of the calendar, and whether an id
  // is an event's alone, is checked once here for every kind of bundle.
  const repaired = repairEvents(bundle.events);
  if (repaired.events === bundle.events) return { bundle, warnings };
  return { bundle: { ...bundle, events: repaired.events }, warnings: [...warnings, ...repaired.warnings] };
}

/** Checks a bundle's shape (packed, whole or split) and repairs its references. */
function parseShape(raw: unknown): ParsedBundle {
  if (isPackedLayout(raw)) {
    if (isPackedShape(raw)) return unpackChecked(raw);
    const packed = packedBundleSchema.safeParse(raw);
    if (!packed.success) throw new BundleError(`The event bundle does not have the expected format: ${formatZodError(packed.error)}.`);
    return unpackChecked(packed.data);
  }
  // The fast check accepts only what zod would pass unchanged; anything else goes to zod,
  // which either repairs it the same way as before (stripping unknown keys) or words the error.
  if (isBundleShape(raw) || isSplitBundleShape(raw)) return repairReferences(raw);
  // A bundle that names body files is a split one; its documents carry no text.
  const split = typeof raw === 'object' && raw !== null && 'bodies' in raw;
  const parsed = (split ? splitBundleSchema : bundleSchema).safeParse(raw);
  if (!parsed.success) throw new BundleError(`The event bundle does not have the expected format: ${formatZodError(parsed.error)}.`);
  return repairReferences(parsed.data);
}

/**
 * Unpacks a checked packed bundle. When its columns name only ids it holds, no event needs
 * repair and only the date order is ensured; checking 100,000 events one by one was a tenth
 * of the first draw.
 */
function unpackChecked(packed: PackedBundle): ParsedBundle {
  const bundle = unpackBundle(packed);
  if (!packedReferencesResolve(packed)) return repairReferences(bundle);
  sortByDate(bundle.events);
  return { bundle, warnings: [] };
}

/** Sorts events by date, then id, in place: every view lists them in this order. */
function sortByDate(events: ViewBundle['events']) {
  // A written bundle is already in this order, which the sort then only confirms in one pass.
  events.sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Drops references to things the bundle does not hold, and says what was dropped. */
export function repairReferences(input: ViewBundle): ParsedBundle {
  const warnings: string[] = [];
  const places = new Set(input.places.map((p) => p.id));
  const entities = new Set(input.entities.map((e) => e.id));
  const topics = new Set(input.topics.map((t) => t.id));
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const note = (what: string, ids: string[]) => {
    if (ids.length) warnings.push(`${ids.length} ${what} did not exist and were left out: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`);
  };
  const unknownPlaces: string[] = [];
  const unknownActors: string[] = [];
  const unknownTopics: string[] = [];
  const unknownDocs: string[] = [];
  const events = input.events.flatMap((ev) => {
    // Most events need no repair; they are kept as they are rather than copied (100,000 copies
    // showed in the first draw). The input is never changed: a repair works on a copy.
    if (
      ev.sources.every((s) => docs.has(s.documentId)) &&
      (!ev.placeId || places.has(ev.placeId)) &&
      ev.actorIds.every((id) => entities.has(id)) &&
      (!ev.participants || ev.participants.every((p) => entities.has(p.id))) &&
      (!ev.mentionedIds || ev.mentionedIds.every((id) => entities.has(id))) &&
      ev.topicIds.every((id) => topics.has(id))
    )
      return [ev];
    const sources = ev.sources.filter((s) => docs.has(s.documentId) || (unknownDocs.push(s.documentId), false));
    if (sources.length === 0) return [];
    const e = { ...ev, sources };
    if (e.placeId && !places.has(e.placeId)) {
      unknownPlaces.push(e.placeId);
      delete e.placeId;
    }
    e.actorIds = e.actorIds.filter((id) => entities.has(id) || (unknownActors.push(id), false));
    if (e.participants) e.participants = e.participants.filter((p) => entities.has(p.id) || (unknownActors.push(p.id), false));
    if (e.mentionedIds) e.mentionedIds = e.mentionedIds.filter((id) => entities.has(id) || (unknownActors.push(id), false));
    e.topicIds = e.topicIds.filter((id) => topics.has(id) || (unknownTopics.push(id), false));
    return [e];
  });
  note('places named by events', [...new Set(unknownPlaces)]);
  note('actors named by events', [...new Set(unknownActors)]);
  note('topics named by events', [...new Set(unknownTopics)]);
  note('source documents named by events', [...new Set(unknownDocs)]);
  if (events.length < input.events.length) warnings.push(`${input.events.length - events.length} event(s) had no readable source and were left out`);
  const mentions = input.mentions.filter((m) => {
    const doc = docs.get(m.documentId);
    return !!doc && hasBody(doc) && m.end <= doc.text.length && m.start < m.end;
  });
  if (mentions.length < input.mentions.length) warnings.push(`${input.mentions.length - mentions.length} highlight(s) pointed outside their document and were left out`);
  // Every view lists events in date order; sorting once here saves sorting on every filter.
  sortByDate(events);
  return { bundle: { ...input, events, mentions }, warnings };
}
