import type { ReactNode } from 'react';
import { SectionBoundary } from '@/components/section-boundary';
import { chapterOutline } from '@/content/chapter-outline';
import { siteCopy } from '@/content/site';
import type { ChapterCopy, InteractiveId } from '@/content/types';
import { sources } from '@/data/sources';
import type { ChapterId } from '@/data/types';
import { ChapterArticle } from './chapter-article';
import { ChapterProgress } from './chapter-progress';

export type StorySection = {
  readonly id: ChapterId;
  readonly copy: ChapterCopy;
  readonly render: (options: { readonly embedded: boolean }) => ReactNode;
};

/**
 * One chapter as a section: its copy, the interactives its copy places, a
 * boundary so a broken interactive cannot blank the page, and (outside
 * embeds) the "Chapter n of 4" progress line.
 */
export function chapterSection(
  copy: ChapterCopy,
  interactives: Partial<Record<InteractiveId, ReactNode>>,
): StorySection {
  const number = chapterOutline.findIndex((chapter) => chapter.id === copy.id) + 1;
  return {
    id: copy.id,
    copy,
    render: ({ embedded }) => (
      <SectionBoundary title={siteCopy.error.title} message={siteCopy.error.body} retryLabel={siteCopy.error.retry}>
        <ChapterArticle
          copy={copy}
          sources={sources}
          labels={{
            notesHeading: siteCopy.notes.heading,
            allSources: siteCopy.notes.allSources,
            noteLabel: siteCopy.notes.noteLabel,
          }}
          interactives={interactives}
          aside={
            embedded ? null : (
              <ChapterProgress
                chapterId={copy.id}
                label={siteCopy.chapterNav.count
                  .replace('{n}', String(number))
                  .replace('{total}', String(chapterOutline.length))}
              />
            )
          }
        />
      </SectionBoundary>
    ),
  };
}
