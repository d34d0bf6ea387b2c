import type { Bundle } from '../../src/data/bundleSchema';

/** Words of the generated padding text, none of them a name, so a search for one hits only documents. */
export const SEARCH_CANDIDATES = ['memorandum', 'plenary', 'hospitality', 'database', 'protocol', 'bilateral', 'academia', 'communiqué'];

/** A search word and the share of documents that contain it. */
export interface SearchWord {
  word: string;
  documentShare: number;
}

/**
 * The candidates ordered by how close their share of documents is to `share`: frequent enough
 * to be a real search, rare enough that the event count changes (which is how the bench sees
 * the result). Candidates no document contains are left out.
 */
export function rankSearchWords(bundle: Pick<Bundle, 'documents'>, share = 0.2): SearchWord[] {
  const total = Math.max(1, bundle.documents.length);
  return SEARCH_CANDIDATES.map((word) => {
    const pattern = new RegExp(`\\b${word}`, 'i');
    return { word, documentShare: bundle.documents.filter((d) => pattern.test(d.text)).length / total };
  })
    .filter((w) => w.documentShare > 0)
    .sort((a, b) => Math.abs(a.documentShare - share) - Math.abs(b.documentShare - share));
}
