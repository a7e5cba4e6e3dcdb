import { createContext, useContext } from 'react';
import { laneColors, laneShapes, markPath, timelineSizes } from '@/charts/chart-theme';
import { pointLabel, type ChartPoint } from './to-chart-points';
import styles from './timeline-chart.module.css';

/** What every mark needs to know; a context, so the plot need not re-render when it changes. */
export type MarkState = {
  readonly activeId: string | undefined;
  readonly selectedId: string | undefined;
  readonly onFocusMark: (id: string) => void;
  readonly onBlurMark: () => void;
  readonly onHover: (id: string | null) => void;
  readonly onSelect: (id: string) => void;
};

export const MarkContext = createContext<MarkState | null>(null);

type TimelineMarkProps = {
  readonly cx: number | undefined;
  readonly cy: number | undefined;
  readonly point: ChartPoint;
};

/**
 * One event on the chart. Only the active mark is in the tab order (roving
 * tabindex): the chart is a single tab stop. Its accessible name is
 * "title, date"; the selected mark is the current page.
 */
export function TimelineMark({ cx, cy, point }: TimelineMarkProps) {
  const state = useContext(MarkContext);
  if (!state || cx === undefined || cy === undefined) return null;
  const { activeId, selectedId, onFocusMark, onBlurMark, onHover, onSelect } = state;
  const isSelected = point.id === selectedId;
  return (
    // A mark is a button: Enter and Space are handled by the chart's own
    // key handler (it owns the whole keyboard model), clicks here.
    <g
      className={styles.mark}
      // Client-only chart: React sets this through the CSSOM (allowed by a
      // strict CSP), and a CSS transform can transition where the attribute cannot.
      style={{ transform: `translate(${cx}px, ${cy}px)` }}
      role="button"
      tabIndex={point.id === activeId ? 0 : -1}
      aria-label={pointLabel(point)}
      aria-current={isSelected ? 'page' : undefined}
      data-event-id={point.id}
      onClick={() => onSelect(point.id)}
      onFocus={() => onFocusMark(point.id)}
      onBlur={onBlurMark}
      onMouseEnter={() => onHover(point.id)}
      onMouseLeave={() => onHover(null)}
    >
      <circle className={styles.hit} r={timelineSizes.hitRadius} />
      <circle className={styles.ring} r={timelineSizes.hitRadius - 1} />
      {isSelected ? <circle className={styles.selected} r={timelineSizes.markSize / 2 + 3} /> : null}
      <path
        d={markPath(laneShapes[point.lane], timelineSizes.markSize)}
        fill={laneColors[point.lane]}
        className={styles.shape}
      />
    </g>
  );
}
