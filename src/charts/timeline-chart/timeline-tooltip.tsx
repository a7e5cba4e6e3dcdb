import type { ChartPoint } from './to-chart-points';
import styles from './timeline-chart.module.css';

type TimelineTooltipProps = {
  readonly point: ChartPoint;
  /** The mark's centre, in px from the plot box's top left. */
  readonly left: number;
  readonly top: number;
  /** Width of the plot box, to keep the tooltip inside it. */
  readonly boxWidth: number;
};

/**
 * Date and title of the hovered or focused mark. Hidden from assistive
 * technology: the mark's own name already says "title, date".
 */
export function TimelineTooltip({ point, left, top, boxWidth }: TimelineTooltipProps) {
  const side = left < boxWidth / 3 ? styles.tooltipStart : left > (boxWidth * 2) / 3 ? styles.tooltipEnd : '';
  return (
    <div
      className={`${styles.tooltip} ${side}`}
      // Client-only chart: React sets this through the CSSOM, which a strict CSP allows.
      style={{ left, top }}
      aria-hidden="true"
    >
      <span className={styles.tooltipDate}>{point.dateLabel}</span>
      <span className={styles.tooltipTitle}>{point.title}</span>
    </div>
  );
}
