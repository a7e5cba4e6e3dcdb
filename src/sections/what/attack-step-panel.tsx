import { useId } from 'react';
import { SiteLink } from '@/components/site-link';
import type { AttackStep } from '@/content/types';
import { findEventById, sourcesFor } from '@/data/selectors';
import { labelWithDate } from '@/lib/calendar-date';
import type { Source, TimelineEvent } from '@/data/types';
import { AttackDiagram } from './attack-diagram';
import type { AttackStepperCopy } from './attack-stepper';
import styles from './attack-stepper.module.css';
import { SourceLink } from '@/components/source-link';

type AttackStepPanelProps = {
  readonly step: AttackStep;
  /** "Step 3 of 7". */
  readonly position: string;
  readonly hidden: boolean;
  readonly copy: AttackStepperCopy;
  readonly sources: readonly Source[];
  readonly events: readonly TimelineEvent[];
  readonly eventPath: (id: string) => string;
};

/** One step: its place and date, the diagram state, the explanation, sources and timeline links. */
export function AttackStepPanel({ step, position, hidden, copy, sources, events, eventPath }: AttackStepPanelProps) {
  const titleId = useId();
  const linkedEvents = step.eventIds.flatMap((id) => {
    const event = findEventById(events, id);
    return event ? [event] : [];
  });
  return (
    <li className={styles.step} hidden={hidden} aria-labelledby={titleId}>
      <p className={styles.kicker}>
        {position}
        <span className={styles.when}>
          <span className="visually-hidden">{copy.when} </span>
          {step.when}
        </span>
      </p>
      <h4 id={titleId} className={styles.title}>
        {step.title}
      </h4>
      <AttackDiagram step={step} labels={copy} />
      {step.body.map((paragraph) => (
        <p key={paragraph} className={styles.body}>
          {paragraph}
        </p>
      ))}
      <p className={styles.meta}>
        {copy.sources}{' '}
        {sourcesFor(step.sourceIds, sources).map((source, index) => (
          <span key={source.id}>
            {index > 0 ? '; ' : null}
            <SourceLink source={source}>
              {labelWithDate(source.publisher, source.published)}
            </SourceLink>
          </span>
        ))}
      </p>
      <p className={styles.meta}>
        {copy.timeline}{' '}
        {linkedEvents.map((event, index) => (
          <span key={event.id}>
            {index > 0 ? '; ' : null}
            <SiteLink to={eventPath(event.id)}>{event.title}</SiteLink>
          </span>
        ))}
      </p>
    </li>
  );
}
