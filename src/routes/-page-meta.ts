// One place that knows each path's title, description and canonical path.
// The prerender writes it into <head>; on the client each page sets the same
// title through lib/page-title.ts (this module stays out of the browser bundle).
import { chapterOutline } from '@/content/chapter-outline';
import { sourcesPage, timelinePage } from '@/content/pages';
import { siteCopy } from '@/content/site';
import { storyMeta } from '@/content/story';
import { currentIdFor, findEventById } from '@/data/selectors';
import { timelineEvents } from '@/data/timeline-events';
import { formatCalendarDate } from '@/lib/calendar-date';
import { pageTitle } from '@/lib/page-title';

export type PageMeta = {
  readonly title: string;
  readonly description: string;
  /** Site path of the canonical page, e.g. `/who/`. */
  readonly canonicalPath: string;
  readonly noindex: boolean;
  readonly isCover: boolean;
};


export function pageMetaFor(pathname: string): PageMeta {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path.startsWith('/embed/')) {
    const full = pageMetaFor(path.slice('/embed'.length));
    return { ...full, noindex: true, isCover: false };
  }
  if (path === '/') {
    return {
      title: storyMeta.headline,
      description: storyMeta.description,
      canonicalPath: '/',
      noindex: false,
      isCover: true,
    };
  }
  const chapter = chapterOutline.find((c) => path === `/${c.id}/`);
  if (chapter) return page(chapter.title, chapter.description, path);
  if (path === '/timeline/') {
    return page(timelinePage.title, timelinePage.description, path);
  }
  if (path === '/sources/') return page(sourcesPage.title, sourcesPage.description, path);
  const eventMatch = /^\/timeline\/([^/]+)\/$/.exec(path);
  const current = eventMatch?.[1] ? currentIdFor(timelineEvents, eventMatch[1]) : undefined;
  // An event's old address: the current page's metadata, kept out of search.
  if (current) return { ...pageMetaFor(`/timeline/${current}/`), noindex: true };
  const event = eventMatch?.[1] ? findEventById(timelineEvents, eventMatch[1]) : undefined;
  if (event) {
    return page(
      `${event.title}, ${formatCalendarDate(event.date)}`,
      event.summary,
      path,
    );
  }
  return { ...page(siteCopy.notFound.title, siteCopy.notFound.description, path), noindex: true };
}

function page(title: string, description: string, canonicalPath: string): PageMeta {
  return { title: pageTitle(title, storyMeta.siteName), description, canonicalPath, noindex: false, isCover: false };
}
