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
};

/**
 * Ticks that adapt to the zoom: decades or years across the whole corpus, months when zoomed
 * in, days at the deepest zoom. About one tick per `spacing` pixels, so labels never collide.
 */
export function axisTicks(scale: ScaleTime<number, number>, spacing = 80): AxisTick[] {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  // d3 treats the count as a hint and can return more; ask for fewer until they fit.
  let ticks = scale.ticks(count);
  for (let c = count - 1; ticks.length > count && c >= 1; c--) ticks = scale.ticks(c);
  if (ticks.length < 2) return ticks.map((t) => ({ x: scale(t), label: formats.dayMonth(t), major: true }));
  const step = ticks[1]!.getTime() - ticks[0]!.getTime();
  const DAY = 864e5;
  return ticks.map((t) => {
    const x = scale(t);
    if (step >= 360 * DAY) return { x, label: formats.year(t), major: utcYear.floor(t).getTime() === t.getTime() && t.getUTCFullYear() % 10 === 0 };
    if (step >= 28 * DAY) {
      const newYear = utcYear.floor(t).getTime() === t.getTime();
      return { x, label: newYear ? formats.year(t) : formats.month(t), major: newYear };
    }
    const newMonth = utcMonth.floor(t).getTime() === t.getTime();
    const newYear = utcYear.floor(t).getTime() === t.getTime();
    if (newYear) return { x, label: formats.monthYear(t), major: true };
    return { x, label: newMonth ? formats.dayMonth(t) : formats.day(t), major: newMonth && utcDay.floor(t).getTime() === t.getTime() };
  });
}
