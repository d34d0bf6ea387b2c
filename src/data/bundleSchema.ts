import { z } from 'zod';
import { isoDateSchema, precisionSchema, slugSchema } from './knowledgeSchema';

/** The version of the bundle format; bump it when the shape changes. */
export const BUNDLE_VERSION = 1;

/** A half-open character range [start, end) into a document's text. */
export const spanSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((s) => s.end > s.start, 'a span ends after it starts');

/** A passage of a document, kept with its text so a reader can check it against the slice. */
export const evidenceSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});

/**
 * Where a date comes from: the text states it, it is inferred from the text, a person curated
 * it, or the text gives its month and day but nothing supports a year ("year-unknown": the year
 * is a best guess, shown as such and flagged for review), or the text gives no date at all
 * ("undated": the start only places the event near the years the text names, and every view
 * shows it as undated).
 */
export const dateBasisSchema = z.enum(['stated', 'inferred', 'curated', 'year-unknown', 'undated']);

/** The bases a date can have, in the schema's order. */
export const DATE_BASES = dateBasisSchema.options;

/** An event date with its precision, its basis, and the words it came from. */
export const eventDateSchema = z.object({
  start: isoDateSchema,
  /** Last day of a range, inclusive; absent for a single day, month or year. */
  end: isoDateSchema.optional(),
  precision: precisionSchema,
  basis: dateBasisSchema,
  /** The date as the source writes it ("September 4-5", "Yesterday"). */
  asStated: z.string().optional(),
  /** Why an inferred or curated date is what it is. */
  reason: z.string().optional(),
  evidence: z.array(evidenceSchema).optional(),
});

/** A published article, with the metadata found in its text. */
export const documentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  text: z.string(),
  publisher: z.string().optional(),
  /** "user" for an article a person added in their browser; absent for the shipped corpus. */
  origin: z.literal('user').optional(),
  /** The dateline as written, e.g. "DUSHANBE, 24.06.2021 (NIAT Khovar)". */
  dateline: evidenceSchema.optional(),
  /** The city the report was filed from, when the dateline names one. */
  datelinePlaceId: slugSchema.optional(),
  /** The publication date when the text gives one. */
  published: isoDateSchema.optional(),
  /** Paragraph ranges, in order, as the seed separates them. */
  paragraphs: z.array(spanSchema),
  quotes: z.array(
    z.object({ start: z.number().int(), end: z.number().int(), text: z.string(), speakerId: slugSchema.optional() }),
  ),
  figures: z.array(
    z.object({
      start: z.number().int(),
      end: z.number().int(),
      text: z.string(),
      value: z.number(),
      context: evidenceSchema,
    }),
  ),
});

/** One source of an event: the document and the passages that support it. */
export const eventSourceSchema = z.object({
  documentId: z.string().min(1),
  role: z.enum(['primary', 'referenced']),
  evidence: z.array(evidenceSchema),
});

/**
 * How an actor took part in an event: chaired it, hosted it, organised it, signed its text, sent
 * a message (read out or by video), spoke, came as a delegation, or attended.
 */
export const participantPartSchema = z.enum(['chair', 'host', 'organiser', 'signatory', 'message', 'speaker', 'delegation', 'attendee']);

/** The parts an actor can have, in the schema's order (the strongest first). */
export const PARTICIPANT_PARTS = participantPartSchema.options;

/** The stronger of two parts (the one earlier in PARTICIPANT_PARTS); `b` when there is no `a`. */
export const strongerPart = (a: ParticipantPart | undefined, b: ParticipantPart): ParticipantPart =>
  a !== undefined && PARTICIPANT_PARTS.indexOf(a) <= PARTICIPANT_PARTS.indexOf(b) ? a : b;

/** One actor who took part in an event, and how. */
export const participantSchema = z.object({ id: slugSchema, part: participantPartSchema });

/** What an event and each report of it have: who, what, where, and whether it is planned. */
const eventFieldsSchema = z.object({
  id: slugSchema,
  title: z.string().min(1),
  /** meeting, conference, summit, declaration, convention, strategy, exercise, process... */
  kind: z.string().min(1),
  placeId: slugSchema.optional(),
  /** Those who took part, and nobody the sources only mention. */
  actorIds: z.array(slugSchema),
  /** How each actor of `actorIds` took part; absent where the bundle does not say. */
  participants: z.array(participantSchema).optional(),
  /** Actors the sources name without their taking part: groups discussed, bodies cited, earlier meetings' parties. */
  mentionedIds: z.array(slugSchema).optional(),
  topicIds: z.array(slugSchema),
  /** A planned event the sources describe as future. */
  planned: z.boolean().optional(),
});

/**
 * One report of an event that several documents report, as its own documents told it before
 * the reports were found to be the same meeting (its `id` is the one it had on its own): kept so
 * that the dates can be compared, the reason shown, and a person can split the report off again.
 */
export const eventReportSchema = eventFieldsSchema.extend({
  date: eventDateSchema.omit({ evidence: true }),
  /** The documents of this report, with their roles, as in `sources` (evidence stays there). */
  sources: z.array(eventSourceSchema.pick({ documentId: true, role: true })).min(1),
  /** Why this report was taken for the same meeting as the ones before it; absent for the first. */
  reason: z.string().optional(),
});

