import { SiteLink } from '@/components/site-link';
import { formatCalendarDate } from '@/lib/calendar-date';
import { sourcesFor } from '@/data/selectors';
import type { Lane, Source, TimelineEvent } from '@/data/types';
import type { timelineCopy } from '@/content/sections/timeline';

type DetailsCopy = (typeof timelineCopy)['details'];

type EventDetailsProps = {
  readonly event: TimelineEvent;
  readonly lanes: readonly Lane[];
  readonly sources: readonly Source[];
  readonly copy: DetailsCopy;
  readonly chapter?: { readonly path: string; readonly title: string };
  readonly previous?: TimelineEvent;
  readonly next?: TimelineEvent;
  readonly eventPath: (id: string) => string;
};

export function EventDetails({ event, lanes, sources, copy, chapter, previous, next, eventPath }: EventDetailsProps) {
  const lane = lanes.find((l) => l.id === event.lane);
  const headingId = `event-${event.id}`;
  return (
    <article className="event-details" aria-labelledby={headingId}>
      <p className="event-date">
        <time dateTime={event.date}>{formatCalendarDate(event.date)}</time>
        {' · '}
        <span>
          {copy.lane}: {lane?.label ?? event.lane}
        </span>
      </p>
      <h2 id={headingId} tabIndex={-1}>
        {event.title}
      </h2>
      {event.certainty !== 'confirmed' ? (
        <p className="certainty">
          <span className={`badge badge-${event.certainty}`}>{copy.certainty[event.certainty]}</span>{' '}
          {event.certaintyNote}
        </p>
      ) : null}
      <p>{event.summary}</p>
      <h3>{copy.sources}</h3>
      <ul className="event-sources">
        {sourcesFor(event.sourceIds, sources).map((source) => (
          <li key={source.id}>
            {source.publisher}, <a href={source.url}>{source.title}</a> ({formatCalendarDate(source.published)})
          </li>
        ))}
      </ul>
      {chapter ? (
        <p>
          {copy.chapterLink} <SiteLink to={chapter.path}>{chapter.title}</SiteLink>
        </p>
      ) : null}
      <nav className="event-stepper" aria-label={event.title}>
        {previous ? (
          <SiteLink to={eventPath(previous.id)}>
            {copy.previous}
            <span className="visually-hidden">: {previous.title}</span>
          </SiteLink>
        ) : null}
        {next ? (
          <SiteLink to={eventPath(next.id)}>
            {copy.next}
            <span className="visually-hidden">: {next.title}</span>
          </SiteLink>
        ) : null}
      </nav>
    </article>
  );
}
