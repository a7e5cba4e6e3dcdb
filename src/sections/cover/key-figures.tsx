import { sourcesFor } from '@/data/selectors';
import type { KeyFigure, Source } from '@/data/types';
import styles from './cover.module.css';
import { SourceLinks } from '@/components/source-links';

type KeyFiguresProps = {
  readonly heading: string;
  readonly sourceLabel: string;
  readonly figures: readonly KeyFigure[];
  readonly sources: readonly Source[];
};

export function KeyFigures({ heading, sourceLabel, figures, sources }: KeyFiguresProps) {
  return (
    <section className={styles.figures} aria-labelledby="key-figures-title">
      <h2 id="key-figures-title" className={styles.sectionHeading}>
        {heading}
      </h2>
      <ul className={styles.figureList}>
        {figures.map((figure) => (
          <li key={figure.id} className={styles.figure}>
            <p className={styles.figureValue}>{figure.value}</p>
            <p className={styles.figureLabel}>{figure.label}</p>
            <p className={styles.figureNote}>{figure.note}</p>
            <p className={styles.figureSource}>
              {sourceLabel} <SourceLinks sources={sourcesFor(figure.sourceIds, sources)} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
