import './zodConfig';
import { z } from 'zod';

/** A lowercase URL-safe slug, the form of every id that can end up in a shared link. */
export const slugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase slugs such as "rashid-alimov"');

/** An ISO calendar date, YYYY-MM-DD. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are ISO YYYY-MM-DD');

/** How precisely a date is known. */
export const precisionSchema = z.enum(['day', 'month', 'year']);

/** A place the knowledge file knows, with coordinates and the state it lies in. */
export const knownPlaceSchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
  /** Id of the state entity the place lies in. */
  country: slugSchema,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** Other spellings and former names ("Nur-Sultan" for Astana). */
  aliases: z.array(z.string().min(1)).default([]),
});

/** A person, organisation or state with its canonical name and every spelling the texts use. */
export const knownEntitySchema = z.object({
  id: slugSchema,
  name: z.string().min(1),
  type: z.enum(['person', 'organisation', 'state']),
  aliases: z.array(z.string().min(1)).default([]),
  /** For states: the id of the capital place, used to tint the map. */
  capital: slugSchema.optional(),
  /** For a body of a larger organisation: that organisation's id (RATS is part of the SCO). */
  parentId: slugSchema.optional(),
  /** Titles a person confirmed for this entity, each in the article that gives it. */
  roles: z.array(z.object({ title: z.string().trim().min(1).max(200), documentId: z.string().min(1) })).optional(),
});

/** A topic of the taxonomy with the words and phrases that signal it. */
export const knownTopicSchema = z.object({
  id: slugSchema,
  label: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1),
});

/** A date curated by a person because the text does not state it, with the reason. */
export const curatedDateSchema = z.object({
  start: isoDateSchema,
  end: isoDateSchema.optional(),
  precision: precisionSchema,
  reason: z.string().min(1),
});

/**
 * A real-world event the texts refer to under several names. Matching one of its aliases
 * in any document links that document to the same event, so that a conference reported in
 * one article and recalled in another becomes one event with two sources.
 */
export const knownEventSchema = z.object({
  id: slugSchema,
  title: z.string().min(1),
  kind: z.string().min(1),
  aliases: z.array(z.string().min(1)).min(1),
  placeId: slugSchema.optional(),
  /** Used only when no document states a date for the event. */
  curatedDate: curatedDateSchema.optional(),
});

/** A fact a person added for one document: the primary event's date where the text lacks it. */
export const documentCurationSchema = z.object({
  documentId: z.string().min(1),
  date: curatedDateSchema.optional(),
  /** Links the document's primary event to a known event. */
  eventId: slugSchema.optional(),
  /** A shorter or clearer title for the primary event than the text offers. */
  title: z.string().min(1).optional(),
  /** Where the primary event took place, when the text names it wrongly or not at all. */
  placeId: slugSchema.optional(),
  /** The people, organisations and states of the primary event, replacing those the text matching found. */
  actorIds: z.array(slugSchema).optional(),
  /** The kind of the primary event (meeting, summit, ...) where the text's wording misleads. */
  kind: z.string().trim().min(1).max(40).optional(),
  /** A person checked the date against the text and prefers theirs even to a stated one. */
  dateOverridesText: z.boolean().optional(),
  /** Why a person curated this document. */
  note: z.string().optional(),
});

/**
 * A person's decision about reports of one meeting: "split" keeps a document's report apart
 * from an event it was merged into; "merge" makes two events one, whatever the rules say.
 */
export const meetingEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('split'), eventId: slugSchema, documentId: z.string().min(1) }),
  z.object({ kind: z.literal('merge'), eventId: slugSchema, otherId: slugSchema }),
]);

/** The curated knowledge file: what text matching alone cannot know. */
export const knowledgeSchema = z.object({
  places: z.array(knownPlaceSchema),
  entities: z.array(knownEntitySchema),
  topics: z.array(knownTopicSchema),
  events: z.array(knownEventSchema).default([]),
  curations: z.array(documentCurationSchema).default([]),
  meetingEdits: z.array(meetingEditSchema).default([]),
});

export type MeetingEdit = z.infer<typeof meetingEditSchema>;
export type KnownPlace = z.infer<typeof knownPlaceSchema>;
export type KnownEntity = z.infer<typeof knownEntitySchema>;
export type KnownTopic = z.infer<typeof knownTopicSchema>;
export type KnownEvent = z.infer<typeof knownEventSchema>;
export type Knowledge = z.infer<typeof knowledgeSchema>;
