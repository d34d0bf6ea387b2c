import { queryOptions } from '@tanstack/react-query';
import { knowledgeSchema, type Knowledge } from '../data/knowledgeSchema';
import { gazetteerSchema, type GazetteerTable } from '../data/gazetteerSchema';
import { formatZodError } from '../data/formatZodError';
import { loadCollection } from './collectionDb';

/** Where `npm run build:data` writes the knowledge it used, beside the bundle. */
export const KNOWLEDGE_URL = 'data/knowledge.json';

/** Fetches and validates the knowledge file the in-browser ingest needs. */
export async function fetchKnowledge(url: string = KNOWLEDGE_URL, signal?: AbortSignal): Promise<Knowledge> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`The knowledge file could not be loaded from ${url} (HTTP ${response.status}). Build it with "npm run build:data".`);
  const parsed = knowledgeSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`The knowledge file at ${url} is invalid: ${formatZodError(parsed.error)}`);
  return parsed.data;
}

/** The knowledge file, loaded once when a person first adds or keeps articles. */
export function knowledgeQueryOptions(url: string = KNOWLEDGE_URL) {
  return queryOptions({
    queryKey: ['knowledge', url],
    queryFn: ({ signal }) => fetchKnowledge(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
}

/** Where `npm run build:gazetteer` writes the gazetteer table, beside the bundle. */
export const GAZETTEER_URL = 'data/gazetteer.json';

/** The server answered, but not with a gazetteer: asking again would not help. */
export class GazetteerUnavailable extends Error {}

/** Fetches and validates the gazetteer table (about 0.8 MB compressed), which finds the places the knowledge file lacks. */
export async function fetchGazetteer(url: string = GAZETTEER_URL, signal?: AbortSignal): Promise<GazetteerTable> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new GazetteerUnavailable(`HTTP ${response.status} for ${url}; build it with "npm run build:gazetteer"`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (e) {
    throw new GazetteerUnavailable(`${url} is not JSON (${(e as Error).message})`);
  }
  const parsed = gazetteerSchema.safeParse(json);
  if (!parsed.success) throw new GazetteerUnavailable(`${url} is invalid: ${formatZodError(parsed.error)}`);
  return parsed.data;
}

/**
 * The gazetteer table, loaded once and only when the ingest runs in the browser: when a person
 * opens Add articles, or has articles of their own to show. It is data, never part of the
 * page's scripts.
 */
export function gazetteerQueryOptions(url: string = GAZETTEER_URL) {
  return queryOptions({
    queryKey: ['gazetteer', url],
    queryFn: ({ signal }) => fetchGazetteer(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    // A dropped connection is tried once more; a missing or broken file is not.
    retry: (failures, error) => failures < 1 && !(error instanceof GazetteerUnavailable),
  });
}

/** The person's own collection from IndexedDB; written through `saveCollection` and then set here. */
export function collectionQueryOptions() {
  return queryOptions({
    queryKey: ['collection'],
    queryFn: loadCollection,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
}
