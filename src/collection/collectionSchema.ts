import { z } from 'zod';
import { bundleSchema } from '../data/bundleSchema';
import { documentCurationSchema, knownEntitySchema, knownPlaceSchema, meetingEditSchema, slugSchema } from '../data/knowledgeSchema';

/** An extra spelling a person taught the app: "treat 'E. Rahmon' as Emomali Rahmon". */
export const addedAliasSchema = z.object({
  /** The id of the known person, organisation, state or place. */
  targetId: slugSchema,
  alias: z.string().trim().min(2).max(200),
});

/** What a person added to the knowledge file from the app, kept with their collection. */
export const knowledgePatchSchema = z.object({
  places: z.array(knownPlaceSchema).default([]),
  entities: z.array(knownEntitySchema).default([]),
  aliases: z.array(addedAliasSchema).default([]),
  /** Corrections to the user's own articles: date, place, title, actors. */
  curations: z.array(documentCurationSchema).default([]),
  /** Splits and merges of reports of one meeting. */
  meetingEdits: z.array(meetingEditSchema).default([]),
});

/** An article a person added in the browser, kept as the text they gave. */
export const userArticleSchema = z.object({
  id: z.string().min(1).max(200),
  /** The file name, or "Pasted text". */
  name: z.string().max(300),
  text: z.string().min(1),
  /** When it was added, as an ISO timestamp. */
  addedAt: z.string(),
});

/** The version of the stored collection; bump it when the shape changes. */
export const COLLECTION_VERSION = 1;

/** Everything a person added: articles and knowledge. Stored in IndexedDB, exported with the bundle. */
export const collectionSchema = z.object({
  version: z.literal(COLLECTION_VERSION),
  articles: z.array(userArticleSchema),
  knowledge: knowledgePatchSchema,
});

/**
 * The exported collection: an ordinary bundle (so the app and `npm run build:data` read it) that
 * also carries the person's articles and knowledge, so another person can import it as theirs.
 */
export const collectionFileSchema = bundleSchema.extend({ collection: collectionSchema });

export type AddedAlias = z.infer<typeof addedAliasSchema>;
export type KnowledgePatch = z.infer<typeof knowledgePatchSchema>;
export type UserArticle = z.infer<typeof userArticleSchema>;
export type Collection = z.infer<typeof collectionSchema>;
export type CollectionFile = z.infer<typeof collectionFileSchema>;

/** A collection with nothing in it. */
export const emptyCollection = (): Collection => ({
  version: COLLECTION_VERSION,
  articles: [],
  knowledge: { places: [], entities: [], aliases: [], curations: [], meetingEdits: [] },
});
