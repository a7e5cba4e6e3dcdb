import type { ChapterId } from '@/content/chapter-outline';
import type { InteractiveId } from '@/content/types';

/**
 * The sources a chapter's interactives cite beyond its [[notes]], by slot:
 * declared beside each chapter's binding (sections/<id>/<id>-interactive-sources.ts)
 * and read both by the chapter and by the sources page, which credits each
 * chapter with them without loading the interactives themselves.
 */
export type ChapterCitations = {
  readonly chapterId: ChapterId;
  readonly interactives: Partial<Record<InteractiveId, readonly string[]>>;
};
