import { sourcesFor } from '@/data/selectors';
import type { KeyFigure, Source } from '@/data/types';

type KeyFiguresProps = {
  readonly heading: string;
  readonly sourceLabel: string;
  readonly figures: readonly KeyFigure[];
  readonly sources: readonly Source[];
};

export function KeyFigures({ heading, sourceLabel, figures, sources }: KeyFiguresProps) {
  return (
    <section className="key-figures" aria-labelledby="key-figures-title">
      <h2 id="key-figures-title">{heading}</h2>
      <ul>
        {figures.map((figure) => (
          <li key={figure.id} className="key-figure">
            <p className="key-figure-value">{figure.value}</p>
            <p className="key-figure-label">{figure.label}</p>
            <p className="key-figure-note">{figure.note}</p>
            <p className="key-figure-source">
              {sourceLabel}{' '}
              {sourcesFor(figure.sourceIds, sources).map((source, index) => (
                <span key={source.id}>
                  {index > 0 ? '; ' : null}
                  <a href={source.url}>{source.publisher}</a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
