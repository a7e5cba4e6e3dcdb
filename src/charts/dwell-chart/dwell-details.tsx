import type { Certainty, Intrusion, Source } from '@/data/types';
import { dwellText, type DwellWords } from './dwell-bars';
import { DwellEnds } from './dwell-ends';
import { DwellSources } from './dwell-sources';
import styles from './dwell-chart.module.css';

export type DwellDetailsCopy = {
  readonly prompt: string;
  readonly actor: string;
  readonly days: string;
  readonly counted: string;
  readonly from: string;
  readonly to: string;
  readonly taken: string;
  readonly sources: string;
};

type DwellDetailsProps = {
  readonly copy: DwellDetailsCopy;
  readonly intrusion: Intrusion | undefined;
  readonly sources: readonly Source[];
  readonly words: DwellWords;
  readonly certainty: Readonly<Record<Certainty, string>>;
  /** In a graphic embed: the name is a heading one level under the embed's h1. */
  readonly compact?: boolean;
};

/** What the selected bar stands for: announced politely when it changes. */
export function DwellDetails({ copy, intrusion, sources, words, certainty, compact = false }: DwellDetailsProps) {
  // In a graphic embed the intrusion's name sits right under the page's h1.
  const Heading = compact ? 'h2' : 'h3';
  return (
    <div className={styles.details} aria-live="polite">
      {intrusion ? (
        <>
          <Heading className={styles.detailsHeading}>{intrusion.name}</Heading>
          <dl className={styles.detailsList}>
            <dt>{copy.actor}</dt>
            <dd>{intrusion.actor}</dd>
            <dt>{copy.days}</dt>
            <dd>
              {dwellText(intrusion, words)} ({certainty[intrusion.certainty]})
            </dd>
            <dt>{copy.counted}</dt>
            <dd>
              <DwellEnds copy={copy} intrusion={intrusion} />
              {intrusion.dwellNote}
            </dd>
            <dt>{copy.taken}</dt>
            <dd>{intrusion.taken}</dd>
            <dt>{copy.sources}</dt>
            <dd>
              <DwellSources sourceIds={intrusion.sourceIds} sources={sources} />
            </dd>
          </dl>
        </>
      ) : (
        <p className={styles.prompt}>{copy.prompt}</p>
      )}
    </div>
  );
}