/** Something that happened (or is planned), on a date, somewhere, reported by one or more documents. */
export const eventSchema = eventFieldsSchema.extend({
  date: eventDateSchema,
  sources: z.array(eventSourceSchema).min(1),
  /** For an event several reports were merged into: each report as it was, in the order joined. */
  reports: z.array(eventReportSchema).min(2).optional(),
});

/** A role a document gives a person, dated by that document's event. */
export const roleSchema = z.object({ title: z.string().min(1), documentId: z.string().min(1), date: isoDateSchema.optional() });

/** A person, organisation or state with its aliases and roles. */
export const entitySchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
  type: z.enum(['person', 'organisation', 'state']),
  aliases: z.array(z.string()),
  roles: z.array(roleSchema),
  /** The organisation this one is part of, where the knowledge file says. */
  parentId: slugSchema.optional(),
});

/** A place with coordinates. */
export const placeSchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
  country: slugSchema,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** A topic of the taxonomy. */
export const topicSchema = z.object({ id: slugSchema, label: z.string().min(1) });

/** What a mention refers to. */
export const mentionTypeSchema = z.enum(['person', 'organisation', 'state', 'place', 'topic', 'date', 'figure']);

/** A character range of a document that names an entity, place, topic, date or figure. */
export const mentionSchema = z.object({
  documentId: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  type: mentionTypeSchema,
  /** The entity, place or topic id; for dates the ISO value; for figures the figure's index. */
  id: z.string().min(1),
});

/** The one JSON file the app loads. */
export const bundleSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  documents: z.array(documentSchema),
  events: z.array(eventSchema),
  entities: z.array(entitySchema),
  places: z.array(placeSchema),
  topics: z.array(topicSchema),
  mentions: z.array(mentionSchema),
});

/** The part of a document only the reader and the search need: its text and what is found in it. */
export const BODY_KEYS = ['text', 'paragraphs', 'quotes', 'figures'] as const;

/** A document without its text, as a split bundle lists it; its body is in one of the bundle's body files. */
export const documentMetaSchema = documentSchema.omit({ text: true, paragraphs: true, quotes: true, figures: true });

/** Where a split bundle keeps the texts of some of its documents, relative to the bundle file. */
export const bodyFileRefSchema = z.object({
  url: z.string().regex(/^[\w.-]+(?:\/[\w.-]+)*\.json$/, 'a relative path to a .json file'),
  documentIds: z.array(z.string().min(1)).min(1),
});

/**
 * A bundle whose document texts, mentions and evidence passages are in separate files; its
 * events' sources list no evidence and their dates none either. Everything the timeline, map
 * and facets need is here; the texts are read only when an article is opened or searched, so a
 * corpus of 100,000 events draws without first reading every article.
 */
export const splitBundleSchema = bundleSchema.extend({
  documents: z.array(documentMetaSchema),
  mentions: z.array(mentionSchema).max(0, 'a split bundle keeps its mentions in its body files'),
  bodies: z.array(bodyFileRefSchema).min(1),
});

/** The passages of one document that support one event (and, for its first source, the event's date). */
export const bodyEvidenceSchema = z.object({
  eventId: slugSchema,
  documentId: z.string().min(1),
  evidence: z.array(evidenceSchema),
  date: z.array(evidenceSchema).optional(),
});

/**
 * One body file of a split bundle: full documents (their text and what is found in it), their
 * mentions, and the evidence events have in them. Evidence passages carry their text, so they
 * travel with the article text rather than with the events the timeline draws from.
 */
export const bodyFileSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  documents: z.array(documentSchema.pick({ id: true, text: true, paragraphs: true, quotes: true, figures: true })),
  mentions: z.array(mentionSchema),
  evidence: z.array(bodyEvidenceSchema),
});

export type Span = z.infer<typeof spanSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type DocumentRecord = z.infer<typeof documentSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type ParticipantPart = z.infer<typeof participantPartSchema>;
export type EventReport = z.infer<typeof eventReportSchema>;
export type EventSource = z.infer<typeof eventSourceSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Place = z.infer<typeof placeSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type MentionType = z.infer<typeof mentionTypeSchema>;
export type Bundle = z.infer<typeof bundleSchema>;
export type DocumentMeta = z.infer<typeof documentMetaSchema>;
export type DocumentBody = z.infer<typeof bodyFileSchema>['documents'][number];
export type BodyFileRef = z.infer<typeof bodyFileRefSchema>;
export type BodyFile = z.infer<typeof bodyFileSchema>;
export type BodyEvidence = z.infer<typeof bodyEvidenceSchema>;
export type SplitBundle = z.infer<typeof splitBundleSchema>;
/** A document as the app holds it: with its body when the bundle carries it, without when the body is in a body file. */
export type DocumentEntry = DocumentMeta & Partial<Pick<DocumentRecord, (typeof BODY_KEYS)[number]>>;
/**
 * The bundle the app shows: a whole bundle, or a split one whose document bodies are read
 * on demand from `bodies`. Mentions are those of the documents that carry their body.
 */
export type ViewBundle = Omit<Bundle, 'documents'> & { documents: DocumentEntry[]; bodies?: BodyFileRef[] };

/** True when the document carries its text (always, except in a split bundle). */
export const hasBody = (d: DocumentEntry): d is DocumentRecord => typeof d.text === 'string';
