/** Messages to the search worker. */
export type SearchRequest = { type: 'init'; url: string } | { type: 'search'; id: number; query: string };

/** Messages from the search worker. */
export type SearchResponse =
  | { type: 'ready'; ms: number }
  | { type: 'failed'; message: string }
  | { type: 'result'; id: number; eventIds: string[]; terms: [string, string[]][] };
