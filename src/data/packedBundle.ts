import './zodConfig';
import { z } from 'zod';
import { BUNDLE_VERSION, bodyFileRefSchema, entitySchema, placeSchema, topicSchema, type DocumentMeta, type EventRecord, type SplitBundle } from './bundleSchema';
import { packColumns } from './packColumns';
import { packedTableSchema } from './packedSchema';
import { documentSpec, eventSpec } from './recordSpecs';
import { unpackColumns } from './unpackColumns';

/** The split bundle's documents as columns, one entry per document in each; their texts are in the body files. */
export const packedDocumentsSchema = packedTableSchema(documentSpec);

/**
 * The split bundle's events as columns, as `eventSpec` stores them: sources by `documentId`,
 * their roles one per source, and the participants' parts one per actor. Events of a split
 * bundle carry no evidence.
 */
export const packedEventsSchema = packedTableSchema(eventSpec);

/**
 * A split bundle with its documents and events stored as columns: the form `build:data --split`
 * writes. For 100,000 events it is about a third of the size of the same bundle as objects,
 * which is most of the time to the first drawn timeline (reading and parsing the JSON).
 */
export const packedBundleSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  layout: z.literal('columns'),
  documents: packedDocumentsSchema,
  events: packedEventsSchema,
  entities: z.array(entitySchema),
  places: z.array(placeSchema),
  topics: z.array(topicSchema),
  bodies: z.array(bodyFileRefSchema).min(1),
});

/** A packed bundle as packedBundleSchema gives it. */
export type PackedBundle = z.infer<typeof packedBundleSchema>;

/** True when a parsed JSON value says it is a packed bundle (whether or not it is a valid one). */
export const isPackedLayout = (raw: unknown): boolean => typeof raw === 'object' && raw !== null && (raw as { layout?: unknown }).layout === 'columns';

/** A split bundle as columns. Its events must carry no evidence, as `splitBundle` leaves them. */
export function packBundle(index: SplitBundle): PackedBundle {
  const { documents, events, mentions, bodies, ...rest } = index;
  if (mentions.length > 0) throw new Error('a packed bundle keeps its mentions in its body files');
  return {
    ...rest,
    layout: 'columns',
    documents: packColumns(documentSpec.fields, documents) as PackedBundle['documents'],
    events: packColumns(eventSpec.fields, events) as PackedBundle['events'],
    bodies,
  };
}

/**
 * True when every id the events' columns name (place, actors, topics, source documents) is
 * one the bundle holds. The columns list each distinct id once, so this costs the number of
 * distinct ids, not the number of events: a bundle that passes needs no repair event by event.
 */
export function packedReferencesResolve(packed: PackedBundle): boolean {
  const known = (ids: Iterable<string>) => new Set(ids);
  const within = (values: readonly string[], set: Set<string>) => values.every((v) => set.has(v));
  const entities = known(packed.entities.map((e) => e.id));
  return (
    within(packed.events.placeId.values, known(packed.places.map((p) => p.id))) &&
    within(packed.events.actorIds.values, entities) &&
    within(packed.events.mentionedIds?.values ?? [], entities) &&
    within(packed.events.topicIds.values, known(packed.topics.map((t) => t.id))) &&
    within(packed.events.documentId.values, known(packed.documents.id))
  );
}

/** The split bundle a packed one stands for; `packed` must have passed `packedBundleSchema`. */
export function unpackBundle(packed: PackedBundle): SplitBundle {
  const { layout: _layout, documents, events, bodies, ...rest } = packed;
  return { ...rest, documents: unpackColumns(documentSpec, documents) as DocumentMeta[], events: unpackColumns(eventSpec, events) as EventRecord[], mentions: [], bodies };
}
