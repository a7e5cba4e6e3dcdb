import { SiteLink } from '@/components/site-link';
import { formatCalendarDate } from '@/lib/calendar-date';
import type { TimelineEvent } from '@/data/types';

type TimelineTeaserProps = {
  readonly heading: string;
  readonly fullLink: string;
  readonly events: readonly TimelineEvent[];
  readonly eventPath: (id: string) => string;
};

/** The key events as a compact list that links into the full timeline. */
export function TimelineTeaser({ heading, fullLink, events, eventPath }: TimelineTeaserProps) {
  return (
    <section className="timeline-teaser" aria-labelledby="teaser-title">
      <h2 id="teaser-title">{heading}</h2>
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            <time dateTime={event.date}>{formatCalendarDate(event.date)}</time>
            <SiteLink to={eventPath(event.id)}>{event.title}</SiteLink>
          </li>
        ))}
      </ol>
      <p>
        <SiteLink to="/timeline/" className="button-link">
          {fullLink}
        </SiteLink>
      </p>
    </section>
  );
}
