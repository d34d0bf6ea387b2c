import type { AxisTick } from './axisTicks';

/** Props of the time axis. */
export interface TimelineAxisProps {
  ticks: AxisTick[];
  /** Height of the plot below the axis, for the grid lines. */
  height: number;
  /** Width of the plot, to keep edge labels inside it. */
  width: number;
}

/** Tick labels along the top and faint grid lines down through the lanes. */
export function TimelineAxis({ ticks, height, width }: TimelineAxisProps) {
  return (
    <g className="axis" aria-hidden="true">
      {ticks.map((t) => (
        <g key={`${t.x}-${t.label}`} transform={`translate(${t.x},0)`} className={t.major ? 'tick tick-major' : 'tick'}>
          <line y1={22} y2={22 + height} />
          <text y={14} textAnchor={t.x < 22 ? 'start' : t.x > width - 22 ? 'end' : 'middle'}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}
