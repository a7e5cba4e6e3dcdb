// The graphic embeds' loaders, loaded with them: the list of graphics stays
// out of the first script of every other page.
import { notFound } from '@tanstack/react-router';
import { chapterGraphic, findGraphic, type ChapterGraphic } from '@/content/graphics';
import type { StorySection } from '@/sections/chapter/chapter-section';
import { loadTimelineEvent } from '@/site/event-loader';
import { head, pageTitle, type RouteHead } from '@/site/page-meta';
import { loadChapter } from './chapter-sections';

/** A chapter graphic, the section that holds it and its head; an unknown slug is the not-found page. */
export async function loadGraphic(
  id: string,
): Promise<{ readonly graphic: ChapterGraphic; readonly section: StorySection; readonly head: RouteHead }> {
  const graphic = chapterGraphic(id);
  if (!graphic) throw notFound();
  return {
    graphic,
    section: await loadChapter(graphic.chapterId),
    head: head(pageTitle(graphic.title), graphic.description, `/${graphic.chapterId}/`),
  };
}

/** The timeline graphic, opened at one event or none, and its head (the full timeline page is canonical). */
export async function loadTimelineGraphic(eventId: string | undefined): Promise<{ readonly head: RouteHead }> {
  const { event } = await loadTimelineEvent(eventId, 'graphic');
  const graphic = findGraphic('timeline');
  return {
    head: head(
      pageTitle(graphic.title),
      event?.summary ?? graphic.description,
      event ? `/timeline/${event.id}/` : '/timeline/',
    ),
  };
}
