import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './options';
import { formatTable, jsonLine, type SizeReport } from './report';
import { rankSearchWords } from './searchWord';
import { deltas, median, quantile } from './stats';
import { withTimeout } from './timeout';

const report: SizeReport = {
  n: 1000,
  firstDrawMs: 812.34,
  zoomP50Ms: 16.7,
  zoomP95Ms: 33.3,
  filterMs: 45,
  searchMs: 70,
  heapMB: 35.21,
  jsGzipKB: 210,
  dataGzipKB: 812,
  searchRawMs: 320,
  searchWarmMs: 40,
  bundleMB: 5.2,
  samples: { firstDraw: 5, zoom: 5, filter: 5, search: 4, heap: 3 },
  notes: [],
};

describe('bench helpers', () => {
  it('computes quantiles, medians that skip missing values, and frame deltas', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
    expect(median([null, 4, undefined, 2])).toBe(3);
    expect(median([null])).toBeNull();
    expect(deltas([0, 16, 40])).toEqual([16, 24]);
  });

  it('prints the agreed keys first in the JSON line, rounded, and a null as null', () => {
    const line = JSON.parse(jsonLine({ ...report, heapMB: null }));
    expect(Object.keys(line).slice(0, 9)).toEqual([
      'n',
      'firstDrawMs',
      'zoomP50Ms',
      'zoomP95Ms',
      'filterMs',
      'searchMs',
      'heapMB',
      'jsGzipKB',
      'dataGzipKB',
    ]);
    expect(line.firstDrawMs).toBe(812.3);
    expect(line.heapMB).toBeNull();
    expect(formatTable([report], { timing: 5, heap: 3 })).toMatch(/1000 +812\.3/);
  });

  it('reads its options and rejects unknown ones', () => {
    expect(parseBenchArgs([]).sizes).toEqual([1000, 10000, 100000]);
    expect(parseBenchArgs(['--sizes', '1000,5000', '--reps=2', '--keep'])).toMatchObject({ sizes: [1000, 5000], reps: 2, keep: true });
    // The merging bench runs at 10,000 and 100,000 events unless told otherwise; an empty list skips it.
    expect(parseBenchArgs([]).mergeSizes).toEqual([10000, 100000]);
    expect(parseBenchArgs(['--merge-sizes', '']).mergeSizes).toEqual([]);
    expect(parseBenchArgs(['--merge-sizes=5000']).mergeSizes).toEqual([5000]);
    expect(() => parseBenchArgs(['--size', '1'])).toThrow(/unknown option/);
  });

  it('picks a search word from the documents that is neither everywhere nor nowhere', () => {
    const documents = Array.from({ length: 10 }, (_, i) => ({ text: i < 2 ? 'A plenary session.' : 'A memorandum was signed.' })) as never;
    expect(rankSearchWords({ documents }, 0.2)).toEqual([
      { word: 'plenary', documentShare: 0.2 },
      { word: 'memorandum', documentShare: 0.8 },
    ]);
  });

  it('gives up on a step that overruns, and reports a step that fails', async () => {
    expect(await withTimeout('slow', 10, () => new Promise(() => {}))).toEqual({ ok: false, note: 'slow: timed out after 0 s' });
    expect(await withTimeout('bad', 1000, () => Promise.reject(new Error('boom')))).toEqual({ ok: false, note: 'bad: boom' });
    expect(await withTimeout('fine', 1000, async () => 7)).toEqual({ ok: true, value: 7 });
  });
});
