import { labelWithDate } from '@/lib/calendar-date';
import { SourceLink, type CitableSource } from './source-link';

type SourceLinksProps = {
  readonly sources: readonly CitableSource[];
  /** "Microsoft (July 14, 2023)" rather than "Microsoft". */
  readonly dated?: boolean;
};

/** Sources as a run of links named by publisher, "Microsoft; CISA", each titled with its headline. */
export function SourceLinks({ sources, dated = false }: SourceLinksProps) {
  return sources.map((source, index) => (
    <span key={source.id}>
      {index > 0 ? '; ' : null}
      <SourceLink source={source} title={source.title}>
        {dated ? labelWithDate(source.publisher, source.published) : source.publisher}
      </SourceLink>
    </span>
  ));
}
