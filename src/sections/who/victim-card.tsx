import { useId } from 'react';
import { SiteLink } from '@/components/site-link';
import { findEventById, sourcesFor } from '@/data/selectors';
import type { Source, TimelineEvent, Victim } from '@/data/types';
import { formatCalendarDate, labelWithDate } from '@/lib/calendar-date';
import type { VictimsGridCopy } from './victims-grid';
import styles from './victims-grid.module.css';
import { SourceLink } from '@/components/source-link';

type VictimCardProps = {
  readonly victim: Victim;
  readonly copy: VictimsGridCopy;
  /** False before hydration: the name is plain text and the details always show. */
  readonly collapsible: boolean;
  readonly expanded: boolean;
  readonly onToggle: () => void;
  readonly sources: readonly Source[];
  readonly events: readonly TimelineEvent[];
  readonly eventPath: (id: string) => string;
};

export function VictimCard({ victim, copy, collapsible, expanded, onToggle, sources, events, eventPath }: VictimCardProps) {
  const detailsId = useId();
  const nameId = useId();
  const event = victim.eventId ? findEventById(events, victim.eventId) : undefined;
  const cited = sourcesFor(victim.sourceIds, sources);
  return (
    <li id={victim.id} className={[styles.card, styles[victim.kind]].join(' ')} aria-labelledby={nameId}>
      <p className={styles.kind}>
        {copy.kinds[victim.kind]}
        {victim.certainty === 'confirmed' ? null : (
          <span className={`badge badge-${victim.certainty === 'unconfirmed' ? 'disputed' : victim.certainty}`}>
            {copy.certainty[victim.certainty]}
          </span>
        )}
      </p>
      <h4 id={nameId} className={styles.name}>
        {collapsible ? (
          <button type="button" className={styles.toggle} aria-expanded={expanded} aria-controls={detailsId} onClick={onToggle}>
            <span>{victim.name}</span>
            <span className={styles.chevron} aria-hidden="true" />
          </button>
        ) : (
          victim.name
        )}
      </h4>
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
            {cited.length === 0
              ? `${copy.noSource} ${victim.sourceNote ?? ''}`
              : cited.map((source, index) => (
                  <span key={source.id}>
                    {index > 0 ? '; ' : null}
                    <SourceLink source={source}>
                      {labelWithDate(source.publisher, source.published)}
                    </SourceLink>
                  </span>
                ))}
          </dd>
          {event ? (
            <>
              <dt>{copy.timeline}</dt>
              <dd>
                <SiteLink to={eventPath(event.id)}>{event.title}</SiteLink>
              </dd>
            </>
          ) : null}
        </dl>
      </div>
    </li>
  );
}
