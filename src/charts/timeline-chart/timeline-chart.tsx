import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { fillTemplate } from '@/lib/fill-template';
import { timelineSizes } from '@/charts/chart-theme';
import type { Lane, LaneId, Phase, TimelineEvent, TimelineView } from '@/data/types';
import { toDayNumber } from '@/lib/calendar-date';
import { containsDay, createTimeScale, SCALE_UNITS, timeTicks } from './time-scale';
import { plotGeometry, toChartPoints, toPhaseBands } from './to-chart-points';
import { MarkContext, type MarkState } from './timeline-mark';
import { TimelineControls } from './timeline-controls';
import { TimelinePlot } from './timeline-plot';
import { TimelineTooltip } from './timeline-tooltip';
import { useBoxSize } from './use-box-size';
import styles from './timeline-chart.module.css';

export type TimelineChartCopy = {
  readonly title: string;
  readonly viewLabel: string;
  readonly views: Readonly<Record<string, string>>;
  readonly lanesLabel: string;
  /** "{shown} of {total}" are filled in. */
  readonly status: string;
  readonly keyHint: string;
};

export type TimelineChartProps = {
  readonly events: readonly TimelineEvent[];
  readonly lanes: readonly Lane[];
  readonly phases: readonly Phase[];
  /** The first view is the default. */
  readonly views: readonly TimelineView[];
  readonly viewId: string;
  /** The lanes shown; undefined shows every lane. */
  readonly laneFilter: readonly LaneId[] | undefined;
  readonly selectedId: string | undefined;
  readonly copy: TimelineChartCopy;
  readonly isAnimationActive: boolean;
  readonly onSelect: (id: string) => void;
  readonly onViewChange: (id: string) => void;
  readonly onToggleLane: (lane: LaneId) => void;
};

const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Enter', ' ']);

/**
 * Every event as a mark, by date and lane. One tab stop: the arrow keys,
 * Home and End move between the visible events; Enter or Space selects.
 * Keys are handled on the chart's own element, never the document.
 */
