import { SiteLink } from '@/components/site-link';
import { formatCalendarDate } from '@/lib/calendar-date';
import type { TimelineEvent } from '@/data/types';
import styles from './cover.module.css';

type TimelineTeaserProps = {
  readonly heading: string;
  readonly fullLink: string;
  readonly events: readonly Pick<TimelineEvent, 'id' | 'date' | 'title'>[];
  readonly eventPath: (id: string) => string;
};

/** The key events as a compact list that links into the full timeline. */
export function TimelineTeaser({ heading, fullLink, events, eventPath }: TimelineTeaserProps) {
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
            <SiteLink to={eventPath(event.id)} className={styles.teaserLink}>
              {event.title}
            </SiteLink>
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
