import { BUNDLE_VERSION, DATE_BASES, PARTICIPANT_PARTS } from './bundleSchema';
import { bodyRef, entity, every, isObj, isoDate, nat, nonEmpty, onlyKeys, place, report, slug, str, topic } from './bundleShape';
import type { PackedBundle } from './packedBundle';

// Zod, jitless under the app's Content-Security-Policy, takes over half a second on the columns
// of 100,000 events. As for whole bundles (bundleShape.ts), this hand-written check of the same
// shape only ever says "certainly valid"; when it says no, parseBundle asks zod, which words the
// problem. It must never accept what zod refuses (tests/data/packedBundle.test.ts holds it to that).

type Obj = Record<string, unknown>;
type Check = (v: unknown) => boolean;

const PRECISIONS = new Set(['day', 'month', 'year']);
const BASES = new Set<string>(DATE_BASES);
const ROLES = new Set(['primary', 'referenced']);
const PARTS = new Set<string>(PARTICIPANT_PARTS);
const inSet = (set: Set<string>) => (v: unknown) => typeof v === 'string' && set.has(v);
const nullable = (check: Check) => (v: unknown) => v === null || check(v);

/** True when every code is a whole number naming one of `count` values (or -1, "none", when allowed). */
function codesIn(codes: unknown, count: number, min: number): boolean {
  if (!Array.isArray(codes)) return false;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (!Number.isInteger(c) || c < min || c >= count) return false;
  }
  return true;
}

function dictionary(v: unknown, value: Check, optional = false): v is { values: unknown[]; codes: unknown[] } {
  return isObj(v) && every(v.values, value) && codesIn(v.codes, (v.values as unknown[]).length, optional ? -1 : 0) && onlyKeys(v, 2);
}

function listColumn(v: unknown, value: Check): v is { values: unknown[]; codes: unknown[]; offsets: number[] } {
  if (!isObj(v) || !every(v.values, value) || !codesIn(v.codes, (v.values as unknown[]).length, 0) || !onlyKeys(v, 3)) return false;
  const o = v.offsets;
  if (!Array.isArray(o) || o.length === 0 || o[0] !== 0 || o[o.length - 1] !== (v.codes as unknown[]).length) return false;
  for (let i = 1; i < o.length; i++) if (!Number.isInteger(o[i]) || o[i] < o[i - 1]) return false;
  return true;
}

/** How many records a checked column holds. */
const lengthOf = (c: unknown): number => (Array.isArray(c) ? c.length : 'offsets' in (c as Obj) ? (c as { offsets: unknown[] }).offsets.length - 1 : (c as { codes: unknown[] }).codes.length);

const sameLength = (columns: unknown[]) => columns.every((c) => lengthOf(c) === lengthOf(columns[0]));

function documents(v: unknown): boolean {
  if (!isObj(v)) return false;
  const ok =
    every(v.id, nonEmpty) &&
    dictionary(v.title, str) &&
    dictionary(v.publisher, str, true) &&
    every(v.origin, nullable((o) => o === 'user')) &&
    every(v.datelineStart, nullable(nat)) &&
    every(v.datelineEnd, nullable(nat)) &&
    every(v.datelineText, nullable(str)) &&
    dictionary(v.datelinePlaceId, slug, true) &&
    every(v.published, nullable(isoDate)) &&
    onlyKeys(v, 9);
  return ok && sameLength(Object.values(v));
}

function events(v: unknown): boolean {
  if (!isObj(v)) return false;
  const ok =
    every(v.id, slug) &&
    dictionary(v.title, nonEmpty) &&
    dictionary(v.kind, nonEmpty) &&
    every(v.start, isoDate) &&
    every(v.end, nullable(isoDate)) &&
    dictionary(v.precision, inSet(PRECISIONS)) &&
    dictionary(v.basis, inSet(BASES)) &&
    dictionary(v.asStated, str, true) &&
    dictionary(v.reason, str, true) &&
    dictionary(v.placeId, slug, true) &&
    listColumn(v.actorIds, slug) &&
    listColumn(v.topicIds, slug) &&
    every(v.planned, nullable((p) => typeof p === 'boolean')) &&
    listColumn(v.documentId, nonEmpty) &&
    dictionary(v.role, inSet(ROLES)) &&
    (v.part === undefined || dictionary(v.part, inSet(PARTS))) &&
    (v.mentionedIds === undefined || listColumn(v.mentionedIds, slug)) &&
    (v.reports === undefined || every(v.reports, nullable((r) => every(r, report) && (r as unknown[]).length >= 2))) &&
    onlyKeys(v, 15 + (v.part === undefined ? 0 : 1) + (v.mentionedIds === undefined ? 0 : 1) + (v.reports === undefined ? 0 : 1));
  if (!ok) return false;
  const { role, part, ...perEvent } = v as Obj & { role: { codes: unknown[] }; part?: { codes: unknown[] }; documentId: { codes: unknown[]; offsets: number[] }; actorIds: { codes: unknown[] } };
  if (part && part.codes.length !== perEvent.actorIds.codes.length) return false;
  const o = perEvent.documentId.offsets;
  for (let i = 1; i < o.length; i++) if (o[i] === o[i - 1]) return false;
  return sameLength(Object.values(perEvent)) && role.codes.length === perEvent.documentId.codes.length;
}

/** True only when `raw` certainly passes packedBundleSchema unchanged; false means "ask zod". */
export function isPackedShape(raw: unknown): raw is PackedBundle {
  return (
    isObj(raw) &&
    raw.version === BUNDLE_VERSION &&
    raw.layout === 'columns' &&
    documents(raw.documents) &&
    events(raw.events) &&
    every(raw.entities, entity) &&
    every(raw.places, place) &&
    every(raw.topics, topic) &&
    every(raw.bodies, bodyRef) &&
    (raw.bodies as unknown[]).length > 0 &&
    onlyKeys(raw, 8)
  );
}
