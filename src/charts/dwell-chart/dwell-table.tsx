import { useId } from 'react';
import type { Certainty, Intrusion, Source } from '@/data/types';
import { dwellText, type DwellWords } from './dwell-bars';
import { DwellEnds } from './dwell-ends';
import { DwellSources } from './dwell-sources';
import styles from './dwell-chart.module.css';

export type DwellTableCopy = {
  readonly caption: string;
  readonly scrollHint: string;
  readonly intrusion: string;
  readonly actor: string;
  readonly days: string;
  readonly counted: string;
  readonly from: string;
  readonly to: string;
  readonly taken: string;
  readonly sources: string;
  /** Where the table is folded (a graphic embed): the disclosure that opens it. */
  readonly foldSummary: string;
};

type DwellTableProps = {
  readonly copy: DwellTableCopy;
  readonly intrusions: readonly Intrusion[];
  readonly sources: readonly Source[];
  readonly words: DwellWords;
  readonly certainty: Readonly<Record<Certainty, string>>;
  readonly certaintyLabel: string;
  /** Folded behind a disclosure, closed at first (a graphic embed, where room is short). */
  readonly folded?: boolean;
};

/** The chart's numbers as a table: the text alternative, and the no-JS and print version. */
export function DwellTable({
  copy,
  intrusions,
  sources,
  words,
  certainty,
  certaintyLabel,
  folded = false,
}: DwellTableProps) {
  const captionId = `${useId()}-caption`;
  const block = (
    <div className={styles.tableBlock}>
      <p className={styles.scrollHint}>{copy.scrollHint}</p>
      {/* A focusable region, so keyboard users can scroll the table on narrow screens. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className={styles.tableWrap} role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className={styles.table}>
          <caption id={captionId}>{copy.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{copy.intrusion}</th>
              <th scope="col">{copy.actor}</th>
              <th scope="col">{copy.days}</th>
              <th scope="col">{copy.counted}</th>
              <th scope="col">{copy.taken}</th>
              <th scope="col">{copy.sources}</th>
            </tr>
          </thead>
          <tbody>
            {intrusions.map((intrusion) => (
              <tr key={intrusion.id} className={intrusion.isThisStory ? styles.storyRow : undefined}>
                <th scope="row">{intrusion.name}</th>
                <td>{intrusion.actor}</td>
                <td>
                  {/* A figure stays on one line; "Not comparable: …" wraps like any text. */}
                  <strong className={intrusion.dwell ? styles.days : styles.daysInWords}>
                    {dwellText(intrusion, words)}
                  </strong>
                  <span className={styles.certainty}>
                    {' '}
                    ({certaintyLabel} {certainty[intrusion.certainty]})
                  </span>
                </td>
                <td>
                  <DwellEnds copy={copy} intrusion={intrusion} />
                  <span className={styles.note}>{intrusion.dwellNote}</span>
                </td>
                <td>{intrusion.taken}</td>
                <td>
                  <DwellSources sourceIds={intrusion.sourceIds} sources={sources} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
  return folded ? (
    <details className={styles.tableFold}>
      <summary>{copy.foldSummary}</summary>
      {block}
    </details>
  ) : (
    block
  );
}
