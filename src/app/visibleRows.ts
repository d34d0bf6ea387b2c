/** The rows of a fixed-height list to render: from `first` (inclusive) to `last` (exclusive). */
export interface RowRange {
  first: number;
  last: number;
}

/**
 * Which rows of a list of `count` rows, each `rowHeight` pixels tall, a viewport of `height`
 * pixels scrolled to `scrollTop` shows, with `overscan` rows more on either side so a quick
 * scroll does not show a gap before the next render. Fixed heights make this arithmetic, with
 * no measuring of rows after they are drawn.
 */
export function visibleRows(count: number, rowHeight: number, scrollTop: number, height: number, overscan: number): RowRange {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(count, Math.max(0, Math.floor(top / rowHeight) - overscan));
  const last = Math.min(count, Math.ceil((top + Math.max(0, height)) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}
