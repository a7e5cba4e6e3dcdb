// Who cites what: which pages and timeline events cite each source. Pure,
// so the sources page and its tests compute it the same way.
import type { Source, TimelineEvent } from '@/data/types';
import type { PageId } from '@/site/links';

/** A page that cites sources: a chapter, or the cover. */
export type CitingPage = {
  readonly page: PageId;
  readonly title: string;
  readonly sourceIds: readonly string[];
};

export type SourceCitations = {
  readonly pages: readonly Pick<CitingPage, 'page' | 'title'>[];
  readonly events: readonly TimelineEvent[];
};

/** For every source id, the pages and events citing it (empty lists when none does). */
export function citationsBySource(
  sources: readonly Source[],
  pages: readonly CitingPage[],
  events: readonly TimelineEvent[],
): Map<string, SourceCitations> {
  const result = new Map<string, { pages: Pick<CitingPage, 'page' | 'title'>[]; events: TimelineEvent[] }>(
    sources.map((source) => [source.id, { pages: [], events: [] }]),
  );
  for (const page of pages) {
    for (const id of new Set(page.sourceIds)) {
      result.get(id)?.pages.push({ page: page.page, title: page.title });
    }
  }
  for (const event of events) {
    for (const id of new Set(event.sourceIds)) result.get(id)?.events.push(event);
  }
  return result;
}
