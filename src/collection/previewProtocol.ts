import type { GazetteerTable } from '../data/gazetteerSchema';
import type { Knowledge } from '../data/knowledgeSchema';
import type { RawSource } from '../ingest/checkSources';
import type { Collection } from './collectionSchema';
import type { PreviewResult } from './previewArticles';
import type { KnownText } from '../ingest/checkSources';

/** What the page sends the ingest worker. */
export interface PreviewRequest {
  files: RawSource[];
  existing: KnownText[];
  collection: Collection;
  knowledge: Knowledge;
  /** Absent when the gazetteer could not be loaded: the preview then knows the knowledge file's places only. */
  gazetteer?: GazetteerTable;
  now: string;
}

/** What the ingest worker answers. */
export type PreviewResponse = { ok: true; result: PreviewResult } | { ok: false; message: string };
