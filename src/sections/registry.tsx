// The single ordered list of what the story contains. Routes and embeds
// look entries up here; only this file binds copy and data to sections.
import type { ReactNode } from 'react';
import { SectionBoundary } from '@/components/section-boundary';
import { chapters } from '@/content/chapters';
import { siteCopy } from '@/content/site';
import type { ChapterCopy, InteractiveId } from '@/content/types';
import { sources } from '@/data/sources';
import type { ChapterId, TimelineEvent } from '@/data/types';
import { ChapterArticle } from './chapter/chapter-article';
import { ChapterNav } from './chapter/chapter-nav';
import { ChapterProgress } from './chapter/chapter-progress';
import { responseInteractives } from './response/response-interactives';
import { spyGameInteractives } from './spy-game/spy-game-interactives';
import { whatInteractives } from './what/what-interactives';
import { whoInteractives } from './who/who-interactives';

export type StorySection = {
  readonly id: ChapterId;
  readonly path: string;
  readonly copy: ChapterCopy;
  readonly embeddable: boolean;
  readonly render: (options: { readonly embedded: boolean }) => ReactNode;
};

const interactives: Record<ChapterId, Partial<Record<InteractiveId, ReactNode>>> = {
  who: whoInteractives,
  what: whatInteractives,
  response: responseInteractives,
  'spy-game': spyGameInteractives,
};

export const storySections: readonly StorySection[] = chapters.map(
  (copy, index) => ({
    id: copy.id,
    path: `/${copy.id}/`,
    copy,
    embeddable: true,
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
          interactives={interactives[copy.id]}
          aside={
            embedded ? null : (
              <ChapterProgress
                chapterId={copy.id}
                label={siteCopy.chapterNav.count
                  .replace('{n}', String(index + 1))
                  .replace('{total}', String(chapters.length))}
              />
            )
          }
        />
      </SectionBoundary>
    ),
  }),
);

export function findSection(id: string): StorySection | undefined {
  return storySections.find((section) => section.id === id);
}

/** Previous/next links around a chapter: the cover before the first, the timeline after the last. */
export function ChapterNavigation({ id }: { readonly id: ChapterId }) {
  const index = storySections.findIndex((section) => section.id === id);
  const previous = storySections[index - 1];
  const next = storySections[index + 1];
  return (
    <ChapterNav
      label={siteCopy.chapterNav.label}
      previousLabel={siteCopy.chapterNav.previous}
      nextLabel={siteCopy.chapterNav.next}
      previous={previous ? { path: previous.path, title: previous.copy.title } : { path: '/', title: siteCopy.chapterNav.coverTitle }}
      next={next ? { path: next.path, title: next.copy.title } : { path: '/timeline/', title: siteCopy.chapterNav.timelineTitle }}
    />
  );
}

/** The chapter that tells an event's part of the story. */
export function chapterForEvent(event: TimelineEvent) {
  const section = findSection(event.chapter);
  return section ? { path: section.path, title: section.copy.title } : undefined;
}
