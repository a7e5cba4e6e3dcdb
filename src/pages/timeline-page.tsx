import { useHydrated, useNavigate, useParams, useRouter, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createTimeScale, containsDay } from '@/charts/timeline-chart/time-scale';
import { TimelineChart } from '@/charts/timeline-chart/timeline-chart';
import { chapterOutline } from '@/content/chapter-outline';
import { findGraphic } from '@/content/graphics';
import { timelineCopy } from '@/content/sections/timeline';
import { lanes } from '@/data/lanes';
import { phases } from '@/data/phases';
import { timelineViews } from '@/data/timeline-views';
import { findEventById, parseLaneFilter, parseViewId, serializeLaneFilter, toggleLane } from '@/data/selectors';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import type { LaneId, TimelineEvent } from '@/data/types';
import { EmbedButton } from '@/embed/embed-button';
import { TimelineSection } from '@/sections/timeline/timeline-section';
import { afterNextPaint } from '@/lib/after-paint';
import { toDayNumber } from '@/lib/calendar-date';
import { EmbedShell } from '@/shell/embed-shell';
import { timelineLink, type Shell } from '@/site/links';
import { defaultViewId, type TimelineSearch } from '@/site/timeline-search';

type TimelinePageProps = {
  /** The site's timeline, the whole-page embed or the timeline graphic. */
  readonly shell: Shell;
};

const routeIds = {
  site: '/_site/timeline/{-$eventId}',
  embed: '/embed/timeline/{-$eventId}',
  graphic: '/embed/graphics/timeline/{-$eventId}',
} as const;

/** The chapter that tells an event's part of the story, named as in the site navigation. */
function chapterForEvent(event: TimelineEvent) {
  const chapter = chapterOutline.find((candidate) => candidate.id === event.chapter);
  return chapter ? { id: chapter.id, title: chapter.navLabel } : undefined;
}

export function TimelinePage({ shell }: TimelinePageProps) {
  const { eventId: selectedId } = useParams({ from: routeIds[shell] });
  const search = useSearch({ from: routeIds[shell] });
  const navigate = useNavigate();
  const router = useRouter();
  // The prerendered page shows every lane and the default view; a link's
  // ?view= and ?lanes= apply once the page is interactive, so hydration
  // meets the markup it expects.
  const hydrated = useHydrated();
  const viewId = (hydrated && search.view) || defaultViewId;
  // Selecting is navigating: one history entry per event, filter kept. A
  // mark picked on the chart shows its story in the frame that answers the
  // press; the router's part (address, title, announcement, every link's
  // state) follows once that frame is drawn.
  const [picked, setPicked] = useState<string>();
  if (picked !== undefined && picked === selectedId) setPicked(undefined);
  const onSelect = useCallback(
    (id: string) => {
      setPicked(id);
      afterNextPaint(() => {
        void navigate({ ...timelineLink(id, shell), search: true, resetScroll: false }).finally(() =>
          setPicked((current) => (current === id ? undefined : current)),
        );
      });
    },
    [navigate, shell],
  );
  const shownId = picked ?? selectedId;
  // View and filter changes replace the entry: Back goes to the previous event.
  const updateSearch = useCallback(
    (next: TimelineSearch) =>
      void navigate({
        ...timelineLink(selectedId, shell),
        search: { ...search, ...next },
        replace: true,
        resetScroll: false,
      }),
    [navigate, shell, selectedId, search],
  );
  const laneFilter = useMemo(
    () => (hydrated ? parseLaneFilter(search.lanes, lanes) : undefined),
    [hydrated, search.lanes],
  );
  const hrefFor = useCallback(
    (id: string) => router.buildLocation(timelineLink(id, shell)).publicHref,
    [router, shell],
  );
  // An event outside the view chosen (reached by Previous, Next or the list)
  // switches the chart to the whole story, so its mark is on screen.
  const selected = selectedId ? findEventById(timelineEvents, selectedId) : undefined;
  const view = timelineViews.find((candidate) => candidate.id === viewId);
  const outOfView = Boolean(selected && view && !containsDay(createTimeScale(view), toDayNumber(selected.date)));
  useEffect(() => {
    if (outOfView) updateSearch({ view: undefined });
  }, [outOfView, updateSearch]);
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
      selectedId={shownId}
      laneFilter={laneFilter}
      shell={shell}
      chapterFor={chapterForEvent}
      graphicTitle={shell === 'graphic' ? findGraphic('timeline').title : undefined}
      chart={
        <TimelineChart
          events={timelineEvents}
          lanes={lanes}
          phases={phases}
          views={timelineViews}
          viewId={viewId}
          laneFilter={laneFilter}
          selectedId={shownId}
          copy={timelineCopy.chart}
          hrefFor={hrefFor}
          onSelect={onSelect}
          onViewChange={onViewChange}
          onToggleLane={onToggleLane}
          compact={shell === 'graphic'}
        />
      }
    />
  );
  if (shell === 'graphic') {
    // The chart's own source line stands for the graphic's.
    return (
      <EmbedShell fullPage={timelineLink(selectedId)} source={null} graphic>
        {section}
      </EmbedShell>
    );
  }
  if (shell === 'embed') return <EmbedShell fullPage={timelineLink(selectedId)}>{section}</EmbedShell>;
  return (
    <>
      {section}
      <EmbedButton page="timeline" eventId={selectedId} view={viewId} lanes={laneFilter} />
    </>
  );
}
