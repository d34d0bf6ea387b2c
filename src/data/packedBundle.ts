import './zodConfig';
import { z } from 'zod';
import {
  BUNDLE_VERSION,
  bodyFileRefSchema,
  dateBasisSchema,
  entitySchema,
  eventReportSchema,
  eventSourceSchema,
  participantPartSchema,
  placeSchema,
  topicSchema,
  type DocumentMeta,
  type EventRecord,
  type SplitBundle,
} from './bundleSchema';
import {
  columnLength,
  dictionarySchema,
  encodeDictionary,
  encodeLists,
  listColumnSchema,
  listValue,
  optionalColumn,
} from './columns';
import { isoDateSchema, precisionSchema, slugSchema } from './knowledgeSchema';

/** The split bundle's documents as columns, one entry per document in each. */
export const packedDocumentsSchema = z.object({
  id: z.array(z.string().min(1)),
  title: dictionarySchema(z.string()),
  publisher: dictionarySchema(z.string(), true),
  origin: z.array(z.literal('user').nullable()),
  datelineStart: z.array(z.number().int().min(0).nullable()),
  datelineEnd: z.array(z.number().int().min(0).nullable()),
  datelineText: z.array(z.string().nullable()),
  datelinePlaceId: dictionarySchema(slugSchema, true),
  published: z.array(isoDateSchema.nullable()),
});

/**
 * The split bundle's events as columns. Sources are listed per event by `documentId`; their
 * roles follow in the same order, one per source. Events of a split bundle carry no evidence.
 */
export const packedEventsSchema = z.object({
  id: z.array(slugSchema),
  title: dictionarySchema(z.string().min(1)),
  kind: dictionarySchema(z.string().min(1)),
  start: z.array(isoDateSchema),
  end: z.array(isoDateSchema.nullable()),
  precision: dictionarySchema(precisionSchema),
  basis: dictionarySchema(dateBasisSchema),
  asStated: dictionarySchema(z.string(), true),
  reason: dictionarySchema(z.string(), true),
  placeId: dictionarySchema(slugSchema, true),
  actorIds: listColumnSchema(slugSchema),
  topicIds: listColumnSchema(slugSchema),
  planned: z.array(z.boolean().nullable()),
  documentId: listColumnSchema(z.string().min(1)),
  role: dictionarySchema(eventSourceSchema.shape.role),
  /** How each actor took part, one per entry of `actorIds` in the same order; absent when the bundle's events do not say. */
  part: dictionarySchema(participantPartSchema).optional(),
  mentionedIds: listColumnSchema(slugSchema).optional(),
  /** The reports of merged events, null for the others; few events have them. */
  reports: z.array(z.array(eventReportSchema).min(2).nullable()).optional(),
});

/** Every column of `table` has as many entries as the first; else an issue naming the one that does not. */
function sameLengths(table: Record<string, Parameters<typeof columnLength>[0]>, ctx: z.RefinementCtx) {
  const [first, ...rest] = Object.entries(table);
  if (!first) return;
  const n = columnLength(first[1]);
  for (const [key, column] of rest) {
    if (columnLength(column) !== n) ctx.addIssue({ code: 'custom', path: [key], message: `has ${columnLength(column)} entries where ${first[0]} has ${n}` });
  }
}

/**
 * A split bundle with its documents and events stored as columns: the form `build:data --split`
 * writes. For 100,000 events it is about a third of the size of the same bundle as objects,
 * which is most of the time to the first drawn timeline (reading and parsing the JSON).
 */
export const packedBundleSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  layout: z.literal('columns'),
  documents: packedDocumentsSchema.superRefine(sameLengths),
  events: packedEventsSchema.superRefine((events, ctx) => {
    // Roles are per source and parts per actor, not per event: their counts are checked below.
    const { role, part, ...perEvent } = events;
    sameLengths(perEvent, ctx);
    if (part && part.codes.length !== events.actorIds.codes.length)
      ctx.addIssue({ code: 'custom', path: ['part'], message: `has ${part.codes.length} parts for ${events.actorIds.codes.length} actors` });
    if (role.codes.length !== events.documentId.codes.length)
      ctx.addIssue({ code: 'custom', path: ['role'], message: `has ${role.codes.length} roles for ${events.documentId.codes.length} sources` });
    const o = events.documentId.offsets;
    const bare = o.findIndex((v, i) => i > 0 && v === o[i - 1]);
    if (bare > 0) ctx.addIssue({ code: 'custom', path: ['documentId', 'offsets', bare], message: `event ${bare - 1} has no source` });
  }),
  entities: z.array(entitySchema),
  places: z.array(placeSchema),
  topics: z.array(topicSchema),
  bodies: z.array(bodyFileRefSchema).min(1),
});

export type PackedBundle = z.infer<typeof packedBundleSchema>;

/** True when a parsed JSON value says it is a packed bundle (whether or not it is a valid one). */
export const isPackedLayout = (raw: unknown): boolean => typeof raw === 'object' && raw !== null && (raw as { layout?: unknown }).layout === 'columns';

