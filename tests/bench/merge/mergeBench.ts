// The merging bench (issue 18): builds mergeEntry.ts with Vite, serves it with the knowledge file
// and the gazetteer, and times in headless Chromium, on synthetic corpora:
// - the merge of a whole corpus, as build:data runs it (the ingest's mergeMeetings);
// - adding one article in the browser: its ingest and its merge into the corpus
//   (buildCollectionBundle), and the merge alone (mergeBundles).
//
//   npm run bench:merge -- [--sizes 10000,100000] [--reps 7]   (npm run bench runs it too, see --merge-sizes)
//
// Prints medians, and one JSON line per size.
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser } from '../../e2e/browser';
import { startStaticServer } from '../../e2e/staticServer';
import { median } from '../stats';
import type { MergeBenchInput, MergeBenchOutput } from './mergeEntry';

const log = (message: string) => process.stderr.write(`[merge bench] ${message}\n`);

/** The real reports added one at a time: reports of seed meetings from the annotated set. */
const ARTICLE_PREFIXES = ['d02_', 'd08_', 'd25_', 'c01_'];

/** Builds the page script into `dir`. */
async function buildEntry(dir: string): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: resolve(import.meta.dirname, 'mergeEntry.ts'), formats: ['iife'], name: 'mergeBench', fileName: () => 'merge.js' },
    },
  });
}

/** Runs the merging bench at each size with `reps` repetitions; prints a line and a JSON line per size. */
export async function runMergeBench(sizes: number[], reps: number, seed: number): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dushanbe-merge-bench-'));
  try {
    await buildEntry(dir);
    await copyFile('seeds/knowledge.json', join(dir, 'knowledge.json'));
    await copyFile('public/data/gazetteer.json', join(dir, 'gazetteer.json'));
    await writeFile(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><title>merge bench</title><script src="merge.js"></script>',
    );
    const evalDir = 'tests/fixtures/eval/articles';
    const names = await readdir(evalDir);
    const articles = await Promise.all(
      ARTICLE_PREFIXES.map(async (p) => {
        const name = names.find((n) => n.startsWith(p))!;
        return { id: name.replace(/\.txt$/, ''), text: await readFile(join(evalDir, name), 'utf8') };
      }),
    );
    const { url, server } = await startStaticServer({ root: dir });
    const browser = await launchBrowser();
    log(`Chromium ${browser.version()}`);
    try {
      for (const n of sizes) {
        const page = await browser.newPage();
        page.setDefaultTimeout(600_000);
        await page.goto(url);
        const input: MergeBenchInput = { events: n, seed, reps, articles, copies: 2 };
        // Source text, not a function: tsx's keepNames would wrap a function in a helper the page lacks.
        const out = (await page.evaluate(`window.__mergeBench(${JSON.stringify(input)})`)) as MergeBenchOutput;
        await page.close();
        const row = {
          n: out.corpusEvents,
          corpusMergeMs: median(out.corpusMergeMs),
          corpusMerges: out.corpusMerges,
          addOneMs: median(out.addOneMs),
          mergeOneMs: median(out.mergeOneMs),
          joined: `${out.joined}/${out.added}`,
          runs: {
            corpus: out.corpusMergeMs.map(Math.round),
            addOne: out.addOneMs.map(Math.round),
            mergeOne: out.mergeOneMs.map(Math.round),
          },
        };
        log(`n=${n}: ${JSON.stringify(row)}`);
        process.stdout.write(
          `n=${row.n}: whole-corpus merge ${row.corpusMergeMs?.toFixed(0)} ms (median of ${out.corpusMergeMs.length}, ${row.corpusMerges} merges); ` +
            `add one article ${row.addOneMs?.toFixed(0)} ms, of which the merge ${row.mergeOneMs?.toFixed(0)} ms (medians of ${reps}); ${row.joined} added reports joined an event\n`,
        );
        process.stdout.write(`${JSON.stringify(row)}\n`);
      }
    } finally {
      await browser.close();
      const closed = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await closed;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      reps: { type: 'string', default: '7' },
      seed: { type: 'string', default: '1' },
    },
  });
  await runMergeBench(values.sizes!.split(',').filter(Boolean).map(Number), Number(values.reps), Number(values.seed));
}

// Run as a command (npm run bench:merge), not when bench.ts imports it.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      log(`failed: ${(e as Error)?.stack ?? e}`);
      process.exit(1);
    },
  );
}
