import { queryOptions } from '@tanstack/react-query';
import { knowledgeSchema, type Knowledge } from '../data/knowledgeSchema';
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
