import { useId } from 'react';
import type { AttackStep } from '@/content/types';
import { findEventById, sourcesFor } from '@/data/selectors';
import { EventLink } from '@/site/event-link';
import type { Source, TimelineEvent } from '@/data/types';
import { AttackDiagram } from './attack-diagram';
import type { AttackStepperCopy } from './attack-stepper';
import styles from './attack-stepper.module.css';
import { SourceLinks } from '@/components/source-links';
import shared from '@/styles/shared.module.css';

type AttackStepPanelProps = {
  readonly step: AttackStep;
  /** "Step 3 of 7". */
  readonly position: string;
  readonly hidden: boolean;
  readonly copy: AttackStepperCopy;
  readonly sources: readonly Source[];
  readonly events: readonly TimelineEvent[];
  /** Compact: the first paragraph shows; the rest, the sources and the timeline links fold away. */
  readonly compact?: boolean;
  readonly moreOpen?: boolean;
  readonly onMoreToggle?: (open: boolean) => void;
};

/** One step: its place and date, the diagram state, the explanation, sources and timeline links. */
export function AttackStepPanel({
  step,
  position,
  hidden,
  copy,
  sources,
  events,
  compact = false,
  moreOpen = false,
  onMoreToggle,
}: AttackStepPanelProps) {
  const titleId = useId();
  const linkedEvents = step.eventIds.flatMap((id) => {
    const event = findEventById(events, id);
    return event ? [event] : [];
  });
  const [lead, ...rest] = compact ? step.body : [];
  // In a graphic embed the step's title sits right under the page's h1.
  const Heading = compact ? 'h2' : 'h4';
  const paragraphs = (items: readonly string[]) =>
    items.map((paragraph) => (
      <p key={paragraph} className={styles.body}>
        {paragraph}
      </p>
    ));
  const meta = (
    <>
      <p className={styles.meta}>
        {copy.sources} <SourceLinks sources={sourcesFor(step.sourceIds, sources)} dated />
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
    </>
  );
  return (
    <li className={styles.step} hidden={hidden} aria-labelledby={titleId}>
      <p className={styles.kicker}>
        {position}
        <span className={styles.when}>
          <span className="visually-hidden">{copy.when} </span>
          {step.when}
        </span>
      </p>
      <Heading id={titleId} className={styles.title}>
        {step.title}
      </Heading>
      <AttackDiagram step={step} labels={copy} compact={compact} />
      {compact ? (
        <>
          {lead === undefined ? null : paragraphs([lead])}
          <details
            className={`${shared.fold} ${styles.more}`}
            open={moreOpen}
            onToggle={(event) => onMoreToggle?.(event.currentTarget.open)}
          >
            <summary>{copy.compact.more}</summary>
            {paragraphs(rest)}
            {meta}
          </details>
        </>
      ) : (
        <>
          {paragraphs(step.body)}
          {meta}
        </>
      )}
    </li>
  );
}
