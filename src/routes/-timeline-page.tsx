import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import { timelineCopy } from '@/content/sections/timeline';
import { timelinePage } from '@/content/pages';
import { siteCopy } from '@/content/site';
import { storyMeta } from '@/content/story';
import { lanes } from '@/data/lanes';
import { phases, timelineViews } from '@/data/phases';
import { findEventById, parseLaneFilter, parseViewId, serializeLaneFilter, toggleLane } from '@/data/selectors';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import type { LaneId, TimelineEvent } from '@/data/types';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { formatCalendarDate } from '@/lib/calendar-date';
import { pageTitle } from '@/lib/page-title';
import { EmbedButton } from '@/embed/embed-button';
import { TimelineChartSlot } from '@/sections/timeline/timeline-chart-slot';
import { TimelineSection } from '@/sections/timeline/timeline-section';
import { defaultViewId as defaultView, type TimelineSearch } from './-timeline-search';

/**
 * The chapter that tells an event's part of the story, named as in the
 * site navigation: the chapters' own copy (and the registry with all their
 * interactives) stays out of the timeline's bundle.
 */
function chapterForEvent(event: TimelineEvent) {
  const item = siteCopy.nav.find((entry) => entry.path === `/${event.chapter}/`);
  return item ? { path: item.path, title: item.label } : undefined;
}

// One component for /timeline/ and /timeline/<id>/ (and one for the embed
// pair), so moving between them re-renders the page instead of remounting
// it: the chart keeps keyboard focus and state across selections.
export function SiteTimelinePage() {
  return <TimelinePage embedded={false} />;
}

export function EmbedTimelinePage() {
  return <TimelinePage embedded />;
}

function TimelinePage({ embedded }: { readonly embedded: boolean }) {
  const { eventId: selectedId } = useParams({ strict: false });
  const search: TimelineSearch = useSearch({ strict: false });
  const navigate = useNavigate();
  const selected = selectedId ? findEventById(timelineEvents, selectedId) : undefined;
  // The same title the prerender writes (routes/-page-meta.ts).
  useDocumentTitle(
    pageTitle(
      selected ? `${selected.title}, ${formatCalendarDate(selected.date)}` : timelinePage.title,
      storyMeta.siteName,
    ),
  );
  const prefix = embedded ? '/embed/timeline/' : '/timeline/';
  const eventPath = useCallback((id: string) => `${prefix}${id}/`, [prefix]);
  // Selecting is navigating: one history entry per event, filter kept.
  const onSelect = useCallback(
    (id: string) => {
      void navigate({ to: eventPath(id) as '/', search: true, resetScroll: false });
    },
    [navigate, eventPath],
  );
  // View and filter changes replace the entry: Back goes to the previous event.
  const updateSearch = useCallback(
    (next: TimelineSearch) => {
      void navigate({
        to: '.',
        search: (previous: Record<string, unknown>) => ({ ...previous, ...next }),
        replace: true,
        resetScroll: false,
      } as never);
    },
    [navigate],
  );
  const laneFilter = useMemo(() => parseLaneFilter(search.lanes, lanes), [search.lanes]);
  const onToggleLane = useCallback(
    (lane: LaneId) => updateSearch({ lanes: serializeLaneFilter(toggleLane(laneFilter, lane, lanes), lanes) }),
    [updateSearch, laneFilter],
  );
  const onViewChange = useCallback(
    (id: string) => updateSearch({ view: id === defaultView ? undefined : parseViewId(id, timelineViews) }),
    [updateSearch],
  );
  return (
    <>
      <TimelineSection
        copy={timelineCopy}
        events={timelineEvents}
        lanes={lanes}
        phases={phases}
        sources={sources}
        selectedId={selectedId}
        eventPath={eventPath}
        chapterFor={chapterForEvent}
        chart={
          <TimelineChartSlot
            events={timelineEvents}
            lanes={lanes}
            phases={phases}
            views={timelineViews}
            viewId={search.view ?? defaultView}
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
      {embedded ? null : <EmbedButton slug="timeline" eventId={selectedId} />}
    </>
  );
}
