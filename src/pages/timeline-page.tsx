import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { chapterOutline } from '@/content/chapter-outline';
import { timelineCopy } from '@/content/sections/timeline';
import { lanes } from '@/data/lanes';
import { phases } from '@/data/phases';
import { timelineViews } from '@/data/timeline-views';
import { parseLaneFilter, parseViewId, serializeLaneFilter, toggleLane } from '@/data/selectors';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import type { LaneId, TimelineEvent } from '@/data/types';
import { EmbedButton } from '@/embed/embed-button';
import { TimelineChartSlot } from '@/sections/timeline/timeline-chart-slot';
import { TimelineSection } from '@/sections/timeline/timeline-section';
import { EmbedShell } from '@/shell/embed-shell';
import { timelineLink } from '@/site/links';
import { defaultViewId, type TimelineSearch } from '@/site/timeline-search';

type TimelinePageProps = {
  /** The embed's timeline rather than the site's. */
  readonly embedded: boolean;
};

/** The chapter that tells an event's part of the story, named as in the site navigation. */
function chapterForEvent(event: TimelineEvent) {
  const chapter = chapterOutline.find((candidate) => candidate.id === event.chapter);
  return chapter ? { id: chapter.id, title: chapter.navLabel } : undefined;
}

export function TimelinePage({ embedded }: TimelinePageProps) {
  const { eventId: selectedId } = useParams({ from: embedded ? '/embed/timeline/{-$eventId}' : '/_site/timeline/{-$eventId}' });
  const search = useSearch({ from: embedded ? '/embed/timeline/{-$eventId}' : '/_site/timeline/{-$eventId}' });
  const navigate = useNavigate();
  // Selecting is navigating: one history entry per event, filter kept.
  const onSelect = useCallback(
    (id: string) => void navigate({ ...timelineLink(id, embedded), search: true, resetScroll: false }),
    [navigate, embedded],
  );
  // View and filter changes replace the entry: Back goes to the previous event.
  const updateSearch = useCallback(
    (next: TimelineSearch) =>
      void navigate({ ...timelineLink(selectedId, embedded), search: { ...search, ...next }, replace: true, resetScroll: false }),
    [navigate, embedded, selectedId, search],
  );
  const laneFilter = useMemo(() => parseLaneFilter(search.lanes, lanes), [search.lanes]);
  const onToggleLane = useCallback(
    (lane: LaneId) => updateSearch({ lanes: serializeLaneFilter(toggleLane(laneFilter, lane, lanes), lanes) }),
    [updateSearch, laneFilter],
  );
  const onViewChange = useCallback(
    (id: string) => updateSearch({ view: id === defaultViewId ? undefined : parseViewId(id, timelineViews) }),
    [updateSearch],
  );
  const section = (
    <TimelineSection
      copy={timelineCopy}
      events={timelineEvents}
      lanes={lanes}
      phases={phases}
      sources={sources}
      selectedId={selectedId}
      embedded={embedded}
      chapterFor={chapterForEvent}
      chart={
        <TimelineChartSlot
          events={timelineEvents}
          lanes={lanes}
          phases={phases}
          views={timelineViews}
          viewId={search.view ?? defaultViewId}
          laneFilter={laneFilter}
          selectedId={selectedId}
          copy={timelineCopy.chart}
          onSelect={onSelect}
          onViewChange={onViewChange}
          onToggleLane={onToggleLane}
          placeholder={timelineCopy.chart.loading}
          failedMessage={timelineCopy.chart.failed}
          retryLabel={timelineCopy.chart.retry}
        />
      }
    />
  );
  if (embedded) return <EmbedShell fullPage={timelineLink(selectedId)}>{section}</EmbedShell>;
  return (
    <>
      {section}
      <EmbedButton page="timeline" eventId={selectedId} />
    </>
  );
}
