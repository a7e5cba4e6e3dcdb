import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { chartColors } from '@/charts/chart-theme';
import type { PhaseBand } from './to-chart-points';

type TimelineGridProps = {
  readonly bands: readonly PhaseBand[];
  readonly laneCount: number;
  /** Where the axis jumps (the whole-story view's cut between 2016 and 2023). */
  readonly breaks: readonly number[];
};

/**
 * The phase bands (every other one shaded), the lines between lanes and the
 * axis breaks, placed with the chart's own axis scales. Drawn here rather than
 * as ReferenceArea and ReferenceLine: each of those registers with Recharts'
 * store on mount, and a dozen of them made the chart's first render one
 * long task (about 50 ms more of main-thread time on a 4x-slowed CPU).
 */
export function TimelineGrid({ bands, laneCount, breaks }: TimelineGridProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!xScale || !yScale || !area) return null;
  const bottom = area.y + area.height;
  return (
    <g aria-hidden="true">
      {bands.map((band) => {
        const left = xScale(band.x1);
        const right = xScale(band.x2);
        if (band.number % 2 === 0 || left === undefined || right === undefined) return null;
        return (
          <rect key={band.id} x={left} y={area.y} width={Math.max(0, right - left)} height={area.height} fill={chartColors.phaseFill} />
        );
      })}
      {Array.from({ length: laneCount - 1 }, (_, index) => {
        const y = yScale(index + 1);
        return y === undefined ? null : (
          <line key={index} x1={area.x} x2={area.x + area.width} y1={y} y2={y} stroke={chartColors.grid} />
        );
      })}
      {breaks.map((units) => {
        const x = xScale(units);
        return x === undefined ? null : (
          <line key={units} x1={x} x2={x} y1={area.y} y2={bottom} stroke={chartColors.muted} strokeDasharray="3 4" />
        );
      })}
    </g>
  );
}
