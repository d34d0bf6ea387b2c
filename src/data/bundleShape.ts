import type { Bundle, SplitBundle } from './bundleSchema';
import { BUNDLE_VERSION, DATE_BASES, PARTICIPANT_PARTS } from './bundleSchema';

// Zod runs jitless under the app's Content-Security-Policy and takes about two seconds on a
// 100,000-event bundle, which is most of the first draw. This is a hand-written check of the
// same shape, some forty times faster. It only ever says "certainly valid": when it says no,
// parseBundle asks zod, which finds the problem and words the message. So it may be stricter
// than the schema (it also refuses keys the schema does not know, which zod would strip) but
// must never accept what zod refuses; tests/data/bundleShape.test.ts holds it to that.

type Obj = Record<string, unknown>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const BODY_URL = /^[\w.-]+(?:\/[\w.-]+)*\.json$/;

// The small checks below are shared with packedShape.ts, which checks the same records as columns.

/** A plain object (not null, not an array). */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A string. */
export const str = (v: unknown): v is string => typeof v === 'string';
/** A string of at least one character. */
export const nonEmpty = (v: unknown) => typeof v === 'string' && v.length > 0;
/** An id as slugSchema allows it. */
export const slug = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 80 && SLUG.test(v);
/** A YYYY-MM-DD date string. */
export const isoDate = (v: unknown) => typeof v === 'string' && ISO_DATE.test(v);
/** A safe integer. */
export const int = (v: unknown) => Number.isSafeInteger(v);
/** A safe integer of 0 or more. */
export const nat = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const opt = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);

/** True when `o` has exactly `known` own keys, all of them known ones: zod strips others, so those objects are left to zod. */
export function onlyKeys(o: Obj, known: number): boolean {
  let n = 0;
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) n++;
  return n === known;
}

/** Counts how many of the given values are defined, i.e. how many known keys an object has. */
function defined(...values: unknown[]): number {
  let n = 0;
  for (const v of values) if (v !== undefined) n++;
  return n;
}

/** An array whose every item passes `check`. */
export function every(v: unknown, check: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
}

const evidence = (v: unknown) => isObj(v) && nat(v.start) && nat(v.end) && str(v.text) && onlyKeys(v, 3);

const span = (v: unknown) => isObj(v) && nat(v.start) && nat(v.end) && (v.end as number) > (v.start as number) && onlyKeys(v, 2);

function eventDate(v: unknown): boolean {
  if (!isObj(v)) return false;
  const ok =
    isoDate(v.start) &&
    opt(v.end, isoDate) &&
    (v.precision === 'day' || v.precision === 'month' || v.precision === 'year') &&
    (DATE_BASES as readonly unknown[]).includes(v.basis) &&
    opt(v.asStated, str) &&
    opt(v.reason, str) &&
    opt(v.evidence, (e) => every(e, evidence));
  return ok && onlyKeys(v, 3 + defined(v.end, v.asStated, v.reason, v.evidence));
}

const quote = (v: unknown) => isObj(v) && int(v.start) && int(v.end) && str(v.text) && opt(v.speakerId, slug) && onlyKeys(v, 3 + defined(v.speakerId));

const figure = (v: unknown) => isObj(v) && int(v.start) && int(v.end) && str(v.text) && num(v.value) && evidence(v.context) && onlyKeys(v, 5);

// A document's metadata; `withBody` also checks the text and what was found in it, which a
// split bundle keeps in its body files.
function document(v: unknown, withBody = true): boolean {
  if (!isObj(v)) return false;
  const ok =
    nonEmpty(v.id) &&
    str(v.title) &&
    opt(v.publisher, str) &&
    opt(v.origin, (o) => o === 'user') &&
    opt(v.dateline, evidence) &&
    opt(v.datelinePlaceId, slug) &&
    opt(v.published, isoDate) &&
    (!withBody || (str(v.text) && every(v.paragraphs, span) && every(v.quotes, quote) && every(v.figures, figure)));
  return ok && onlyKeys(v, (withBody ? 6 : 2) + defined(v.publisher, v.origin, v.dateline, v.datelinePlaceId, v.published));
}

const documentMeta = (v: unknown) => document(v, false);

/** A body file reference of a split bundle. */
export const bodyRef = (v: unknown) =>
  isObj(v) && str(v.url) && BODY_URL.test(v.url) && every(v.documentIds, nonEmpty) && (v.documentIds as unknown[]).length > 0 && onlyKeys(v, 2);

const source = (v: unknown) =>
  isObj(v) && nonEmpty(v.documentId) && (v.role === 'primary' || v.role === 'referenced') && every(v.evidence, evidence) && onlyKeys(v, 3);

