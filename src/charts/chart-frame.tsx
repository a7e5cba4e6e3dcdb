import type { ReactNode } from 'react';
import styles from './chart-frame.module.css';

type ChartFrameCopy = {
  readonly title: string;
  readonly description: string;
  readonly notes?: string;
  readonly source: string;
};

type ChartFrameProps = {
  readonly id: string;
  readonly copy: ChartFrameCopy;
  /** The chart itself (client only) */
  readonly children: ReactNode;
  /** The text alternative carrying the same facts (a list or a table), always rendered. */
  readonly alternative?: ReactNode;
  /** A key to the chart's symbols or bands, shown under it before the notes (server-rendered). */
  readonly legend?: ReactNode;
  /** Where room is short (a graphic embed): the key and notes fold behind this label; the source stays in view. */
  readonly foldNotes?: string;
  /** The id of a headline above the chart that names it (a graphic embed's): the chart's own title is then not shown. */
  readonly titledBy?: string;
  /** A class of the page's own for the figure, which it places. */
  readonly className?: string;
};

/** Every chart sits in a figure whose caption holds its title, description, notes and source. */
export function ChartFrame({
  id,
  copy,
  children,
  alternative,
  legend,
  foldNotes,
  titledBy,
  className,
}: ChartFrameProps) {
  const notes = (
    <>
      {legend}
      {copy.notes ? <p className={styles.notes}>{copy.notes}</p> : null}
    </>
  );
  return (
    <figure
      className={className ? `${styles.frame} ${className}` : styles.frame}
      aria-labelledby={titledBy ?? `${id}-title`}
      aria-describedby={`${id}-description`}
    >
      <figcaption>
        {titledBy ? null : (
          <p className={styles.title} id={`${id}-title`}>
            {copy.title}
          </p>
        )}
        <p className={styles.description} id={`${id}-description`}>
          {copy.description}
        </p>
      </figcaption>
      {children}
      <div>
        {foldNotes ? (
          <details className={styles.fold}>
            <summary>{foldNotes}</summary>
            {notes}
          </details>
        ) : (
          notes
        )}
        <p className={styles.source}>{copy.source}</p>
      </div>
      {alternative}
    </figure>
  );
}
