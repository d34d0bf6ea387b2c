import type { AxisTick } from './axisTicks';

/** A tick as it is drawn: its position, label, weight and label anchor. */
export interface DrawnTick {
  x: number;
  label: string;
  major: boolean;
  anchor: 'start' | 'middle' | 'end';
}

/** What to change on the drawn tick at `index`: only the fields whose values differ, all of them for a new tick. */
export interface TickChange {
  index: number;
  create: boolean;
  x?: number;
  label?: string;
  major?: boolean;
  anchor?: DrawnTick['anchor'];
}

/** The label anchor that keeps a tick's label inside a plot `width` pixels wide. */
export function tickAnchor(x: number, width: number): DrawnTick['anchor'] {
  return x < 22 ? 'start' : x > width - 22 ? 'end' : 'middle';
}

/** The ticks as they will be drawn in a plot `width` pixels wide. */
export function drawnTicks(ticks: AxisTick[], width: number): DrawnTick[] {
  return ticks.map((t) => ({ x: t.x, label: t.label, major: t.major, anchor: tickAnchor(t.x, width) }));
}

/**
 * The changes that turn the drawn ticks `prev` into `next`, position by position: a zoom frame
 * moves every tick but rarely relabels one, so it rewrites positions and leaves the text nodes
 * alone. Ticks past the end of `next` are to be removed.
 */
export function diffTicks(prev: DrawnTick[], next: DrawnTick[]): TickChange[] {
  const changes: TickChange[] = [];
  next.forEach((t, index) => {
    const p = prev[index];
    if (!p) return changes.push({ index, create: true, x: t.x, label: t.label, major: t.major, anchor: t.anchor });
    const change: TickChange = { index, create: false };
    if (p.x !== t.x) change.x = t.x;
    if (p.label !== t.label) change.label = t.label;
    if (p.major !== t.major) change.major = t.major;
    if (p.anchor !== t.anchor) change.anchor = t.anchor;
    if (Object.keys(change).length > 2) changes.push(change);
  });
  return changes;
}

const SVG = 'http://www.w3.org/2000/svg';
/** What each axis group last drew, so the next draw only touches what changed. */
const drawn = new WeakMap<SVGGElement, { ticks: DrawnTick[]; height: number }>();

/** A tick's group: a grid line down through the lanes and a label on top. */
function makeTick(height: number): SVGGElement {
  const g = document.createElementNS(SVG, 'g');
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('y1', '22');
  line.setAttribute('y2', String(22 + height));
  const text = document.createElementNS(SVG, 'text');
  text.setAttribute('y', '14');
  g.append(line, text);
  return g;
}

/**
 * Draws the ticks into the axis group, reusing its tick nodes: React renders the group empty
 * and this fills it, both on a React render and on a zoom gesture's frames, so the two never
 * fight over the same nodes.
 */
export function drawAxis(axis: SVGGElement, ticks: AxisTick[], height: number, width: number) {
  const before = drawn.get(axis) ?? { ticks: [], height: -1 };
  const next = drawnTicks(ticks, width);
  const nodes = axis.children;
  for (const c of diffTicks(before.ticks, next)) {
    const g = c.create ? axis.appendChild(makeTick(height)) : (nodes[c.index] as SVGGElement);
    if (c.x !== undefined) g.setAttribute('transform', `translate(${c.x},0)`);
    if (c.major !== undefined) g.setAttribute('class', c.major ? 'tick tick-major' : 'tick');
    const text = g.lastElementChild!;
    if (c.anchor !== undefined) text.setAttribute('text-anchor', c.anchor);
    if (c.label !== undefined) text.textContent = c.label;
  }
  while (nodes.length > next.length) axis.lastElementChild!.remove();
  if (height !== before.height) for (const g of nodes) g.firstElementChild!.setAttribute('y2', String(22 + height));
  drawn.set(axis, { ticks: next, height });
}
