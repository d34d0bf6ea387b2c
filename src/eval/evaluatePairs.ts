import { z } from 'zod';
import type { Knowledge } from '../data/knowledgeSchema';
import { buildBundle } from '../ingest/buildBundle';
import type { GazetteerIndex } from '../ingest/gazetteer';
import { documentIdOf } from '../ingest/checkSources';
import { primaryEventOf } from './scoreArticle';

/** Two annotated reports and whether they tell of the same meeting; "seed:" names a file of seeds/. */
export const pairSchema = z.object({ a: z.string().min(1), b: z.string().min(1), same: z.boolean(), why: z.string().min(1) });

/** A pair as the scorer reads it. */
export type Pair = z.infer<typeof pairSchema>;

/** How the merging did on one pair. */
export interface PairScore extends Pair {
  merged: boolean;
  /** The merge reason the ingest gave, or why it kept them apart as far as it says. */
  reason?: string;
}

/** Merge precision and recall over the pairs. */
export interface PairTotals {
  pairs: number;
  same: number;
  merged: number;
  mergedRight: number;
}

/**
 * Builds a bundle of the two reports of each pair alone, as the ingest would see them in one
 * corpus, and checks whether their primary events became one. A merge of a pair of different
 * meetings counts against precision; a pair of one meeting left apart, against recall.
 */
export function evaluatePairs(
  pairs: Pair[],
  textOf: (name: string) => string,
  knowledge: Knowledge,
  gazetteer?: GazetteerIndex,
): { rows: PairScore[]; totals: PairTotals } {
  const rows = pairs.map((p): PairScore => {
    // Each report keeps its own id, so the knowledge file's curations of a seed apply to it.
    const ida = documentIdOf(p.a.replace(/^seed:/, ''));
    const idb = documentIdOf(p.b.replace(/^seed:/, ''));
    const { bundle, review } = buildBundle(
      [
        { id: ida, text: textOf(p.a) },
        { id: idb, text: textOf(p.b) },
      ],
      knowledge,
      gazetteer,
    );
    const a = primaryEventOf(bundle, ida);
    const b = primaryEventOf(bundle, idb);
    const merged = !!a && a === b;
    const reason =
      review.find((r) => /^same meeting as/.test(r.message))?.message ?? (merged ? 'the knowledge file lists the event' : undefined);
    return { ...p, merged, ...(reason ? { reason } : {}) };
  });
  return {
    rows,
    totals: {
      pairs: rows.length,
      same: rows.filter((r) => r.same).length,
      merged: rows.filter((r) => r.merged).length,
      mergedRight: rows.filter((r) => r.merged && r.same).length,
    },
  };
}
