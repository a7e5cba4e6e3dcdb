import { useId } from 'react';
import { findEventById, sourcesFor } from '@/data/selectors';
import type { Source, TimelineEvent, Victim } from '@/data/types';
import { formatCalendarDate } from '@/lib/calendar-date';
import { EventLink } from '@/site/event-link';
import type { VictimsGridCopy } from './victims-grid';
import styles from './victims-grid.module.css';
import { SourceLinks } from '@/components/source-links';
import { CertaintyBadge } from '@/components/certainty-badge';

type VictimCardProps = {
  readonly victim: Victim;
  readonly copy: VictimsGridCopy;
  /** False before hydration: the name is plain text and the details always show. */
  readonly collapsible: boolean;
  readonly expanded: boolean;
  readonly onToggle: () => void;
  readonly sources: readonly Source[];
  readonly events: readonly TimelineEvent[];
  /** In a graphic embed: the name is a heading one level under the embed's h1. */
  readonly compact?: boolean;
};

export function VictimCard({
  victim,
  copy,
  collapsible,
  expanded,
  onToggle,
  sources,
  events,
  compact = false,
}: VictimCardProps) {
  // In a graphic embed the names sit right under the page's h1.
  const Heading = compact ? 'h2' : 'h4';
  const detailsId = useId();
  const nameId = useId();
  const event = victim.eventId ? findEventById(events, victim.eventId) : undefined;
  const cited = sourcesFor(victim.sourceIds, sources);
  return (
    <li id={victim.id} className={[styles.card, styles[victim.kind]].join(' ')} aria-labelledby={nameId}>
      <p className={styles.kind}>
        {copy.kinds[victim.kind]}
        {victim.certainty === 'confirmed' ? null : (
          <CertaintyBadge tone={victim.certainty === 'unconfirmed' ? 'disputed' : victim.certainty}>
            {copy.certainty[victim.certainty]}
          </CertaintyBadge>
        )}
      </p>
      <Heading id={nameId} className={styles.name}>
        {collapsible ? (
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={onToggle}
          >
            <span>{victim.name}</span>
            <span className={styles.chevron} aria-hidden="true" />
          </button>
        ) : (
          victim.name
        )}
      </Heading>
      <p className={styles.role}>{victim.role}</p>
      <div id={detailsId} className={styles.details} hidden={!expanded}>
        <dl>
          <dt>{copy.known}</dt>
          <dd>{victim.known}</dd>
          <dt>{copy.public}</dt>
          <dd>
            <time dateTime={victim.publicDate}>{formatCalendarDate(victim.publicDate)}</time>
          </dd>
          <dt>{copy.source}</dt>
          <dd>
            {cited.length === 0 ? `${copy.noSource} ${victim.sourceNote ?? ''}` : <SourceLinks sources={cited} dated />}
          </dd>
          {event ? (
            <>
              <dt>{copy.timeline}</dt>
              <dd>
                <EventLink eventId={event.id}>{event.title}</EventLink>
              </dd>
            </>
          ) : null}
        </dl>
      </div>
    </li>
  );
}
