import { describe, expect, it } from 'vitest';
import { densityLabelRows, densityNote } from '../../src/timeline/drawLive';
import type { DensityModel } from '../../src/timeline/densityModel';

describe('densityNote', () => {
  it('groups the digits of the count the English way', () => {
    expect(densityNote(100000)).toBe('100,000 events in this window, drawn as density. Zoom in to see each event.');
    expect(densityNote(401)).toMatch(/^401 events in this window/);
  });
});

describe('densityLabelRows', () => {
  it('gives one label row per density lane, at the lane’s top', () => {
    const model: DensityModel = {
      lanes: [
        { group: 'kz', label: 'Kazakhstan', y: 0, counts: new Uint32Array(2), total: 3 },
        { group: '__other__', label: '4 more', y: 24, counts: new Uint32Array(2), total: 9 },
      ],
      binCount: 2,
      maxCount: 3,
      height: 48,
    };
    expect(densityLabelRows(model)).toEqual([
      { group: 'kz', label: 'Kazakhstan', y: 0 },
      { group: '__other__', label: '4 more', y: 24 },
    ]);
  });
});
