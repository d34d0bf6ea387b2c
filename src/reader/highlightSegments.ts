import type { Span } from '../data/bundleSchema';

/** A piece of a paragraph, marked when it lies inside one of the highlighted ranges. */
export interface Segment {
  start: number;
  text: string;
  marked: boolean;
}

/** Cuts a paragraph into plain and marked pieces; ranges may overlap or run past the paragraph. */
export function highlightSegments(text: string, paragraph: Span, ranges: Span[]): Segment[] {
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const r of ranges) {
    if (r.end <= paragraph.start || r.start >= paragraph.end) continue;
    cuts.add(Math.max(r.start, paragraph.start));
    cuts.add(Math.min(r.end, paragraph.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (b <= a) continue;
    out.push({ start: a, text: text.slice(a, b), marked: ranges.some((r) => r.start <= a && r.end >= b) });
  }
  return out;
}
