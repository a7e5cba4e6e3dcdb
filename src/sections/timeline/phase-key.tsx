import { formatCalendarDate } from '@/lib/calendar-date';
import { fillTemplate } from '@/lib/fill-template';
import type { Phase } from '@/data/types';
import styles from './timeline-section.module.css';

type PhaseKeyProps = {
  readonly phases: readonly Phase[];
  readonly heading: string;
  /** "{from} to {to}". */
  readonly datesPattern: string;
};

/** The numbered phases the chart's bands refer to; server-rendered with the chart's caption. */
export function PhaseKey({ phases, heading, datesPattern }: PhaseKeyProps) {
  return (
    <div className={styles.phaseKey}>
      <p className={styles.phaseKeyHeading}>{heading}</p>
      <ol>
        {phases.map((phase) => (
          <li key={phase.id}>
            <span className={styles.phaseKeyLabel}>{phase.label}</span>{' '}
            <span className={styles.phaseKeyDates}>
              {fillTemplate(datesPattern, { from: phaseDate(phase.start, 'start'), to: phaseDate(phase.end, 'end') })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A phase that starts on January 1 or ends on December 31 is written as the year alone. */
function phaseDate(date: string, side: 'start' | 'end'): string {
  const wholeYear = side === 'start' ? date.endsWith('-01-01') : date.endsWith('-12-31');
  return formatCalendarDate(wholeYear ? date.slice(0, 4) : date);
}
