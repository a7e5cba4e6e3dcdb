import { useEffect, useRef, type ReactNode } from 'react';
import { ChartFrame } from '@/charts/chart-frame';
import { adjacentEvents, findEventById } from '@/data/selectors';
import type { Lane, Phase, Source, TimelineEvent } from '@/data/types';
import type { ChapterId } from '@/content/chapter-outline';
import type { TimelineCopy } from '@/content/sections/timeline';
import { EventDetails } from './event-details';
import { EventList } from './event-list';
import { PhaseKey } from './phase-key';

type TimelineSectionProps = {
  readonly copy: TimelineCopy;
  readonly events: readonly TimelineEvent[];
  readonly lanes: readonly Lane[];
  readonly phases: readonly Phase[];
  readonly sources: readonly Source[];
  readonly selectedId?: string;
  /** Inside the timeline embed, events open in the embed. */
  readonly embedded: boolean;
  readonly chapterFor: (event: TimelineEvent) => { readonly id: ChapterId; readonly title: string } | undefined;
  /** The chart's reserved box (the chart itself mounts on the client only). */
  readonly chart?: ReactNode;
};

const DETAILS_HEADING_ID = 'timeline-event-title';

export function TimelineSection({
  copy,
  events,
  lanes,
  phases,
  sources,
  selectedId,
  embedded,
  chapterFor,
  chart,
}: TimelineSectionProps) {
  const selected = selectedId ? findEventById(events, selectedId) : undefined;
  const { previous, next } = selected ? adjacentEvents(events, selected.id) : {};
  // A reader who picks an event in the list (below the details) is taken
  // to its details; the chart and Previous/Next keep focus where it is.
  const focusDetails = useRef(false);
  useEffect(() => {
    if (!focusDetails.current || !selected) return;
    focusDetails.current = false;
    document.getElementById(DETAILS_HEADING_ID)?.focus();
  }, [selected]);
  return (
    <section id="timeline" className="timeline-section" aria-labelledby="timeline-title">
      <header className="chapter-header">
        <h1 id="timeline-title" tabIndex={-1}>
          {copy.heading}
        </h1>
        <p className="dek">{copy.dek}</p>
      </header>
      {chart ? (
        <ChartFrame
          id="timeline-chart"
          copy={copy.chart}
          legend={<PhaseKey phases={phases} heading={copy.chart.phasesHeading} datesPattern={copy.chart.phaseDates} />}
        >
          {chart}
        </ChartFrame>
      ) : null}
      <div className="timeline-details">
        {selected ? (
          <EventDetails
            event={selected}
            lanes={lanes}
            sources={sources}
            copy={copy.details}
            chapter={chapterFor(selected)}
            previous={previous}
            next={next}
            embedded={embedded}
            headingId={DETAILS_HEADING_ID}
          />
        ) : (
          <p className="details-empty">{copy.details.none}</p>
        )}
      </div>
      <EventList
        events={events}
        heading={copy.listHeading}
        headingId="timeline-list"
        intro={copy.listIntro}
        selectedId={selected?.id}
        embedded={embedded}
        certaintyLabels={copy.details.certainty}
        onNavigate={(id) => {
          if (id === selected?.id) document.getElementById(DETAILS_HEADING_ID)?.focus();
          else focusDetails.current = true;
        }}
      />
    </section>
  );
}
