import { paragraphText } from '@/content/paragraph';
import type { ChapterCopy, InteractiveId } from '@/content/types';
import { noteRefs } from '@/lib/prose';

/**
 * The sources a chapter cites, in order of first citation: its `[[id]]`
 * notes, plus the sources of the interactives its parts place.
 */
export function chapterSourceIds(
  chapter: ChapterCopy,
  interactives: Partial<Record<InteractiveId, readonly string[]>> = {},
): string[] {
  const ids = chapter.parts.flatMap((part) => [
    ...part.paragraphs.flatMap((paragraph) => noteRefs(paragraphText(paragraph))),
    ...(part.interactive ? (interactives[part.interactive] ?? []) : []),
  ]);
  return [...new Set(ids)];
}
