import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTermRanges, segmentParagraph } from '../../src/text/highlightSegments';

describe('segmentParagraph', () => {
  it('cuts at every boundary and gives each piece the ranges that cover it', () => {
    const text = 'Emomali Rahmon spoke in Dushanbe.';
    const segs = segmentParagraph(text, { start: 0, end: text.length }, [
      { start: 0, end: 14, id: 'person' },
      { start: 8, end: 32, id: 'evidence' },
    ]);
    expect(segs.map((s) => [s.text, s.covering.map((r) => r.id)])).toEqual([
      ['Emomali ', ['person']],
      ['Rahmon', ['person', 'evidence']],
      [' spoke in Dushanbe', ['evidence']],
      ['.', []],
    ]);
  });

  it('always rebuilds the paragraph exactly, for any ranges', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), fc.array(fc.tuple(fc.nat(80), fc.nat(80))), (text, pairs) => {
        const ranges = pairs.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) + 1 }));
        const segs = segmentParagraph(text, { start: 0, end: text.length }, ranges);
        expect(segs.map((s) => s.text).join('')).toBe(text);
      }),
    );
  });
});

describe('findTermRanges', () => {
  it('finds whole words and word beginnings in any case', () => {
    const text = 'The Convention and the conventions; reconvene.';
    const ranges = findTermRanges(text, ['convention']);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Convention', 'conventions']);
  });
});
