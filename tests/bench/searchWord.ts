import type { Bundle } from '../../src/data/bundleSchema';

/** Words of the generated padding text, none of them a name, so a search for one hits only documents. */
export const SEARCH_CANDIDATES = ['memorandum', 'plenary', 'hospitality', 'database', 'protocol', 'bilateral', 'academia', 'communiqué'];

/**
 * The candidate whose share of documents is closest to `share`: frequent enough to be a real
 * search, rare enough that the event count changes (which is how the bench sees the result).
 */
export function chooseSearchWord(bundle: Pick<Bundle, 'documents'>, share = 0.2): { word: string; documentShare: number } {
  const total = Math.max(1, bundle.documents.length);
  let best = { word: SEARCH_CANDIDATES[0]!, documentShare: 0 };
  let bestGap = Infinity;
  for (const word of SEARCH_CANDIDATES) {
    const pattern = new RegExp(`\\b${word}`, 'i');
    const hits = bundle.documents.filter((d) => pattern.test(d.text)).length / total;
    if (Math.abs(hits - share) < bestGap) {
      bestGap = Math.abs(hits - share);
      best = { word, documentShare: hits };
    }
  }
  return best;
}
