import { formatCalendarDate } from '@/lib/calendar-date';
import { groupEventsByYear } from '@/data/selectors';
import type { TimelineEvent } from '@/data/types';
import { EventLink } from '@/site/event-link';
import styles from './event-list.module.css';
import type { Shell } from '@/site/links';

type EventListProps = {
  readonly events: readonly TimelineEvent[];
  readonly heading: string;
  readonly headingId: string;
  readonly intro: string;
  readonly selectedId?: string;
  /** Inside an embed, events open in the embed. */
  readonly shell: Shell;
  readonly certaintyLabels: Record<TimelineEvent['certainty'], string>;
  /** Called with the event's id when the reader follows one of the list's links. */
  readonly onNavigate?: (id: string) => void;
};

/** Every event as a list grouped by year: the chart's text alternative and the no-JS view. */
export function EventList({
  events,
  heading,
  headingId,
  intro,
  selectedId,
  shell,
  certaintyLabels,
  onNavigate,
}: EventListProps) {
  return (
    <section className={styles.list} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <p>{intro}</p>
      {groupEventsByYear(events).map((group) => (
        <section key={group.year} aria-labelledby={`${headingId}-${group.year}`}>
          <h3 id={`${headingId}-${group.year}`}>{group.year}</h3>
          <ol>
            {group.events.map((event) => (
              <li key={event.id}>
                <time dateTime={event.date}>{formatCalendarDate(event.date)}</time>{' '}
                <EventLink
                  eventId={event.id}
                  shell={shell}
                  withinTimeline
                  current={event.id === selectedId}
                  onNavigate={() => onNavigate?.(event.id)}
                >
                  {event.title}
                </EventLink>
                {event.certainty !== 'confirmed' ? (
                  <span className={`badge badge-${event.certainty}`}>
                    {certaintyLabels[event.certainty]}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
