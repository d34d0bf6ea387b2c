import type { Span } from '../data/bundleSchema';

/** A piece of a paragraph with every highlight range that covers it. */
export interface Segment<R extends Span> {
  start: number;
  end: number;
  text: string;
  covering: R[];
}

/**
 * Cuts a paragraph at every highlight boundary, so overlapping highlights (an entity inside
 * an evidence passage, a search hit inside a name) each keep their own range; every piece
 * knows which ranges cover it. Ranges may run past the paragraph.
 */
export function segmentParagraph<R extends Span>(text: string, paragraph: Span, ranges: R[]): Segment<R>[] {
  const inside = ranges.filter((r) => r.end > paragraph.start && r.start < paragraph.end);
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const r of inside) {
    cuts.add(Math.max(r.start, paragraph.start));
    cuts.add(Math.min(r.end, paragraph.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<R>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    out.push({ start: a, end: b, text: text.slice(a, b), covering: inside.filter((r) => r.start <= a && r.end >= b) });
  }
  return out;
}

/** Where the words of a search occur in a text: whole words or word beginnings, any case. */
export function findTermRanges(text: string, terms: string[]): Span[] {
  const out: Span[] = [];
  const lower = text.toLowerCase();
  for (const term of new Set(terms.map((t) => t.toLowerCase()).filter((t) => t.length >= 2))) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(term, from);
      if (at < 0) break;
      from = at + term.length;
      if (at > 0 && /[\p{L}\p{N}]/u.test(lower[at - 1]!)) continue;
      let end = at + term.length;
      while (end < lower.length && /[\p{L}\p{N}]/u.test(lower[end]!)) end++;
      out.push({ start: at, end });
    }
  }
  return out;
}
