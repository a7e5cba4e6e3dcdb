import { ClientOnly } from '@tanstack/react-router';
import { ChartBoundary, lazyChart } from '@/components/chart-boundary';
import { useReducedMotion } from '@/hooks/use-reduced-motion';
import type { TimelineChartProps } from '@/charts/timeline-chart/timeline-chart';
import styles from './timeline-section.module.css';

// Recharts is only in this lazy chunk, and only timeline pages load it.
const LazyTimelineChart = lazyChart(
  () => import('@/charts/timeline-chart/timeline-chart'),
  (module) => module.TimelineChart,
);

type TimelineChartSlotProps = Omit<TimelineChartProps, 'isAnimationActive'> & {
  /** Shown on the server, without JavaScript and while the chart loads. */
  readonly placeholder: string;
  readonly failedMessage: string;
  readonly retryLabel: string;
};

/**
 * The chart's reserved box. The server renders only the placeholder (the
 * list below is the chart's text alternative); the chart mounts after
 * hydration into the same box, so nothing on the page moves.
 */
export function TimelineChartSlot({ placeholder, failedMessage, retryLabel, ...chartProps }: TimelineChartSlotProps) {
  const reducedMotion = useReducedMotion();
  const fallback = <p className={styles.placeholder}>{placeholder}</p>;
  return (
    <div className={styles.chartBox}>
      <ClientOnly fallback={fallback}>
        <ChartBoundary fallback={fallback} failedMessage={failedMessage} retryLabel={retryLabel}>
          <LazyTimelineChart {...chartProps} isAnimationActive={!reducedMotion} />
        </ChartBoundary>
      </ClientOnly>
    </div>
  );
}
