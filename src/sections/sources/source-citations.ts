// Who cites what: which pages and timeline events cite each source. Pure,
// so the sources page and its tests compute it the same way.
import type { ChapterCopy, InteractiveId, Paragraph } from '@/content/types';
import type { Source, TimelineEvent } from '@/data/types';
import { noteRefs } from '@/lib/prose';

/** A page that cites sources: a chapter, or the cover. */
export type CitingPage = {
  readonly path: string;
  readonly title: string;
  readonly sourceIds: readonly string[];
};

export type SourceCitations = {
  readonly pages: readonly { readonly path: string; readonly title: string }[];
  readonly events: readonly TimelineEvent[];
};

/**
 * The sources a chapter cites, in order of first citation: its `[[id]]`
 * notes, plus the sources of the interactives its parts place.
 */
export function chapterSourceIds(
  chapter: ChapterCopy,
  interactiveSources: Partial<Record<InteractiveId, readonly string[]>> = {},
): string[] {
  const ids = chapter.parts.flatMap((part) => [
    ...part.paragraphs.flatMap((paragraph) => noteRefs(paragraphText(paragraph))),
    ...(part.interactive ? (interactiveSources[part.interactive] ?? []) : []),
  ]);
  return [...new Set(ids)];
}

/** For every source id, the pages and events citing it (empty lists when none does). */
export function citationsBySource(
  sources: readonly Source[],
  pages: readonly CitingPage[],
  events: readonly TimelineEvent[],
): Map<string, SourceCitations> {
  const result = new Map<string, { pages: { path: string; title: string }[]; events: TimelineEvent[] }>(
    sources.map((source) => [source.id, { pages: [], events: [] }]),
  );
  for (const page of pages) {
    for (const id of new Set(page.sourceIds)) {
      result.get(id)?.pages.push({ path: page.path, title: page.title });
    }
  }
  for (const event of events) {
    for (const id of new Set(event.sourceIds)) result.get(id)?.events.push(event);
  }
  return result;
}

/** Ids cited by a page or an event that no source record has: should be empty. */
export function unresolvedCitations(
  sources: readonly Source[],
  pages: readonly CitingPage[],
  events: readonly TimelineEvent[],
): string[] {
  const known = new Set(sources.map((source) => source.id));
  const cited = [...pages.flatMap((page) => page.sourceIds), ...events.flatMap((event) => event.sourceIds)];
  return [...new Set(cited.filter((id) => !known.has(id)))];
}

function paragraphText(paragraph: Paragraph): string {
  return typeof paragraph === 'string' ? paragraph : paragraph.text;
}