const PARTS = new Set<unknown>(PARTICIPANT_PARTS);
const participant = (v: unknown) => isObj(v) && slug(v.id) && PARTS.has(v.part) && onlyKeys(v, 2);

const reportSource = (v: unknown) => isObj(v) && nonEmpty(v.documentId) && (v.role === 'primary' || v.role === 'referenced') && onlyKeys(v, 2);

/** The fields an event and a report of it share; `coreKeys` counts those present. */
const eventCore = (v: Obj) =>
  slug(v.id) &&
  nonEmpty(v.title) &&
  nonEmpty(v.kind) &&
  eventDate(v.date) &&
  opt(v.placeId, slug) &&
  every(v.actorIds, slug) &&
  opt(v.participants, (p) => every(p, participant)) &&
  opt(v.mentionedIds, (m) => every(m, slug)) &&
  every(v.topicIds, slug) &&
  opt(v.planned, (p) => typeof p === 'boolean');
const coreKeys = (v: Obj) => 6 + defined(v.placeId, v.participants, v.mentionedIds, v.planned);
const nonEmptyList = (v: unknown, check: (item: unknown) => boolean) => every(v, check) && (v as unknown[]).length > 0;

/** One report of a merged event: like an event, with a reason, sources without evidence and a date without. */
export function report(v: unknown): boolean {
  if (!isObj(v) || !isObj(v.date) || v.date.evidence !== undefined) return false;
  const ok = eventCore(v) && nonEmptyList(v.sources, reportSource) && opt(v.reason, str);
  return ok && onlyKeys(v, coreKeys(v) + 1 + defined(v.reason));
}

function event(v: unknown): boolean {
  if (!isObj(v)) return false;
  const ok = eventCore(v) && nonEmptyList(v.sources, source) && opt(v.reports, (r) => every(r, report) && (r as unknown[]).length >= 2);
  return ok && onlyKeys(v, coreKeys(v) + 1 + defined(v.reports));
}

const role = (v: unknown) => isObj(v) && nonEmpty(v.title) && nonEmpty(v.documentId) && opt(v.date, isoDate) && onlyKeys(v, 2 + defined(v.date));

/** An entity record. */
export const entity = (v: unknown) =>
  isObj(v) &&
  slug(v.id) &&
  nonEmpty(v.name) &&
  (v.type === 'person' || v.type === 'organisation' || v.type === 'state') &&
  every(v.aliases, str) &&
  every(v.roles, role) &&
  opt(v.parentId, slug) &&
  onlyKeys(v, 5 + defined(v.parentId));

/** A place record. */
export const place = (v: unknown) =>
  isObj(v) &&
  slug(v.id) &&
  nonEmpty(v.name) &&
  slug(v.country) &&
  num(v.lat) &&
  (v.lat as number) >= -90 &&
  (v.lat as number) <= 90 &&
  num(v.lon) &&
  (v.lon as number) >= -180 &&
  (v.lon as number) <= 180 &&
  onlyKeys(v, 5);

/** A topic record. */
export const topic = (v: unknown) => isObj(v) && slug(v.id) && nonEmpty(v.label) && onlyKeys(v, 2);

const MENTION_TYPES = new Set(['person', 'organisation', 'state', 'place', 'topic', 'date', 'figure']);

const mention = (v: unknown) =>
  isObj(v) && nonEmpty(v.documentId) && nat(v.start) && nat(v.end) && typeof v.type === 'string' && MENTION_TYPES.has(v.type) && nonEmpty(v.id) && onlyKeys(v, 5);

/**
 * True only when `raw` certainly passes bundleSchema unchanged (no key zod would strip), so it
 * can be used as the parsed bundle; false means "ask zod".
 */
export function isBundleShape(raw: unknown): raw is Bundle {
  return (
    isObj(raw) &&
    raw.version === BUNDLE_VERSION &&
    every(raw.documents, (d) => document(d)) &&
    every(raw.events, event) &&
    every(raw.entities, entity) &&
    every(raw.places, place) &&
    every(raw.topics, topic) &&
    every(raw.mentions, mention) &&
    onlyKeys(raw, 7)
  );
}

/** As isBundleShape, for a split bundle: documents without their bodies, no mentions, and the body files. */
export function isSplitBundleShape(raw: unknown): raw is SplitBundle {
  return (
    isObj(raw) &&
    raw.version === BUNDLE_VERSION &&
    every(raw.documents, documentMeta) &&
    every(raw.events, event) &&
    every(raw.entities, entity) &&
    every(raw.places, place) &&
    every(raw.topics, topic) &&
    Array.isArray(raw.mentions) &&
    raw.mentions.length === 0 &&
    every(raw.bodies, bodyRef) &&
    (raw.bodies as unknown[]).length > 0 &&
    onlyKeys(raw, 8)
  );
}
