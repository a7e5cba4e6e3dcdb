import type { ReactNode } from 'react';
import { SectionBoundary } from '@/components/section-boundary';
import { chapterNumber, chapterOutline, type ChapterId } from '@/content/chapter-outline';
import { siteCopy } from '@/content/site';
import type { ChapterCopy, InteractiveId } from '@/content/types';
import { sources } from '@/data/sources';
import { fillTemplate } from '@/lib/fill-template';
import { ChapterArticle } from './chapter-article';
import { ChapterProgress } from './chapter-progress';
import type { ChapterCitations } from './interactive-sources';

export type SectionRenderOptions = { readonly embedded: boolean };

export type StorySection = {
  readonly id: ChapterId;
  readonly copy: ChapterCopy;
  readonly render: (options: SectionRenderOptions) => ReactNode;
};

/**
 * One chapter as a section: its copy, the interactives its copy places
 * (one for each slot its citations declare), a boundary so a broken
 * interactive cannot blank the page, and (outside embeds) the "Chapter n
 * of 4" progress line.
 */
export function chapterSection<C extends ChapterCitations>(
  copy: ChapterCopy,
  citations: C,
  interactives: { readonly [K in keyof C['interactives'] & InteractiveId]: (options: SectionRenderOptions) => ReactNode },
): StorySection {
  const unbound = copy.parts.flatMap((part) => (part.interactive && !(part.interactive in interactives) ? [part.interactive] : []));
  if (citations.chapterId !== copy.id || unbound.length > 0) {
    throw new Error(`The ${copy.id} chapter's binding does not match its copy: citations for ${citations.chapterId}, no interactive for ${unbound.join(', ') || 'none'}`);
  }
  const count = fillTemplate(siteCopy.chapterNav.count, { n: chapterNumber(copy.id), total: chapterOutline.length });
  return {
    id: copy.id,
    copy,
    render: (options) => (
      <SectionBoundary title={siteCopy.error.title} message={siteCopy.error.body} retryLabel={siteCopy.error.retry}>
        <ChapterArticle
          copy={copy}
          sources={sources}
          labels={siteCopy.notes}
          interactives={Object.fromEntries(
            Object.entries<(options: SectionRenderOptions) => ReactNode>(interactives).map(([slot, render]) => [slot, render(options)]),
          )}
          aside={options.embedded ? null : <ChapterProgress chapterId={copy.id} label={count} />}
        />
      </SectionBoundary>
    ),
  };
}
