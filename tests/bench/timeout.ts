/** What a step gave: its value, or a note saying it ran out of time or failed. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; note: string };

/**
 * Runs a step with a time limit. A step that overruns is abandoned, not awaited: the caller
 * closes the page it was using, so one slow measurement cannot hang the whole bench.
 */
export async function withTimeout<T>(label: string, ms: number, step: () => Promise<T>): Promise<Outcome<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, note: `${label}: timed out after ${Math.round(ms / 1000)} s` }), Math.max(0, ms));
  });
  const run = step().then(
    (value): Outcome<T> => ({ ok: true, value }),
    (e: unknown): Outcome<T> => ({ ok: false, note: `${label}: ${(e as Error)?.message?.split('\n')[0] ?? String(e)}` }),
  );
  try {
    return await Promise.race([run, limit]);
  } finally {
    clearTimeout(timer);
  }
}
