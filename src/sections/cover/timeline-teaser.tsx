import { Link } from '@tanstack/react-router';
import { formatCalendarDate } from '@/lib/calendar-date';
import type { TimelineEvent } from '@/data/types';
import { EventLink } from '@/site/event-link';
import { timelineLink } from '@/site/links';
import styles from './cover.module.css';
import shared from '@/styles/shared.module.css';

type TimelineTeaserProps = {
  readonly heading: string;
  readonly fullLink: string;
  readonly events: readonly Pick<TimelineEvent, 'id' | 'date' | 'title'>[];
};

/** The key events as a compact list that links into the full timeline. */
export function TimelineTeaser({ heading, fullLink, events }: TimelineTeaserProps) {
  return (
    <section className={styles.teaser} aria-labelledby="teaser-title">
      <h2 id="teaser-title" className={styles.sectionHeading}>
        {heading}
      </h2>
      <ol className={styles.teaserList}>
        {events.map((event) => (
          <li key={event.id} className={styles.teaserItem}>
            <time dateTime={event.date} className={styles.teaserDate}>
              {formatCalendarDate(event.date)}
            </time>
            <EventLink eventId={event.id} className={styles.teaserLink}>
              {event.title}
            </EventLink>
          </li>
        ))}
      </ol>
      <p>
        <Link {...timelineLink()} className={shared.buttonLink}>
          {fullLink}
        </Link>
      </p>
    </section>
  );
}
