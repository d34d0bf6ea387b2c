import { BUNDLE_VERSION } from './bundleSchema';
import { bodyRef, entity, place, topic } from './bundleShape';
import { columnLayout } from './columnLayout';
import { columnsCheck } from './columnsCheck';
import type { PackedBundle } from './packedBundle';
import { documentSpec, eventSpec } from './recordSpecs';
import { every, isObj, onlyKeys } from './shapeChecks';

// Zod, jitless under the app's Content-Security-Policy, takes over half a second on the columns
// of 100,000 events. As for whole bundles (bundleShape.ts), this check of the same shape, derived
// from the same column specs as the packed schema, only ever says "certainly valid"; when it says
// no, parseBundle asks zod, which words the problem. It must never accept what zod refuses
// (tests/data/packedBundle.test.ts holds it to that).

const documents = columnsCheck(columnLayout(documentSpec));
const events = columnsCheck(columnLayout(eventSpec));

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
