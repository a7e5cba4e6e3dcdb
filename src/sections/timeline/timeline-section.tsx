import type { ReactNode } from 'react';
import { adjacentEvents, findEventById } from '@/data/selectors';
import type { Lane, Source, TimelineEvent } from '@/data/types';
import type { timelineCopy as TimelineCopyValue } from '@/content/sections/timeline';
import { EventDetails } from './event-details';
import { EventList } from './event-list';

type TimelineSectionProps = {
  readonly copy: typeof TimelineCopyValue;
  readonly events: readonly TimelineEvent[];
  readonly lanes: readonly Lane[];
  readonly sources: readonly Source[];
  readonly selectedId?: string;
  readonly eventPath: (id: string) => string;
  readonly chapterFor: (event: TimelineEvent) => { path: string; title: string } | undefined;
  /** The chart, when there is one (client only). */
  readonly chart?: ReactNode;
};

export function TimelineSection({
  copy,
  events,
  lanes,
  sources,
  selectedId,
  eventPath,
  chapterFor,
  chart,
}: TimelineSectionProps) {
  const selected = selectedId ? findEventById(events, selectedId) : undefined;
  const { previous, next } = selected ? adjacentEvents(events, selected.id) : {};
  return (
    <section id="timeline" className="timeline-section" aria-labelledby="timeline-title">
      <header className="chapter-header">
        <h1 id="timeline-title" tabIndex={-1}>
          {copy.heading}
        </h1>
        <p className="dek">{copy.dek}</p>
      </header>
      {chart}
      <div className="timeline-details" aria-live="polite">
        {selected ? (
          <EventDetails
            event={selected}
            lanes={lanes}
            sources={sources}
            copy={copy.details}
            chapter={chapterFor(selected)}
            previous={previous}
            next={next}
            eventPath={eventPath}
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
        eventPath={eventPath}
        certaintyLabels={copy.details.certainty}
      />
    </section>
  );
}
