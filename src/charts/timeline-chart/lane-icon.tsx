import { laneColors, laneShapes, markPath } from '@/charts/chart-theme';
import type { LaneId } from '@/data/types';
import styles from './timeline-chart.module.css';

/** The lane's mark, as drawn on the chart, for the legend. */
export function LaneIcon({ lane }: { readonly lane: LaneId }) {
  return (
    <svg className={styles.laneIcon} viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={markPath(laneShapes[lane], 13)} fill={laneColors[lane]} />
    </svg>
  );
}
