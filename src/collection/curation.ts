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
  kind?: string;
}

/** The curation for a corrected article, or nothing when the person changed nothing. */
export function curationFor(documentId: string, correction: ArticleCorrection): DocumentCuration | undefined {
  const c: DocumentCuration = { documentId };
  if (correction.title?.trim()) c.title = correction.title.trim();
  if (correction.placeId) c.placeId = correction.placeId;
  if (correction.actorIds) c.actorIds = [...correction.actorIds].sort();
  if (correction.kind?.trim()) c.kind = correction.kind.trim().toLowerCase();
  if (correction.date) {
    c.date = { ...correction.date, reason: 'corrected by the person who added the article' };
    if (!c.date.end) delete c.date.end;
    c.dateOverridesText = true;
  }
  if (Object.keys(c).length === 1) return undefined;
  c.note = 'Corrected in the app before the article was added.';
  return c;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The correction without the fields the person left as the ingest found them, so only real changes are kept. */
export function changedFields(
  event:
    | { title: string; kind: string; date: { start: string; end?: string; precision: string }; placeId?: string; actorIds: string[] }
    | undefined,
  correction: ArticleCorrection,
): ArticleCorrection {
  if (!event) return correction;
  const changed: ArticleCorrection = {};
  if (correction.title !== undefined && correction.title.trim() && correction.title.trim() !== event.title)
    changed.title = correction.title.trim();
  const d = correction.date;
  if (d && (d.start !== event.date.start || (d.end ?? '') !== (event.date.end ?? '') || d.precision !== event.date.precision))
    changed.date = d;
  if (correction.placeId !== undefined && correction.placeId !== event.placeId) changed.placeId = correction.placeId;
  if (correction.actorIds && !sameSet(correction.actorIds, event.actorIds)) changed.actorIds = correction.actorIds;
  if (correction.kind !== undefined && correction.kind.trim() && correction.kind.trim().toLowerCase() !== event.kind)
    changed.kind = correction.kind;
  return changed;
}
