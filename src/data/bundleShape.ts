import type { Bundle, SplitBundle } from './bundleSchema';
import { BUNDLE_VERSION } from './bundleSchema';
import { recordCheck } from './recordCheck';
import { documentSpec, eventSpec } from './recordSpecs';
import { defined, every, isObj, isoDate, nat, nonEmpty, num, onlyKeys, opt, slug, str } from './shapeChecks';

// Zod runs jitless under the app's Content-Security-Policy and takes about two seconds on a
// 100,000-event bundle, which is most of the first draw. This is a check of the same shape
// written without zod, some forty times faster. It only ever says "certainly valid": when it says no,
// parseBundle asks zod, which finds the problem and words the message. So it may be stricter
// than the schema (it also refuses keys the schema does not know, which zod would strip) but
// must never accept what zod refuses; tests/data/bundleShape.test.ts holds it to that.

// The checks of documents and events (and of the reports of merged events) are derived from
// their column specs in recordSpecs.ts, the same specs that pack them; the others are by hand.

const BODY_URL = /^[\w.-]+(?:\/[\w.-]+)*\.json$/;

const document = recordCheck(documentSpec.fields, 'whole');
const documentMeta = recordCheck(documentSpec.fields, 'split');
const event = recordCheck(eventSpec.fields);

/** A body file reference of a split bundle. */
export const bodyRef = (v: unknown) =>
  isObj(v) && str(v.url) && BODY_URL.test(v.url) && every(v.documentIds, nonEmpty) && (v.documentIds as unknown[]).length > 0 && onlyKeys(v, 2);

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
    every(raw.documents, document) &&
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
