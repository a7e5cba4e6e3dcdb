import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartPoint } from './to-chart-points';
import { TimelineMark } from './timeline-mark';
import styles from './timeline-chart.module.css';

type TimelineMarksProps = {
  readonly points: readonly ChartPoint[];
  /** Marks glide to new places when the view or lanes change (off under reduced motion). */
  readonly animate: boolean;
};

/**
 * Every event's mark, placed with the chart's own axis scales. A custom
 * layer rather than a <Scatter shape>: Recharts gives each Scatter point
 * its own store subscription and wrappers (about a quarter of a second of
 * main-thread time on a mid-range phone here) and re-creates every point
 * whenever the series re-renders or animates, which drops keyboard focus.
 * Keyed by event id, these marks persist, so focus stays put.
 */
export function TimelineMarks({ points, animate }: TimelineMarksProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return (
    <g className={animate ? `${styles.marks} ${styles.animated}` : styles.marks}>
      {points.map((point) => (
        <TimelineMark key={point.id} cx={xScale(point.x)} cy={yScale(point.y)} point={point} />
      ))}
    </g>
  );
}
