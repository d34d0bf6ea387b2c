import type { z } from 'zod';
import type { documentCurationSchema } from '../data/knowledgeSchema';

/** A person's correction to one of their articles, in the knowledge file's curation form. */
export type DocumentCuration = z.infer<typeof documentCurationSchema>;

/** What a person may correct before accepting an article. Absent fields keep what the ingest found. */
export interface ArticleCorrection {
  title?: string;
  date?: { start: string; end?: string; precision: 'day' | 'month' | 'year' };
  placeId?: string;
  actorIds?: string[];
}

/** The curation for a corrected article, or nothing when the person changed nothing. */
export function curationFor(documentId: string, correction: ArticleCorrection): DocumentCuration | undefined {
  const c: DocumentCuration = { documentId };
  if (correction.title?.trim()) c.title = correction.title.trim();
  if (correction.placeId) c.placeId = correction.placeId;
  if (correction.actorIds) c.actorIds = [...correction.actorIds].sort();
  if (correction.date) {
    c.date = { ...correction.date, reason: 'corrected by the person who added the article' };
    if (!c.date.end) delete c.date.end;
    c.dateOverridesText = true;
  }
  if (Object.keys(c).length === 1) return undefined;
  c.note = 'Corrected in the app before the article was added.';
  return c;
}
