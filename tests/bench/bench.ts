// The rendering bench: generates synthetic bundles of 1,000, 10,000 and 100,000 events, serves
// the built app with each, drives it in headless Chromium and prints medians of first draw,
// zoom frame times, filter and search latency, JS heap and transfer sizes.
//
//   npm run bench                      # builds, then runs every size
//   npm run bench -- --sizes 1000,10000 --reps 3 --budget 300
//
// Options: --sizes (comma-separated event counts), --reps (timing repetitions, default 5),
// --heap-reps (default 3), --budget (seconds per size, default 480), --seed (default 1),
// --keep (leave the temporary folder with the bundles), --merge-sizes (the merging bench's
// corpus sizes, default 10000,100000; empty to skip). Progress goes to stderr; the table
// and one JSON line per size go to stdout.
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { generateBundle } from '../../src/synthetic/generateBundle';
import { writeSplitBundleFiles } from '../../src/cli/writeBundle';
import { launchBrowser } from '../e2e/browser';
import { startStaticServer } from '../e2e/staticServer';
import { deadlineIn, launchHeapBrowser, measureHeap, measureInteractions, type InteractionSample } from './measure';
import { formatTable, jsonLine, type SizeReport } from './report';
import { parseBenchArgs, SEARCH_DEBOUNCE_MS, type BenchOptions } from './options';
import { rankSearchWords } from './searchWord';
import { median } from './stats';
import { withTimeout } from './timeout';
import { runMergeBench } from './merge/mergeBench';

/** Share of a size's budget for the timing repetitions; the rest is kept for the heap. */
const TIMING_SHARE = 0.7;
import { assetsGzippedSize, writeGzipped } from './transfer';

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const ms = (v: number | null) => (v === null ? 'null' : `${v.toFixed(0)} ms`);

/** Generates, serves and measures one size; never throws for a slow or broken page. */
async function benchSize(
  n: number,
  o: BenchOptions,
  root: string,
  browsers: { timing: Browser; heap: Browser },
  jsGzipBytes: number,
): Promise<SizeReport> {
  const notes: string[] = [];
  const dir = join(root, `n${n}`);
  await cp('dist', dir, { recursive: true });
  const file = join(dir, 'data', 'bundle.json');
  const t0 = performance.now();
  let bundle: ReturnType<typeof generateBundle> | undefined = generateBundle({ events: n, seed: o.seed });
  const t1 = performance.now();
  // Split, as a large corpus should be deployed: the page draws from the bundle file and reads
  // an article's body file only when it is opened or searched.
  const written = await writeSplitBundleFiles(bundle, file);
  const bytes = written.indexBytes;
  const t2 = performance.now();
  const ranked = rankSearchWords(bundle);
  const search = ranked[0] ?? { word: 'memorandum', documentShare: 0 };
  const second = ranked[1] ?? search;
  log(
    `n=${n}: ${bundle.documents.length} documents, ${bundle.mentions.length} mentions, ${(bytes / 1e6).toFixed(1)} MB to draw from, ${(written.totalBytes / 1e6).toFixed(1)} MB with ${written.files.length - 1} body files; ` +
      `generated in ${((t1 - t0) / 1000).toFixed(1)} s, written in ${((t2 - t1) / 1000).toFixed(1)} s; search words "${search.word}" (${(search.documentShare * 100).toFixed(0)}% of documents), "${second.word}" (${(second.documentShare * 100).toFixed(0)}%)`,
  );
  notes.push(
    `generated in ${((t1 - t0) / 1000).toFixed(1)} s; search words "${search.word}" (${(search.documentShare * 100).toFixed(0)}% of documents), "${second.word}" (${(second.documentShare * 100).toFixed(0)}%)`,
  );
  // Let the bundle go before the browser needs the memory.
  bundle = undefined; // eslint-disable-line no-useless-assignment -- the reference is dropped for the collector, not read again
  // The bundle is served compressed, as any real deployment serves JSON.
  const dataGzipBytes = await writeGzipped(file);
  for (const f of written.files.slice(1)) await writeGzipped(f);
  const { url, server } = await startStaticServer({ root: dir });

  const budgetMs = o.budgetSeconds * 1000;
  const sizeDeadline = deadlineIn(budgetMs);
  const timingDeadline = deadlineIn(o.heapReps > 0 ? budgetMs * TIMING_SHARE : budgetMs);
  const samples: InteractionSample[] = [];
  const pageErrors = new Set<string>();
  // The same note from several runs is printed once, with the runs it came from.
  const runNotes = new Map<string, number[]>();
  try {
    for (let rep = 0; rep < o.reps && timingDeadline.remaining() > 5_000; rep++) {
      const s = await measureInteractions(browsers.timing, url, [search.word, second.word], timingDeadline);
      samples.push(s);
      for (const e of s.pageErrors) pageErrors.add(e);
      for (const note of s.notes) runNotes.set(note, [...(runNotes.get(note) ?? []), rep + 1]);
      log(
        `n=${n} run ${rep + 1}: first draw ${ms(s.firstDrawMs)}, zoom p50 ${ms(s.zoomP50Ms)} p95 ${ms(s.zoomP95Ms)} (${s.zoomFrames} frames), ` +
          `filter ${ms(s.filterMs)}, search ${ms(s.searchRawMs)} raw, second search ${ms(s.searchWarmRawMs)} raw${s.notes.length ? ` — ${s.notes.join('; ')}` : ''}`,
      );
      // A size whose first draw does not finish will not finish the next time either.
      if (s.firstDrawMs === null) break;
    }
    for (const [note, runs] of runNotes) notes.push(`${runs.length > 1 ? 'runs' : 'run'} ${runs.join(',')}: ${note}`);
    if (samples.length < o.reps) notes.push(`${samples.length} of ${o.reps} timing runs fitted in the ${o.budgetSeconds} s budget`);
    const heaps: number[] = [];
    for (let rep = 0; rep < o.heapReps && sizeDeadline.remaining() > 5_000; rep++) {
      const h = await measureHeap(browsers.heap, url, sizeDeadline);
      log(`n=${n} heap ${rep + 1}: ${h.bytes === null ? h.note : `${(h.bytes / 2 ** 20).toFixed(1)} MiB`}`);
      if (h.bytes === null) {
        notes.push(h.note ?? 'heap: no value');
        break;
      }
      heaps.push(h.bytes);
    }
    if (pageErrors.size) notes.push(`page errors: ${[...pageErrors].slice(0, 3).join(' | ')}`);
    const searchRaw = median(samples.map((s) => s.searchRawMs));
    const searchWarmRaw = median(samples.map((s) => s.searchWarmRawMs));
    const heapBytes = median(heaps);
    const count = (pick: (s: InteractionSample) => number | null) => samples.filter((s) => pick(s) !== null).length;
    return {
      n,
      firstDrawMs: median(samples.map((s) => s.firstDrawMs)),
      zoomP50Ms: median(samples.map((s) => s.zoomP50Ms)),
      zoomP95Ms: median(samples.map((s) => s.zoomP95Ms)),
      filterMs: median(samples.map((s) => s.filterMs)),
      searchMs: searchRaw === null ? null : searchRaw - SEARCH_DEBOUNCE_MS,
      heapMB: heapBytes === null ? null : heapBytes / 2 ** 20,
      jsGzipKB: jsGzipBytes / 1024,
      dataGzipKB: dataGzipBytes / 1024,
      searchRawMs: searchRaw,
      searchWarmMs: searchWarmRaw === null ? null : searchWarmRaw - SEARCH_DEBOUNCE_MS,
      bundleMB: bytes / 1e6,
      samples: {
        firstDraw: count((s) => s.firstDrawMs),
        zoom: count((s) => s.zoomP50Ms),
        filter: count((s) => s.filterMs),
        search: count((s) => s.searchRawMs),
        heap: heaps.length,
      },
      notes,
    };
  } finally {
    // Chromium keeps connections alive; close them or server.close() would wait for them.
    const closed = new Promise<void>((done) => server.close(() => done()));
    server.closeAllConnections();
    await closed;
  }
}

