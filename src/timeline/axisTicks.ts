import type { ScaleTime } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import { utcDay, utcMonth, utcYear } from 'd3-time';

/** A tick on the time axis. */
export interface AxisTick {
  x: number;
  label: string;
  /** A tick at a coarser boundary (a new year on a month axis), drawn stronger. */
  major: boolean;
}

const formats = {
  decade: utcFormat('%Y'),
  year: utcFormat('%Y'),
  month: utcFormat('%b'),
  monthYear: utcFormat('%b %Y'),
  day: utcFormat('%-d'),
  dayMonth: utcFormat('%-d %b'),
  dayMonthYear: utcFormat('%-d %b %Y'),
};

/**
 * The ticks of the largest count hint (at most `count`) for which d3 returns no more than
 * `count` ticks: d3 treats the hint loosely and can return more. Fewer hints give coarser
 * intervals, so the tick count only grows with the hint and a binary search finds it in a few
 * calls, where stepping the hint down one by one generated up to `count` tick arrays a frame.
 */
export function ticksThatFit(scale: ScaleTime<number, number>, count: number): Date[] {
  const first = scale.ticks(count);
  if (first.length <= count) return first;
  // Invariant: hint `lo` fits (or is 1, the last resort), hint `hi` does not.
  let lo = 1;
  let hi = count;
  let best: Date[] | undefined;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const ticks = scale.ticks(mid);
    if (ticks.length <= count) {
      lo = mid;
      best = ticks;
    } else hi = mid;
  }
  return best ?? scale.ticks(lo);
}

/**
 * Ticks that adapt to the zoom: decades or years across the whole corpus, months when zoomed
 * in, days at the deepest zoom. About one tick per `spacing` pixels, so labels never collide.
 */
export function axisTicks(scale: ScaleTime<number, number>, spacing = 80): AxisTick[] {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  let ticks = ticksThatFit(scale, count);
  // Dates are known to the day at best, so a window of a few days is marked by its days, not
  // by hours whose labels would repeat the same day number.
  if (ticks.length >= 2 && ticks[1]!.getTime() - ticks[0]!.getTime() < 864e5) ticks = scale.ticks(utcDay.every(1)!);
  if (ticks.length < 2) return ticks.map((t) => ({ x: scale(t), label: formats.dayMonth(t), major: true }));
  const step = ticks[1]!.getTime() - ticks[0]!.getTime();
  const DAY = 864e5;
  return ticks.map((t, i) => {
    const x = scale(t);
    if (step >= 360 * DAY)
      return { x, label: formats.year(t), major: utcYear.floor(t).getTime() === t.getTime() && t.getUTCFullYear() % 10 === 0 };
    if (step >= 28 * DAY) {
      const newYear = utcYear.floor(t).getTime() === t.getTime();
      return { x, label: newYear ? formats.year(t) : formats.month(t), major: newYear };
    }
    const newMonth = utcMonth.floor(t).getTime() === t.getTime();
    const newYear = utcYear.floor(t).getTime() === t.getTime();
    if (newYear) return { x, label: formats.monthYear(t), major: true };
    // Weekly ticks seldom fall on the 1st, so the first tick, and the first of each new month or
    // year, names its month (and year): a bare "12" would not say which month it is in.
    const before = i > 0 ? ticks[i - 1]! : undefined;
    if (!before || before.getUTCFullYear() !== t.getUTCFullYear()) return { x, label: formats.dayMonthYear(t), major: newMonth };
    if (before.getUTCMonth() !== t.getUTCMonth()) return { x, label: formats.dayMonth(t), major: newMonth };
    return { x, label: formats.day(t), major: false };
  });
}
