import { performance } from 'node:perf_hooks';
import { generateBundle } from './generateBundle';
import { writeBundleFile, writeSplitBundleFiles } from '../cli/writeBundle';

/** The command line's options. */
export interface CliOptions {
  events: number;
  seed: number;
  out: string;
  /** Write the texts and mentions to body files beside the bundle, as a large corpus is best served. */
  split: boolean;
}

const USAGE = 'usage: npm run generate:data -- --events 10000 [--seed 1] [--split] --out <file.json>';

/** Reads `--events N --seed S [--split] --out FILE` (also `--name=value`); throws with the usage on anything else. */
export function parseCliArgs(argv: string[]): CliOptions {
  const values = new Map<string, string>();
  let split = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--split') {
      split = true;
      continue;
    }
    const m = /^--(events|seed|out)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${m[1]} needs a value\n${USAGE}`);
    values.set(m[1]!, value);
  }
  const events = Number(values.get('events'));
  const seed = Number(values.get('seed') ?? '1');
  const out = values.get('out');
  if (!Number.isInteger(events) || events < 0) throw new Error(`--events must be a whole number\n${USAGE}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number\n${USAGE}`);
  if (!out) throw new Error(`--out is required\n${USAGE}`);
  return { events, seed, out, split };
}

/** Generates a bundle and writes it, reporting its size and how long each step took on stderr. */
async function main() {
  let options: CliOptions;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const t0 = performance.now();
  const bundle = generateBundle({ events: options.events, seed: options.seed });
  const t1 = performance.now();
  const bytes = options.split ? (await writeSplitBundleFiles(bundle, options.out)).totalBytes : await writeBundleFile(bundle, options.out);
  const t2 = performance.now();
  process.stderr.write(
    `${options.out}: ${bundle.events.length} events, ${bundle.documents.length} documents, ${bundle.mentions.length} mentions, ` +
      `${(bytes / 1e6).toFixed(1)} MB; generated in ${((t1 - t0) / 1000).toFixed(1)} s, written in ${((t2 - t1) / 1000).toFixed(1)} s\n`,
  );
}

// Run only as a script, so a test can import parseCliArgs.
if (process.argv[1] && /cli\.[cm]?[jt]s$/.test(process.argv[1])) void main();