/** Runs the bench and prints the table and the JSON lines; returns the process exit code. */
async function main(): Promise<number> {
  let o: BenchOptions;
  try {
    o = parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    log((e as Error).message);
    return 2;
  }
  const distOk = await stat('dist/index.html').then(
    () => true,
    () => false,
  );
  if (!distOk) {
    log('dist/index.html is missing: run "npm run build" first (npm run bench does).');
    return 2;
  }
  const reports: SizeReport[] = [];
  const print = () => {
    process.stdout.write(`\n${formatTable(reports, { timing: o.reps, heap: o.heapReps })}\n\n`);
    for (const r of reports) process.stdout.write(`${jsonLine(r)}\n`);
    const notes = reports.flatMap((r) => r.notes.map((note) => `  n=${r.n}: ${note}`));
    if (notes.length) process.stdout.write(`\nNotes:\n${notes.join('\n')}\n`);
  };
  // Whatever happens, the bench stops: each size has its budget, plus time to generate and load.
  const watchdog = setTimeout(
    () => {
      log('the whole-bench time limit ran out; printing what was measured');
      print();
      process.exit(3);
    },
    o.sizes.length * (o.budgetSeconds + 180) * 1000,
  );

  const root = await mkdtemp(join(tmpdir(), 'dushanbe-bench-'));
  log(`temporary folder ${root}; ${cpus().length} CPUs; Node ${process.version}`);
  const jsGzipBytes = await assetsGzippedSize('dist/assets');
  const timing = await launchBrowser();
  const heap = await launchHeapBrowser();
  log(`Chromium ${timing.version()}`);
  try {
    for (const n of o.sizes) {
      try {
        reports.push(await benchSize(n, o, root, { timing, heap }, jsGzipBytes));
      } catch (e) {
        log(`n=${n} failed: ${(e as Error).stack ?? e}`);
        reports.push({
          n,
          firstDrawMs: null,
          zoomP50Ms: null,
          zoomP95Ms: null,
          filterMs: null,
          searchMs: null,
          heapMB: null,
          jsGzipKB: jsGzipBytes / 1024,
          dataGzipKB: null,
          searchRawMs: null,
          searchWarmMs: null,
          bundleMB: null,
          samples: { firstDraw: 0, zoom: 0, filter: 0, search: 0, heap: 0 },
          notes: [`failed: ${(e as Error).message}`],
        });
      }
      // The bundle copies are large; drop each once measured unless asked to keep them.
      if (!o.keep) await rm(join(root, `n${n}`), { recursive: true, force: true });
    }
  } finally {
    await withTimeout('close browsers', 30_000, () => Promise.all([timing.close(), heap.close()]));
    if (!o.keep) await rm(root, { recursive: true, force: true });
    else log(`kept ${root}`);
    clearTimeout(watchdog);
  }
  print();
  if (o.mergeSizes.length) await runMergeBench(o.mergeSizes, Math.max(o.reps, 5), o.seed);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(`failed: ${(e as Error)?.stack ?? e}`);
    process.exit(1);
  },
);
