// @vitest-environment jsdom
// drawAxis keeps real SVG nodes between draws, so this test needs a DOM.
import { describe, expect, it } from 'vitest';
import { diffTicks, drawAxis, drawnTicks, tickAnchor } from '../../src/timeline/drawAxis';

const tick = (x: number, label: string, major = false) => ({ x, label, major, anchor: tickAnchor(x, 1000) });

describe('diffTicks', () => {
  it('changes nothing when the ticks are the same', () => {
    const ticks = [tick(100, '2019'), tick(300, '2020', true)];
    expect(
      diffTicks(
        ticks,
        ticks.map((t) => ({ ...t })),
      ),
    ).toEqual([]);
  });

  it('moves ticks without relabelling them when only their positions changed', () => {
    const prev = [tick(100, '2019'), tick(300, '2020', true)];
    const next = [tick(110, '2019'), tick(330, '2020', true)];
    expect(diffTicks(prev, next)).toEqual([
      { index: 0, create: false, x: 110 },
      { index: 1, create: false, x: 330 },
    ]);
  });

  it('relabels only the tick whose label changed, and creates the ticks past the old end', () => {
    const prev = [tick(100, '2019'), tick(300, '2020')];
    const next = [tick(100, '2019'), tick(300, 'Jul', true), tick(500, '2021')];
    expect(diffTicks(prev, next)).toEqual([
      { index: 1, create: false, label: 'Jul', major: true },
      { index: 2, create: true, x: 500, label: '2021', major: false, anchor: 'middle' },
    ]);
  });

  it('anchors labels near the edges inside the plot', () => {
    expect(tickAnchor(5, 1000)).toBe('start');
    expect(tickAnchor(500, 1000)).toBe('middle');
    expect(tickAnchor(990, 1000)).toBe('end');
  });
});

describe('drawAxis', () => {
  const axisGroup = () => document.createElementNS('http://www.w3.org/2000/svg', 'g');
  const labels = (g: SVGGElement) => [...g.querySelectorAll('text')].map((t) => t.textContent);

  it('draws the ticks, then reuses their nodes when they move, and removes the extra ones', () => {
    const g = axisGroup();
    drawAxis(
      g,
      [
        { x: 10, label: '2019', major: false },
        { x: 300, label: '2020', major: true },
        { x: 600, label: '2021', major: false },
      ],
      100,
      1000,
    );
    expect(labels(g)).toEqual(['2019', '2020', '2021']);
    expect(g.children[1]!.getAttribute('class')).toBe('tick tick-major');
    expect(g.querySelector('text')!.getAttribute('text-anchor')).toBe('start');
    const first = g.children[0]!;
    const firstText = first.querySelector('text')!.firstChild;
    drawAxis(
      g,
      [
        { x: 40, label: '2019', major: false },
        { x: 350, label: '2020', major: true },
      ],
      120,
      1000,
    );
    expect(g.children).toHaveLength(2);
    expect(g.children[0]).toBe(first);
    // The label did not change, so its text node is the very same one.
    expect(first.querySelector('text')!.firstChild).toBe(firstText);
    expect(first.getAttribute('transform')).toBe('translate(40,0)');
    expect(first.querySelector('text')!.getAttribute('text-anchor')).toBe('middle');
    expect(first.querySelector('line')!.getAttribute('y2')).toBe('142');
  });

  it('drawnTicks gives each tick its anchor', () => {
    expect(drawnTicks([{ x: 995, label: 'Dec', major: false }], 1000)).toEqual([{ x: 995, label: 'Dec', major: false, anchor: 'end' }]);
  });
});
