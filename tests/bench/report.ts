import { round1 } from './stats';

/** The medians and sizes for one bundle size, as the table and the JSON line print them. */
export interface SizeReport {
  n: number;
  firstDrawMs: number | null;
  zoomP50Ms: number | null;
  zoomP95Ms: number | null;
  filterMs: number | null;
  /** From the moment the search debounce fires: the raw time minus 250 ms. */
  searchMs: number | null;
  heapMB: number | null;
  jsGzipKB: number | null;
  /** The bundle file the page draws from, gzipped; the body files are read later. */
  dataGzipKB: number | null;
  /** From the last keystroke, including the debounce. */
  searchRawMs: number | null;
  /** A second search on the same page (its index already built), minus the debounce. */
  searchWarmMs: number | null;
  /** The bundle file the page draws from, uncompressed (split: without the texts). */
  bundleMB: number | null;
  /** How many repetitions gave each number: first draw, zoom, filter, search, heap. */
  samples: { firstDraw: number; zoom: number; filter: number; search: number; heap: number };
  notes: string[];
}

/** The one-line JSON record of a size: the agreed keys first, then the extras. */
export function jsonLine(r: SizeReport): string {
  return JSON.stringify({
    n: r.n,
    firstDrawMs: round1(r.firstDrawMs),
    zoomP50Ms: round1(r.zoomP50Ms),
    zoomP95Ms: round1(r.zoomP95Ms),
    filterMs: round1(r.filterMs),
    searchMs: round1(r.searchMs),
    heapMB: round1(r.heapMB),
    jsGzipKB: round1(r.jsGzipKB),
    dataGzipKB: round1(r.dataGzipKB),
    searchRawMs: round1(r.searchRawMs),
    searchWarmMs: round1(r.searchWarmMs),
    bundleMB: round1(r.bundleMB),
    samples: r.samples,
    notes: r.notes,
  });
}

const cell = (v: number | null, digits = 1) => (v === null ? 'null' : v.toFixed(digits));

/** A plain-text table of the reports, one row per size, with a header that says what each column means. */
export function formatTable(reports: SizeReport[], repetitions: { timing: number; heap: number }): string {
  const head = [
    'events',
    'first draw',
    'zoom p50',
    'zoom p95',
    'filter',
    'search raw',
    'search −250',
    '2nd search −250',
    'heap MiB',
    'JS+CSS gz KiB',
    'bundle gz KiB',
    'bundle MB (no texts)',
    'samples d/z/f/s/h',
  ];
  const rows = reports.map((r) => [
    String(r.n),
    cell(r.firstDrawMs),
    cell(r.zoomP50Ms),
    cell(r.zoomP95Ms),
    cell(r.filterMs),
    cell(r.searchRawMs),
    cell(r.searchMs),
    cell(r.searchWarmMs),
    cell(r.heapMB),
    cell(r.jsGzipKB),
    cell(r.dataGzipKB),
    cell(r.bundleMB),
    `${r.samples.firstDraw}/${r.samples.zoom}/${r.samples.filter}/${r.samples.search}/${r.samples.heap}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    `Medians of up to ${repetitions.timing} repetitions (heap: ${repetitions.heap}), each on a fresh page; times in ms.`,
    'first draw: navigation start → end of the first frame with a timeline mark (SVG g.mark or canvas).',
    'zoom: frame durations (rAF timestamps) while 60 wheel steps go out one per 16.7 ms frame, 30 in then 30 out.',
    'filter: click on the first Topics checkbox → end of the frame showing the new event count (once settled for 1 s).',
    'search: last keystroke → end of the frame showing the new count ("raw"), and the same minus the app\'s 250 ms',
    'debounce ("−250"), i.e. from when the debounce fires; the first search on a fresh page, then a second word.',
    'heap: usedJSHeapSize after load and two forced GCs. gz: gzip -6 of dist/assets *.js+*.css and of the bundle.',
    'null: timed out or failed (see notes).',
    '',
    line(head),
    line(head.map((_, i) => '-'.repeat(widths[i]!))),
    ...rows.map(line),
  ].join('\n');
}
