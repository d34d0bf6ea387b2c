/** The bench's options. */
export interface BenchOptions {
  sizes: number[];
  reps: number;
  heapReps: number;
  budgetSeconds: number;
  seed: number;
  keep: boolean;
  /** Corpus sizes for the merging bench run after the others; empty to skip it. */
  mergeSizes: number[];
}

/** The app's search debounce, subtracted from the raw search time. */
export { SEARCH_DEBOUNCE_MS } from '../../src/schedule/policies';

/** Reads the command line; unknown flags are an error so a typo does not silently run the full bench. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const o: BenchOptions = {
    sizes: [1_000, 10_000, 100_000],
    reps: 5,
    heapReps: 3,
    budgetSeconds: 480,
    seed: 1,
    keep: false,
    mergeSizes: [10_000, 100_000],
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    const int = (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, not "${v}"`);
      return n;
    };
    if (flag === '--sizes') o.sizes = value().split(',').filter(Boolean).map(int);
    else if (flag === '--reps') o.reps = int(value());
    else if (flag === '--heap-reps') o.heapReps = int(value());
    else if (flag === '--budget') o.budgetSeconds = int(value());
    else if (flag === '--seed') o.seed = int(value());
    else if (flag === '--keep') o.keep = true;
    else if (flag === '--merge-sizes') o.mergeSizes = value().split(',').filter(Boolean).map(int);
    else throw new Error(`unknown option ${flag}`);
  }
  return o;
}
