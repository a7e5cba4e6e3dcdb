import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { ChartFrame } from '@/charts/chart-frame';
import type { ChapterId } from '@/content/chapter-outline';
import type { TimelineCopy } from '@/content/sections/timeline';
import { adjacentEvents, findEventById } from '@/data/selectors';
import { fillTemplate } from '@/lib/fill-template';
import type { Lane, LaneId, Phase, Source, TimelineEvent } from '@/data/types';
import { EventDetails } from './event-details';
import { EventList } from './event-list';
import { PhaseKey } from './phase-key';
import { StoryPanel } from './story-panel';
import styles from './timeline-section.module.css';
import { STORY_HEADING_ID } from '@/site/hydrate-on-interaction';
import type { Shell } from '@/site/links';
import shared from '@/styles/shared.module.css';

type TimelineSectionProps = {
  readonly copy: TimelineCopy;
  readonly events: readonly TimelineEvent[];
  readonly lanes: readonly Lane[];
  readonly phases: readonly Phase[];
  readonly sources: readonly Source[];
  readonly selectedId?: string;
  /** The lanes shown on the chart: Previous and Next step through these. */
  readonly laneFilter?: readonly LaneId[];
  /** Inside an embed, events open in the embed. */
  readonly shell: Shell;
  readonly chapterFor: (event: TimelineEvent) => { readonly id: ChapterId; readonly title: string } | undefined;
  /** The chart, drawn beside its story on wide screens and above it on narrow ones. */
  readonly chart: ReactNode;
  /** As a graphic embed: this one-line headline instead of the page's, with the notes and the list folded away. */
  readonly graphicTitle?: string;
};

/**
 * The timeline page: the chart and, next to it, the story of the event
 * selected on it (TimelineJS's slide beside its navigator), then every
 * event as a list.
 */
export function TimelineSection({
  copy,
  events,
  lanes,
  phases,
  sources,
  selectedId,
  laneFilter,
  shell,
  chapterFor,
  chart,
  graphicTitle,
}: TimelineSectionProps) {
  const selected = selectedId ? findEventById(events, selectedId) : undefined;
  const { previous, next } = selected ? adjacentEvents(events, selected.id, laneFilter) : {};
  const first = events.find((event) => !laneFilter || laneFilter.includes(event.lane));
  // A reader who picks an event in the list (below the chart) is taken to
  // its story; the chart and Previous/Next keep focus where it is.
  const focusDetails = useRef(false);
  useEffect(() => {
    if (!focusDetails.current || !selected) return;
    focusDetails.current = false;
    document.getElementById(STORY_HEADING_ID)?.focus();
  }, [selected]);
  const onNavigate = useCallback((_id: string, current: boolean) => {
    if (current) document.getElementById(STORY_HEADING_ID)?.focus();
    else focusDetails.current = true;
  }, []);
  const list = (
    <EventList
      events={events}
      heading={copy.listHeading}
      headingId="timeline-list"
      intro={copy.listIntro}
      selectedId={selected?.id}
      shell={shell}
      certaintyLabels={copy.details.certainty}
      onNavigate={onNavigate}
    />
  );
  return (
    <section
      id="timeline"
      className={graphicTitle ? `${styles.section} ${styles.graphic}` : styles.section}
      aria-labelledby="timeline-title"
    >
      {graphicTitle ? (
        <h1 id="timeline-title" className={shared.graphicTitle} tabIndex={-1}>
          {graphicTitle}
        </h1>
      ) : (
        <header>
          <h1 id="timeline-title" tabIndex={-1}>
            {copy.heading}
          </h1>
          <p className={shared.dek}>{copy.dek}</p>
        </header>
      )}
      <ChartFrame
        id="timeline-chart"
        className={styles.frame}
        copy={graphicTitle ? { ...copy.chart, description: copy.graphic.description } : copy.chart}
        foldNotes={graphicTitle ? copy.graphic.aboutChart : undefined}
        titledBy={graphicTitle ? 'timeline-title' : undefined}
        legend={<PhaseKey phases={phases} heading={copy.chart.phasesHeading} datesPattern={copy.chart.phaseDates} />}
      >
        <div className={styles.stage}>
          {chart}
          <StoryPanel
            label={copy.details.panelLabel}
            eventId={selected?.id}
            empty={graphicTitle ? copy.graphic.none : copy.details.none}
            start={first ? { eventId: first.id, label: copy.details.start } : undefined}
            shell={shell}
          >
            {selected ? (
              <EventDetails
                event={selected}
                lanes={lanes}
                sources={sources}
                copy={copy.details}
                chapter={chapterFor(selected)}
                previous={previous}
                next={next}
                shell={shell}
                headingId={STORY_HEADING_ID}
              />
            ) : null}
          </StoryPanel>
        </div>
      </ChartFrame>
      {graphicTitle ? (
        <details className={styles.allEvents}>
          <summary>{fillTemplate(copy.graphic.allEvents, { count: events.length })}</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}
