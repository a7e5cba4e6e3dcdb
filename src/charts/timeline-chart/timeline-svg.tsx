import { memo, type MouseEvent } from 'react';
import { chartColors, laneColors, laneShapes, markPath } from '@/charts/chart-theme';
import { layoutSizes, type LayoutLabel, type LayoutMark, type TimelineLayout } from './timeline-layout';
import styles from './timeline-chart.module.css';

type TimelineSvgProps = {
  readonly layout: TimelineLayout;
  readonly title: string;
  readonly describedBy: string;
  readonly selectedId: string | undefined;
  /** The one mark in the tab order once the page is interactive; before that, every mark is a plain link. */
  readonly activeId: string | undefined;
  readonly interactive: boolean;
  readonly hrefFor: (id: string) => string;
  readonly onSelect: (id: string) => void;
  readonly onFocusMark: (id: string) => void;
};

const pct = (value: number) => `${value.toFixed(3)}%`;
const MARK_SIZE = 11;

/**
 * One layout of the chart as plain SVG, the same markup on the server and
 * in the browser: every mark is a link to its event's page, so the chart
 * works as a picture and as navigation before (or without) any script.
 * Selecting an event re-renders only what it changes: the backdrop never,
 * the labels and the two marks whose state moved.
 */
export const TimelineSvg = memo(function TimelineSvg({
  layout,
  title,
  describedBy,
  selectedId,
  activeId,
  interactive,
  hrefFor,
  onSelect,
  onFocusMark,
}: TimelineSvgProps) {
  return (
    <svg
      className={`${styles.plot} ${styles[layout.classId]}`}
      width="100%"
      height={layout.height}
      role="group"
      aria-label={title}
      aria-describedby={describedBy}
      data-layout={layout.classId}
    >
      <g aria-hidden="true">
        <Backdrop layout={layout} />
        <EventLabels labels={layout.labels} selectedId={selectedId} />
      </g>
      {layout.marks.map((mark) => (
        <Mark
          key={mark.id}
          mark={mark}
          selected={mark.id === selectedId}
          tabbable={!interactive || mark.id === activeId}
          hrefFor={hrefFor}
          onSelect={onSelect}
          onFocusMark={onFocusMark}
        />
      ))}
    </svg>
  );
});

/** Phase bands, lanes, breaks and the axis: what no selection changes. */
const Backdrop = memo(function Backdrop({ layout }: { readonly layout: TimelineLayout }) {
  const { plotTop, plotBottom, plotLeftPct, plotRightPct } = layout;
  return (
    <>
      {layout.bands.map((band) => (
        <g key={band.id}>
          {band.number % 2 === 1 ? (
            <rect
              x={pct(band.xPct)}
              y={plotTop}
              width={pct(band.widthPct)}
              height={plotBottom - plotTop}
              fill={chartColors.phaseFill}
            />
          ) : null}
          {band.text !== undefined && band.textPct !== undefined ? (
            <text x={pct(band.textPct)} y={band.textY} textAnchor="middle" className={styles.phaseLabel}>
              {band.text}
            </text>
          ) : null}
        </g>
      ))}
      {layout.rows.map((row, index) => (
        <g key={row.lane.id}>
          {index > 0 ? (
            <line x1={pct(plotLeftPct)} x2={pct(plotRightPct)} y1={row.top} y2={row.top} stroke={chartColors.grid} />
          ) : null}
          <text
            x={4}
            y={layout.laneLabels === 'gutter' ? row.top + row.height / 2 + 4 : row.top + 12}
            className={styles.laneLabel}
          >
            {row.lane.label}
          </text>
        </g>
      ))}
      {layout.breaksPct.map((x) => (
        <line
          key={x}
          x1={pct(x)}
          x2={pct(x)}
          y1={plotTop}
          y2={plotBottom}
          stroke={chartColors.muted}
          strokeDasharray="3 4"
        />
      ))}
      <line x1={pct(plotLeftPct)} x2={pct(plotRightPct)} y1={plotBottom} y2={plotBottom} stroke={chartColors.grid} />
      {layout.ticks.map((tick) => (
        <text key={tick.xPct} x={pct(tick.xPct)} y={plotBottom + 16} textAnchor={tick.anchor} className={styles.tick}>
          {tick.label}
        </text>
      ))}
    </>
  );
});

const EventLabels = memo(function EventLabels({
  labels,
  selectedId,
}: {
  readonly labels: readonly LayoutLabel[];
  readonly selectedId: string | undefined;
}) {
  return labels.map((label) => (
    <g key={label.id} className={label.id === selectedId ? styles.labelSelected : undefined}>
      <line x1={pct(label.xPct)} x2={pct(label.xPct)} y1={label.y + 3} y2={label.markY} className={styles.leader} />
      <text x={pct(label.anchorPct)} y={label.y} textAnchor={label.anchor} className={styles.eventLabel}>
        {label.text}
      </text>
    </g>
  ));
});

type MarkProps = {
  readonly mark: LayoutMark;
  readonly selected: boolean;
  /** In the tab order: every mark before the page is interactive, then only the active one. */
  readonly tabbable: boolean;
  readonly hrefFor: (id: string) => string;
  readonly onSelect: (id: string) => void;
  readonly onFocusMark: (id: string) => void;
};

const Mark = memo(function Mark({ mark, selected, tabbable, hrefFor, onSelect, onFocusMark }: MarkProps) {
  const follow = (event: MouseEvent) => {
    // A click that opens a new tab or window is the browser's to handle.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSelect(mark.id);
  };
  return (
    <a
      href={hrefFor(mark.id)}
      className={styles.mark}
      aria-label={mark.name}
      aria-current={selected ? 'page' : undefined}
      data-event-id={mark.id}
      tabIndex={tabbable ? undefined : -1}
      onClick={follow}
      onFocus={() => onFocusMark(mark.id)}
    >
      <svg x={pct(mark.xPct)} y={mark.y} overflow="visible">
        <rect
          className={styles.hit}
          x={-layoutSizes.target / 2}
          y={-layoutSizes.target / 2}
          width={layoutSizes.target}
          height={layoutSizes.target}
        />
        <circle className={styles.ring} r={layoutSizes.target / 2 - 1} />
        <path
          d={markPath(laneShapes[mark.lane], mark.labelled ? MARK_SIZE + 2 : MARK_SIZE)}
          fill={laneColors[mark.lane]}
          className={styles.shape}
        />
      </svg>
    </a>
  );
});