/** A split bundle as columns. Its events must carry no evidence, as `splitBundle` leaves them. */
export function packBundle(index: SplitBundle): PackedBundle {
  const { documents: docs, events, mentions, bodies, ...rest } = index;
  if (mentions.length > 0) throw new Error('a packed bundle keeps its mentions in its body files');
  if (events.some((e) => e.date.evidence || e.sources.some((s) => s.evidence.length > 0))) throw new Error('a packed bundle keeps its evidence in its body files');
  const sources = events.map((e) => e.sources);
  // Parts travel beside the actors, so they are kept only when every event gives one per actor, in the actors' order.
  const withParts = events.length > 0 && events.every((e) => e.participants?.length === e.actorIds.length && e.participants.every((p, j) => p.id === e.actorIds[j]));
  const withMentions = events.some((e) => e.mentionedIds);
  return {
    ...rest,
    layout: 'columns',
    documents: {
      id: docs.map((d) => d.id),
      // Titles repeat where an agency files the same headline again, or a series has one name.
      title: encodeDictionary(docs.map((d) => d.title)),
      publisher: encodeDictionary(docs.map((d) => d.publisher)),
      origin: optionalColumn(docs.map((d) => d.origin)),
      datelineStart: optionalColumn(docs.map((d) => d.dateline?.start)),
      datelineEnd: optionalColumn(docs.map((d) => d.dateline?.end)),
      datelineText: optionalColumn(docs.map((d) => d.dateline?.text)),
      datelinePlaceId: encodeDictionary(docs.map((d) => d.datelinePlaceId)),
      published: optionalColumn(docs.map((d) => d.published)),
    },
    events: {
      id: events.map((e) => e.id),
      title: encodeDictionary(events.map((e) => e.title)),
      kind: encodeDictionary(events.map((e) => e.kind)),
      start: events.map((e) => e.date.start),
      end: optionalColumn(events.map((e) => e.date.end)),
      precision: encodeDictionary(events.map((e) => e.date.precision)),
      basis: encodeDictionary(events.map((e) => e.date.basis)),
      // Dates are stated and explained in a limited number of ways ("2019", "the dateline"), so these repeat.
      asStated: encodeDictionary(events.map((e) => e.date.asStated)),
      reason: encodeDictionary(events.map((e) => e.date.reason)),
      placeId: encodeDictionary(events.map((e) => e.placeId)),
      actorIds: encodeLists(events.map((e) => e.actorIds)),
      topicIds: encodeLists(events.map((e) => e.topicIds)),
      planned: optionalColumn(events.map((e) => e.planned)),
      documentId: encodeLists(sources.map((list) => list.map((s) => s.documentId))),
      role: encodeDictionary(sources.flat().map((s) => s.role)),
      ...(withParts ? { part: encodeDictionary(events.flatMap((e) => e.participants!.map((p) => p.part))) as PackedBundle['events']['part'] } : {}),
      ...(withMentions ? { mentionedIds: encodeLists(events.map((e) => e.mentionedIds ?? [])) } : {}),
      ...(events.some((e) => e.reports) ? { reports: events.map((e) => e.reports ?? null) } : {}),
    },
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

/**
 * The evidence list of a source whose passages live in its body file: one shared, frozen empty
 * list rather than 100,000 new ones, since nothing adds to a loaded record's evidence.
 */
const NO_EVIDENCE = Object.freeze([]) as unknown as EventRecord['sources'][number]['evidence'];

// The unpacking loops build each object once with the keys it has, rather than spreading or
// copying: at 100,000 events every allocation per event shows in the first draw.

function unpackDocuments(c: PackedBundle['documents']): DocumentMeta[] {
  const { title, publisher, datelinePlaceId } = c;
  return c.id.map((id, i) => {
    const d: DocumentMeta = { id, title: title.values[title.codes[i]!]! };
    if (publisher.codes[i]! >= 0) d.publisher = publisher.values[publisher.codes[i]!];
    const origin = c.origin[i];
    if (origin) d.origin = origin;
    const start = c.datelineStart[i];
    const end = c.datelineEnd[i];
    const text = c.datelineText[i];
    if (start != null && end != null && text != null) d.dateline = { start, end, text };
    if (datelinePlaceId.codes[i]! >= 0) d.datelinePlaceId = datelinePlaceId.values[datelinePlaceId.codes[i]!];
    const published = c.published[i];
    if (published != null) d.published = published;
    return d;
  });
}

function unpackEvents(c: PackedBundle['events']): EventRecord[] {
  const { title, kind, precision, basis, asStated, reason, placeId, planned, documentId, role, part } = c;
  return c.id.map((id, i) => {
    const date: EventRecord['date'] = { start: c.start[i]!, precision: precision.values[precision.codes[i]!]!, basis: basis.values[basis.codes[i]!]! };
    const end = c.end[i];
    if (end != null) date.end = end;
    if (asStated.codes[i]! >= 0) date.asStated = asStated.values[asStated.codes[i]!];
    if (reason.codes[i]! >= 0) date.reason = reason.values[reason.codes[i]!];
    const sources: EventRecord['sources'] = [];
    for (let j = documentId.offsets[i]!; j < documentId.offsets[i + 1]!; j++)
      sources.push({ documentId: documentId.values[documentId.codes[j]!]!, role: role.values[role.codes[j]!]!, evidence: NO_EVIDENCE });
    const event: EventRecord = { id, title: title.values[title.codes[i]!]!, kind: kind.values[kind.codes[i]!]!, date, actorIds: listValue(c.actorIds, i), topicIds: listValue(c.topicIds, i), sources };
    if (placeId.codes[i]! >= 0) event.placeId = placeId.values[placeId.codes[i]!];
    const p = planned[i];
    if (p != null) event.planned = p;
    if (part) {
      const o = c.actorIds.offsets;
      event.participants = event.actorIds.map((actor, j) => ({ id: actor, part: part.values[part.codes[o[i]! + j]!]! }));
    }
    if (c.mentionedIds) event.mentionedIds = listValue(c.mentionedIds, i);
    const reports = c.reports?.[i];
    if (reports) event.reports = reports;
    return event;
  });
}

/** The split bundle a packed one stands for; `packed` must have passed `packedBundleSchema`. */
export function unpackBundle(packed: PackedBundle): SplitBundle {
  const { layout: _layout, documents, events, bodies, ...rest } = packed;
  return { ...rest, documents: unpackDocuments(documents), events: unpackEvents(events), mentions: [], bodies };
}
