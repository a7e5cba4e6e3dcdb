import type { ReactNode } from 'react';

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
};

/** Every chart sits in a figure whose caption holds its title, description, notes and source. */
export function ChartFrame({ id, copy, children, alternative, legend, foldNotes, titledBy }: ChartFrameProps) {
  const notes = (
    <>
      {legend}
      {copy.notes ? <p className="chart-notes">{copy.notes}</p> : null}
    </>
  );
  return (
    <figure className="chart-frame" aria-labelledby={titledBy ?? `${id}-title`} aria-describedby={`${id}-description`}>
      <figcaption className="chart-caption">
        {titledBy ? null : (
          <p className="chart-title" id={`${id}-title`}>
            {copy.title}
          </p>
        )}
        <p className="chart-description" id={`${id}-description`}>
          {copy.description}
        </p>
      </figcaption>
      {children}
      <div className="chart-footer">
        {foldNotes ? (
          <details className="chart-fold">
            <summary>{foldNotes}</summary>
            {notes}
          </details>
        ) : (
          notes
        )}
        <p className="chart-source">{copy.source}</p>
      </div>
      {alternative}
    </figure>
  );
}
