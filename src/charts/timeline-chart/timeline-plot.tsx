import { memo, useMemo } from 'react';
import {
  Scatter,
  ScatterChart,
  XAxis,
  YAxis,
  type XAxisTickContentProps,
} from 'recharts';
import { chartColors, laneColors, laneShapes, markPath, timelineSizes } from '@/charts/chart-theme';
import type { Lane } from '@/data/types';
import { SCALE_UNITS, type TimeTick } from './time-scale';
import type { ChartPoint, PhaseBand, PlotGeometry } from './to-chart-points';
import { TimelineGrid } from './timeline-grid';
import { TimelineMarks } from './timeline-marks';
import styles from './timeline-chart.module.css';

type TimelinePlotProps = {
  readonly width: number;
  readonly height: number;
  readonly geometry: PlotGeometry;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** In a gutter left of the plot (wide charts) or at the top of each row (narrow ones). */
  readonly laneLabels: 'gutter' | 'top';
  readonly points: readonly ChartPoint[];
  readonly lanes: readonly Lane[];
  readonly bands: readonly PhaseBand[];
  readonly breaks: readonly number[];
  readonly ticks: readonly TimeTick[];
  readonly title: string;
  readonly describedBy: string;
  /** Marks glide to new places on a view or lane change. */
  readonly animate: boolean;
};


const X_DOMAIN = [0, SCALE_UNITS];
// One invisible point at the origin: the axes need data to lay out.
const AXIS_ANCHOR = [{ x: 0, y: 0 }];
const renderNothing = () => null;
const X_PADDING = { left: timelineSizes.xPadding, right: timelineSizes.xPadding };

/**
 * Time across, one row per lane, phases as bands, a mark per event.
 * Memoized with stable props, so hovering or moving focus (the marks' state
 * arrives through context) never re-runs Recharts' layout.
 */
export const TimelinePlot = memo(function TimelinePlot({
  width,
  height,
  geometry,
  margin,
  laneLabels,
  points,
  lanes,
  bands,
  breaks,
  ticks,
  title,
  describedBy,
  animate,
}: TimelinePlotProps) {
  const tickValues = useMemo(() => ticks.map((tick) => tick.units), [ticks]);
  const yDomain = useMemo(() => [0, lanes.length], [lanes.length]);
  const labels = new Map(ticks.map((tick) => [tick.units, tick.label]));
  const renderTick = ({ x: rawX, y: rawY, payload }: XAxisTickContentProps) => {
    const x = Number(rawX);
    const y = Number(rawY);
    const label = labels.get(Number(payload.value));
    // Labels at the ends of the axis grow inwards so they are never cut off.
    const anchor = x - geometry.left < 24 ? 'start' : geometry.left + geometry.width - x < 24 ? 'end' : 'middle';
    return (
      <text x={x} y={y + 14} textAnchor={anchor} className={styles.tick}>
        {label}
      </text>
    );
  };
  const rowTop = (index: number) => geometry.top + index * geometry.rowHeight;
  return (
    <ScatterChart
      width={width}
      height={height}
      margin={margin}
      accessibilityLayer={false}
      role="group"
      aria-label={title}
      aria-describedby={describedBy}
    >
      <XAxis
        type="number"
        dataKey="x"
        domain={X_DOMAIN}
        ticks={tickValues}
        interval={0}
        tick={renderTick}
        tickLine={false}
        height={timelineSizes.xAxisHeight}
        padding={X_PADDING}
        stroke={chartColors.grid}
      />
      <YAxis type="number" dataKey="y" domain={yDomain} reversed hide />
      <TimelineGrid bands={bands} laneCount={lanes.length} breaks={breaks} />
      <g className={styles.labels}>
        {bands.map((band) => {
          const x1 = geometry.left + (band.x1 / SCALE_UNITS) * geometry.width;
          const x2 = geometry.left + (band.x2 / SCALE_UNITS) * geometry.width;
          const lines = wrapInTwoLines(`${band.number} ${band.label}`, x2 - x1 - 6) ?? [String(band.number)];
          return (
            <text key={band.id} x={(x1 + x2) / 2} y={geometry.top - 6} textAnchor="middle" className={styles.phaseLabel}>
              {lines.map((line, i) => (
                <tspan key={line} x={(x1 + x2) / 2} dy={i === 0 ? -13 * (lines.length - 1) : 13}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
        {lanes.map((lane, index) => (
          <g
            key={lane.id}
            transform={
              laneLabels === 'gutter'
                ? `translate(${timelineSizes.margin.left},${rowTop(index) + geometry.rowHeight / 2})`
                : `translate(${geometry.left},${rowTop(index) + 8})`
            }
          >
            <path d={markPath(laneShapes[lane.id], 9)} fill={laneColors[lane.id]} />
            <text x={9} y={4} className={styles.laneLabel}>
              {lane.label}
            </text>
          </g>
        ))}
      </g>
      {/* Recharts lays out axes only for a chart with a series; the marks
          themselves are drawn by TimelineMarks (see there why). */}
      <Scatter data={AXIS_ANCHOR} dataKey="y" shape={renderNothing} isAnimationActive={false} legendType="none" />
      <TimelineMarks points={points} animate={animate} />
    </ScatterChart>
  );
});

/**
 * A phase label wrapped into at most two lines of `width` px, estimated
 * from character counts (measuring text in the DOM would force layouts),
 * or null when it does not fit.
 */
function wrapInTwoLines(label: string, width: number): string[] | null {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && (last.length + 1 + word.length) * timelineSizes.charWidth <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else if (word.length * timelineSizes.charWidth <= width) {
      lines.push(word);
    } else {
      return null;
    }
  }
  return lines.length <= 2 ? lines : null;
}
