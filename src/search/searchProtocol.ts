import type { Bundle } from '../data/bundleSchema';

/** Messages to the search worker; `own` is the part of the view that came from a person's own articles. */
export type SearchRequest = { type: 'init'; url: string; own?: Bundle } | { type: 'search'; id: number; query: string };

/** Messages from the search worker. */
export type SearchResponse =
  | { type: 'ready'; ms: number }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; eventIds: string[]; terms: [string, string[]][] };
