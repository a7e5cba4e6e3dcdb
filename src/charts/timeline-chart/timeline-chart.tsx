import { useHydrated } from '@tanstack/react-router';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Lane, LaneId, Phase, TimelineEvent, TimelineView } from '@/data/types';
import { fillTemplate } from '@/lib/fill-template';
import { rovingIndex } from '@/lib/roving-focus';
import { TimelineControls } from './timeline-controls';
import { layoutClasses, layoutTimeline, shownEvents } from './timeline-layout';
import { TimelineSvg } from './timeline-svg';
import { createTimeScale } from './time-scale';
import styles from './timeline-chart.module.css';

type TimelineChartCopy = {
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
  /** The address of an event's page: each mark links there. */
  readonly hrefFor: (id: string) => string;
  readonly onSelect: (id: string) => void;
  readonly onViewChange: (id: string) => void;
  readonly onToggleLane: (lane: LaneId) => void;
  /**
   * In a graphic embed the key hint and the count shown are for screen
   * readers only (the chart's description, and the announcement when a
   * lane is hidden); the pressed lane buttons show the filter.
   */
  readonly compact?: boolean;
};

/**
 * Every event as a mark, by date and lane, drawn as SVG on the server: one
 * layout per range of widths, the container showing the one that fits
 * (timeline-chart.module.css), so nothing moves when the script arrives.
 * Once interactive the chart is one tab stop: the arrows, Home and End move
 * between the marks in date order, Enter or Space opens one.
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
  hrefFor,
  onSelect,
  onViewChange,
  onToggleLane,
  compact = false,
}: TimelineChartProps) {
  const hintId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const interactive = useHydrated();
  const view = views.find((candidate) => candidate.id === viewId) ?? views[0];
  const filterKey = laneFilter?.join(',') ?? '';
  const shownLanes = useMemo(
    () => (filterKey ? lanes.filter((lane) => filterKey.split(',').includes(lane.id)) : lanes),
    [lanes, filterKey],
  );
  const scale = useMemo(() => (view ? createTimeScale(view) : undefined), [view]);
  const layouts = useMemo(
    () =>
      scale
        ? layoutClasses.map((layoutClass) => layoutTimeline({ events, lanes: shownLanes, phases, scale, layoutClass }))
        : [],
    [events, shownLanes, phases, scale],
  );
  const order = useMemo(
    () => (scale ? shownEvents(events, shownLanes, scale).map((event) => event.id) : []),
    [events, shownLanes, scale],
  );

  const [activeId, setActiveId] = useState(selectedId);
  const [previousSelected, setPreviousSelected] = useState(selectedId);
  if (selectedId !== previousSelected) {
    setPreviousSelected(selectedId);
    setActiveId(selectedId);
  }
  const active = activeId && order.includes(activeId) ? activeId : order[0];

  /** The mark for `id` in the layout on screen (the others are display: none). */
  const focusMark = useCallback((id: string) => {
    const candidates = rootRef.current?.querySelectorAll<SVGAElement>(`a[data-event-id="${CSS.escape(id)}"]`) ?? [];
    [...candidates]
      .find((element) => getComputedStyle(element.closest('svg[data-layout]') ?? element).display !== 'none')
      ?.focus();
  }, []);

  // After Back, Forward or the story's Previous and Next change the
  // selection, focus follows it if it was on the chart.
  useEffect(() => {
    const root = rootRef.current;
    const focused = document.activeElement;
    if (!selectedId || !root || !focused || !root.contains(focused)) return;
    if (focused.getAttribute('data-event-id') !== selectedId) focusMark(selectedId);
  }, [selectedId, focusMark]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const id = event.target instanceof Element ? event.target.getAttribute('data-event-id') : null;
    if (!id || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === ' ' || event.key === 'Enter') {
      // Not every browser opens an SVG link on Enter, and Space would scroll the page.
      event.preventDefault();
      onSelect(id);
      return;
    }
    const index = rovingIndex(event.key, order.indexOf(id), order.length);
    const target = index === null ? undefined : order[index];
    if (!target) return;
    event.preventDefault();
    setActiveId(target);
    focusMark(target);
  };

  return (
    <div className={compact ? `${styles.chart} ${styles.compact}` : styles.chart} ref={rootRef}>
      <TimelineControls
        views={views.map((candidate) => ({ id: candidate.id, label: copy.views[candidate.id] ?? candidate.id }))}
        viewId={view?.id ?? ''}
        viewLabel={copy.viewLabel}
        lanes={lanes}
        shownLanes={shownLanes.map((lane) => lane.id)}
        lanesLabel={copy.lanesLabel}
        onViewChange={onViewChange}
        onToggleLane={onToggleLane}
      />
      {/* Keys are handled on the chart's own element, never the document. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- the marks inside are the controls; this only routes their keys */}
      <div className={styles.plots} onKeyDown={interactive ? onKeyDown : undefined}>
        {layouts.map((layout) => (
          <TimelineSvg
            key={layout.classId}
            layout={layout}
            title={copy.title}
            describedBy={hintId}
            selectedId={selectedId}
            activeId={active}
            interactive={interactive}
            hrefFor={hrefFor}
            onSelect={onSelect}
            onFocusMark={setActiveId}
          />
        ))}
      </div>
      <p className={compact ? 'visually-hidden' : styles.status} role="status">
        {fillTemplate(copy.status, { shown: order.length, total: events.length })}
      </p>
      <p className={compact ? 'visually-hidden' : styles.hint} id={hintId}>
        {copy.keyHint}
      </p>
    </div>
  );
}
