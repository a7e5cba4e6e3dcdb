import { useId } from 'react';
import type { AttackStep } from '@/content/types';
import { findEventById, sourcesFor } from '@/data/selectors';
import { EventLink } from '@/site/event-link';
import type { Source, TimelineEvent } from '@/data/types';
import { AttackDiagram } from './attack-diagram';
import type { AttackStepperCopy } from './attack-stepper';
import styles from './attack-stepper.module.css';
import { SourceLinks } from '@/components/source-links';

type AttackStepPanelProps = {
  readonly step: AttackStep;
  /** "Step 3 of 7". */
  readonly position: string;
  readonly hidden: boolean;
  readonly copy: AttackStepperCopy;
  readonly sources: readonly Source[];
  readonly events: readonly TimelineEvent[];
};

/** One step: its place and date, the diagram state, the explanation, sources and timeline links. */
export function AttackStepPanel({ step, position, hidden, copy, sources, events }: AttackStepPanelProps) {
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
        <SourceLinks sources={sourcesFor(step.sourceIds, sources)} dated />
      </p>
      <p className={styles.meta}>
        {copy.timeline}{' '}
        {linkedEvents.map((event, index) => (
          <span key={event.id}>
            {index > 0 ? '; ' : null}
            <EventLink eventId={event.id}>{event.title}</EventLink>
          </span>
        ))}
      </p>
    </li>
  );
}
