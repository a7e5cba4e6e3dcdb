import type { ReactNode } from 'react';

export type ChartFrameCopy = {
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
};

/** Every chart sits in a figure whose caption holds its title, description, notes and source. */
export function ChartFrame({ id, copy, children, alternative, legend }: ChartFrameProps) {
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`} aria-describedby={`${id}-description`}>
      <figcaption className="chart-caption">
        <p className="chart-title" id={`${id}-title`}>
          {copy.title}
        </p>
        <p className="chart-description" id={`${id}-description`}>
          {copy.description}
        </p>
      </figcaption>
      {children}
      <div className="chart-footer">
        {legend}
        {copy.notes ? <p className="chart-notes">{copy.notes}</p> : null}
        <p className="chart-source">{copy.source}</p>
      </div>
      {alternative}
    </figure>
  );
}
