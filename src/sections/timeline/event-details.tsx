import { Link } from '@tanstack/react-router';
import { LaneIcon } from '@/charts/timeline-chart/lane-icon';
import { formatCalendarDate } from '@/lib/calendar-date';
import { sourcesFor } from '@/data/selectors';
import type { Lane, Source, TimelineEvent } from '@/data/types';
import type { TimelineCopy } from '@/content/sections/timeline';
import { CorrectionNotes } from '@/sections/corrections/correction-notes';
import { correctionsForEvent } from '@/content/corrections';
import { EventLink } from '@/site/event-link';
import { chapterLink } from '@/site/links';
import type { ChapterId } from '@/content/chapter-outline';
import { SourceCitation } from '@/components/source-citation';
import styles from './event-details.module.css';
import type { Shell } from '@/site/links';
import { CertaintyBadge } from '@/components/certainty-badge';

type EventDetailsProps = {
  readonly event: TimelineEvent;
  readonly lanes: readonly Lane[];
  readonly sources: readonly Source[];
  readonly copy: TimelineCopy['details'];
  readonly chapter?: { readonly id: ChapterId; readonly title: string };
  readonly previous?: TimelineEvent;
  readonly next?: TimelineEvent;
  readonly shell: Shell;
  /** Id of the title heading, so the section can move focus to it. */
  readonly headingId: string;
};

/** The selected event's story: previous and next, date, lane, title, certainty, summary, sources and chapter. */
export function EventDetails({
  event,
  lanes,
  sources,
  copy,
  chapter,
  previous,
  next,
  shell,
  headingId,
}: EventDetailsProps) {
  const lane = lanes.find((l) => l.id === event.lane);
  return (
    <article className={styles.details} aria-labelledby={headingId}>
      {previous || next ? (
        <nav className={styles.stepper} aria-label={copy.stepperLabel}>
          {previous ? (
            <EventLink eventId={previous.id} shell={shell} withinTimeline className={styles.step}>
              <span aria-hidden="true">←</span>
              {copy.previous}
              <span className="visually-hidden">: {previous.title}</span>
            </EventLink>
          ) : null}
          {next ? (
            <EventLink eventId={next.id} shell={shell} withinTimeline className={`${styles.step} ${styles.next}`}>
              {copy.next}
              <span className="visually-hidden">: {next.title}</span>
              <span aria-hidden="true">→</span>
            </EventLink>
          ) : null}
        </nav>
      ) : null}
      <p className={styles.date}>
        <time dateTime={event.date}>{formatCalendarDate(event.date)}</time>
        {' · '}
        <span>
          <LaneIcon lane={event.lane} /> {copy.lane}: {lane?.label ?? event.lane}
        </span>
      </p>
      <h2 id={headingId} className={styles.title} tabIndex={-1}>
        {event.title}
      </h2>
      {event.certainty !== 'confirmed' ? (
        <p>
          <CertaintyBadge tone={event.certainty}>{copy.certainty[event.certainty]}</CertaintyBadge>{' '}
          {event.certaintyNote}
        </p>
      ) : null}
      <p>{event.summary}</p>
      {event.certainty === 'confirmed' && event.certaintyNote ? (
        <p>
          <strong>{copy.noteLabel}</strong> {event.certaintyNote}
        </p>
      ) : null}
      <h3 className={styles.subhead}>{copy.sources}</h3>
      <ul className={styles.sources}>
        {sourcesFor(event.sourceIds, sources).map((source) => (
          <li key={source.id}>
            <SourceCitation source={source} dated />
          </li>
        ))}
      </ul>
      <CorrectionNotes notes={correctionsForEvent(event.id)} passage={event.title} />
      {chapter ? (
        <p>
          {copy.chapterLink} <Link {...chapterLink(chapter.id)}>{chapter.title}</Link>
        </p>
      ) : null}
    </article>
  );
}
