import { chapterOutline } from '@/content/chapter-outline';
import { siteCopy } from '@/content/site';
import type { ChapterId } from '@/data/types';
import { ChapterNav } from './chapter-nav';

/** Previous/next links around a chapter: the cover before the first, the timeline after the last. */
export function ChapterNavigation({ id }: { readonly id: ChapterId }) {
  const index = chapterOutline.findIndex((chapter) => chapter.id === id);
  const previous = chapterOutline[index - 1];
  const next = chapterOutline[index + 1];
  const link = (chapter: { readonly id: ChapterId; readonly title: string }) => ({
    path: `/${chapter.id}/`,
    title: chapter.title,
  });
  return (
    <ChapterNav
      label={siteCopy.chapterNav.label}
      previousLabel={siteCopy.chapterNav.previous}
      nextLabel={siteCopy.chapterNav.next}
      previous={previous ? link(previous) : { path: '/', title: siteCopy.chapterNav.coverTitle }}
      next={next ? link(next) : { path: '/timeline/', title: siteCopy.chapterNav.timelineTitle }}
    />
  );
}