export function TimelineChart({
  events,
  lanes,
  phases,
  views,
  viewId,
  laneFilter,
  selectedId,
  copy,
  isAnimationActive,
  onSelect,
  onViewChange,
  onToggleLane,
}: TimelineChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const { width, height } = useBoxSize(boxRef);
  const view = views.find((v) => v.id === viewId) ?? views[0];
  // Keyed on the ids, not the array: a new but equal filter must not redraw
  // the marks (that would drop keyboard focus).
  const filterKey = laneFilter?.join(',') ?? '';
  const shownLanes = useMemo(
    () => (filterKey ? lanes.filter((lane) => filterKey.split(',').includes(lane.id)) : lanes),
    [lanes, filterKey],
  );
  const scale = useMemo(() => (view ? createTimeScale(view) : undefined), [view]);
  const wide = width >= timelineSizes.narrowWidth;
  const margin = useMemo(
    () =>
      wide
        ? { ...timelineSizes.margin, left: timelineSizes.margin.left + timelineSizes.laneGutter }
        : timelineSizes.margin,
    [wide],
  );
  const geometry = useMemo(
    () =>
      plotGeometry(width, height, shownLanes.length, {
        margin,
        xAxisHeight: timelineSizes.xAxisHeight,
        xPadding: timelineSizes.xPadding,
      }),
    [width, height, shownLanes.length, margin],
  );
  const points = useMemo(
    () =>
      scale && geometry.width > 0
        ? toChartPoints({
            events,
            lanes: shownLanes,
            scale,
            layout: {
              plotWidth: geometry.width,
              rowHeight: geometry.rowHeight,
              labelHeight: wide ? 0 : timelineSizes.laneLabelHeight,
              // Three levels per row where the row allows, never closer than a mark's size.
              levelStep: Math.min(
                timelineSizes.levelStep,
                Math.max(
                  timelineSizes.markSize + 1,
                  (geometry.rowHeight - (wide ? 0 : timelineSizes.laneLabelHeight)) / 3,
                ),
              ),
              minGap: timelineSizes.minGap,
            },
          })
        : [],
    [events, shownLanes, scale, geometry.width, geometry.rowHeight, wide],
  );

  const [activeId, setActiveId] = useState(selectedId);
  const [previousSelected, setPreviousSelected] = useState(selectedId);
  if (selectedId !== previousSelected) {
    setPreviousSelected(selectedId);
    setActiveId(selectedId);
  }
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // The active mark is the roving tab stop; if it is hidden, the first visible one.
  const active = points.find((p) => p.id === activeId) ?? points[0];

  const focusMark = useCallback((id: string) => {
    boxRef.current?.querySelector<SVGElement>(`[data-event-id="${id}"]`)?.focus();
  }, []);

  // After Back, Forward or the Previous/Next links change the selection,
  // focus follows it if it was in the chart.
  useEffect(() => {
    const box = boxRef.current;
    if (!selectedId || !box || !box.contains(document.activeElement)) return;
    if (document.activeElement?.getAttribute('data-event-id') !== selectedId) focusMark(selectedId);
  }, [selectedId, focusMark]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!NAVIGATION_KEYS.has(event.key) || !active) return;
      if (!(event.target instanceof Element) || !event.target.hasAttribute('data-event-id')) return;
      event.preventDefault();
      if (event.key === 'Enter' || event.key === ' ') {
        onSelect(active.id);
        return;
      }
      const index = points.indexOf(active);
      const next =
        event.key === 'Home'
          ? points[0]
          : event.key === 'End'
            ? points.at(-1)
            : points[event.key === 'ArrowLeft' ? Math.max(0, index - 1) : Math.min(points.length - 1, index + 1)];
      if (next) {
        setActiveId(next.id);
        focusMark(next.id);
      }
    };
    box.addEventListener('keydown', onKeyDown);
    return () => box.removeEventListener('keydown', onKeyDown);
  }, [active, points, onSelect, focusMark]);

  const markState = useMemo<MarkState>(
    () => ({
      activeId: active?.id,
      selectedId,
      onFocusMark: (id) => {
        setActiveId(id);
        setFocusedId(id);
      },
      onBlurMark: () => setFocusedId(null),
      onHover: setHoveredId,
      onSelect: (id) => {
        setActiveId(id);
        onSelect(id);
      },
    }),
    [active?.id, selectedId, onSelect],
  );

  // Marks glide once the reader has changed the view or the lanes (never
  // on load), and never under reduced motion.
  const layoutKey = `${viewId}|${filterKey}`;
  const [firstLayoutKey] = useState(layoutKey);
  const [layoutChanged, setLayoutChanged] = useState(false);
  if (!layoutChanged && layoutKey !== firstLayoutKey) setLayoutChanged(true);
  const animate = isAnimationActive && layoutChanged;

  const tipId = hoveredId ?? focusedId;
  const tipPoint = tipId ? points.find((p) => p.id === tipId) : undefined;
  const ticks = useMemo(
    () =>
      scale && geometry.width > 0
        ? timeTicks(scale, geometry.width, wide ? timelineSizes.tickSpacing : timelineSizes.narrowTickSpacing)
        : [],
    [scale, geometry.width, wide],
  );
  const bands = useMemo(() => (scale ? toPhaseBands(phases, scale) : []), [phases, scale]);
  const shownCount = useMemo(
    () =>
      scale
        ? events.filter(
            (event) =>
              shownLanes.some((lane) => lane.id === event.lane) && containsDay(scale, toDayNumber(event.date)),
          ).length
        : 0,
    [events, shownLanes, scale],
  );

  return (
    <div className={styles.chart}>
      <TimelineControls
        views={views.map((v) => ({ id: v.id, label: copy.views[v.id] ?? v.id }))}
        viewId={view?.id ?? ''}
        viewLabel={copy.viewLabel}
        lanes={lanes}
        shownLanes={shownLanes.map((lane) => lane.id)}
        lanesLabel={copy.lanesLabel}
        onViewChange={onViewChange}
        onToggleLane={onToggleLane}
      />
      <div ref={boxRef} className={styles.plotBox}>
        {scale && geometry.width > 0 && geometry.height > 0 ? (
          <MarkContext.Provider value={markState}>
            <TimelinePlot
              width={width}
              height={height}
              geometry={geometry}
              margin={margin}
              laneLabels={wide ? 'gutter' : 'top'}
              points={points}
              lanes={shownLanes}
              bands={bands}
              breaks={scale.breaks}
              ticks={ticks}
              title={copy.title}
              describedBy={hintId}
              animate={animate}
            />
          </MarkContext.Provider>
        ) : null}
        {tipPoint ? (
          <TimelineTooltip
            point={tipPoint}
            left={geometry.left + (tipPoint.x / SCALE_UNITS) * geometry.width}
            top={geometry.top + (tipPoint.y / Math.max(1, shownLanes.length)) * geometry.height}
            boxWidth={width}
          />
        ) : null}
      </div>
      <p className={styles.status} role="status">
        {fillTemplate(copy.status, { shown: shownCount, total: events.length })}
      </p>
      <p className={styles.hint} id={hintId}>
        {copy.keyHint}
      </p>
    </div>
  );
}
