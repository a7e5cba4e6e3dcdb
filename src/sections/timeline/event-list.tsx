import { memo } from 'react';
import { formatCalendarDate } from '@/lib/calendar-date';
import { groupEventsByYear } from '@/data/selectors';
import type { TimelineEvent } from '@/data/types';
import { EventLink } from '@/site/event-link';
import styles from './event-list.module.css';
import type { Shell } from '@/site/links';
import { CertaintyBadge } from '@/components/certainty-badge';

type EventListProps = {
  readonly events: readonly TimelineEvent[];
  readonly heading: string;
  readonly headingId: string;
  readonly intro: string;
  readonly selectedId?: string;
  /** Inside an embed, events open in the embed. */
  readonly shell: Shell;
  readonly certaintyLabels: Record<TimelineEvent['certainty'], string>;
  /** Called when the reader follows one of the list's links: which event, and whether it is the one shown. */
  readonly onNavigate?: (id: string, current: boolean) => void;
};

/** Every event as a list grouped by year: the chart's text alternative and the no-JS view. */
export const EventList = memo(function EventList({
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
              <EventItem
                key={event.id}
                event={event}
                current={event.id === selectedId}
                shell={shell}
                certaintyLabels={certaintyLabels}
                onNavigate={onNavigate}
              />
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
});

type EventItemProps = Pick<EventListProps, 'shell' | 'certaintyLabels' | 'onNavigate'> & {
  readonly event: TimelineEvent;
  readonly current: boolean;
};

/** One event: a new selection re-renders only the two whose state changes. */
const EventItem = memo(function EventItem({ event, current, shell, certaintyLabels, onNavigate }: EventItemProps) {
  return (
    <li>
      <time dateTime={event.date}>{formatCalendarDate(event.date)}</time>{' '}
      <EventLink
        eventId={event.id}
        shell={shell}
        withinTimeline
        current={current}
        onNavigate={() => onNavigate?.(event.id, current)}
      >
        {event.title}
      </EventLink>
      {event.certainty !== 'confirmed' ? (
        <CertaintyBadge tone={event.certainty} className={styles.badge}>
          {certaintyLabels[event.certainty]}
        </CertaintyBadge>
      ) : null}
    </li>
  );
});
