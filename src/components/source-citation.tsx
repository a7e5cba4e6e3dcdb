import { formatCalendarDate } from '@/lib/calendar-date';
import { SourceLink, type CitableSource } from './source-link';

type SourceCitationProps = {
  readonly source: CitableSource;
  /** Followed by its publication date: "Microsoft, Title (July 14, 2023)". */
  readonly dated?: boolean;
};

/** A source cited in full: publisher, then its headline as the link. */
export function SourceCitation({ source, dated = false }: SourceCitationProps) {
  return (
    <>
      {source.publisher}, <SourceLink source={source}>{source.title}</SourceLink>
      {dated && source.published ? ` (${formatCalendarDate(source.published)})` : null}
    </>
  );
}
