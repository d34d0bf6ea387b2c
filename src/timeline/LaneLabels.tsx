import { useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { shortenLabel } from './timelineModel';

/** A lane's label and its top, in pixels below the axis. */
export interface LaneLabelRow {
  group: string;
  label: string;
  y: number;
}

/** Redraws the labels without a React render, for a zoom gesture's frames. */
export interface LaneLabelsHandle {
  draw: (rows: LaneLabelRow[]) => void;
}

/** Props of the lane labels. */
export interface LaneLabelsProps {
  rows: LaneLabelRow[];
  /** Offset of the lanes below the top of the SVG. */
  top: number;
  /** Longest label in characters before it is shortened. */
  maxChars: number;
  ref?: Ref<LaneLabelsHandle>;
}

const SVG = 'http://www.w3.org/2000/svg';

/** Writes one text node per row into the group, reusing the nodes it already holds. */
function drawLabels(g: SVGGElement, rows: LaneLabelRow[], top: number, maxChars: number) {
  const nodes = g.children;
  rows.forEach((row, i) => {
    const text = nodes[i] ?? g.appendChild(document.createElementNS(SVG, 'text'));
    const y = String(top + row.y + 16);
    const label = shortenLabel(row.label, maxChars);
    if (text.getAttribute('y') !== y) text.setAttribute('y', y);
    if (text.getAttribute('x') !== '8') text.setAttribute('x', '8');
    if (text.textContent !== label) text.textContent = label;
  });
  while (nodes.length > rows.length) g.lastElementChild!.remove();
}

/**
 * The lane labels in the gutter. React owns the group; its text nodes are written by
 * `drawLabels`, on a render and on a zoom gesture's frames alike.
 */
export function LaneLabels({ rows, top, maxChars, ref }: LaneLabelsProps) {
  const g = useRef<SVGGElement>(null);
  const props = useRef({ top, maxChars });
  props.current = { top, maxChars };
  useImperativeHandle(ref, () => ({ draw: (r) => g.current && drawLabels(g.current, r, props.current.top, props.current.maxChars) }), []);
  useLayoutEffect(() => {
    if (g.current) drawLabels(g.current, rows, top, maxChars);
  }, [rows, top, maxChars]);
  return <g ref={g} className="lane-labels" aria-hidden="true" />;
}
