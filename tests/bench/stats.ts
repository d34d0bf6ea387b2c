/** The q-quantile (0..1) of some numbers by linear interpolation, or null for none. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The median of the numbers that were measured, ignoring the repetitions that gave none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  return quantile(
    values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)),
    0.5,
  );
}

/** The differences between consecutive timestamps: frame durations from rAF callback times. */
export function deltas(times: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < times.length; i++) out.push(times[i]! - times[i - 1]!);
  return out;
}

/** A number rounded to one decimal for the JSON lines, or null. */
export const round1 = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 10) / 10 : null;
