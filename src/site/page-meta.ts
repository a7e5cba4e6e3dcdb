// Each page's title, description and canonical path, written once: the
// routes' head() returns them, the prerender writes them into <head>, and in
// the browser the root keeps document.title in step (shell/route-announcer).
import { chapterOutline } from '@/content/chapter-outline';
import type { pageDescriptions } from '@/content/page-descriptions';
import { sourcesPage, timelinePage } from '@/content/pages';
import { siteCopy } from '@/content/site';
import { storyMeta } from '@/content/story';
import { formatCalendarDate } from '@/lib/calendar-date';
import type { TimelineEventMeta } from './event-loader';

type HeadTag = {
  readonly title?: string;
  readonly name?: string;
  readonly property?: string;
  readonly content?: string;
};
type HeadLink = { readonly rel: string; readonly href: string };
export type RouteHead = { readonly meta: HeadTag[]; readonly links?: HeadLink[] };

/** What the prerender needs of a page's head. */
export type PageMeta = {
  readonly title: string;
  readonly description: string;
  /** Site path of the canonical page, e.g. `/who/`. */
  readonly canonicalPath: string;
  readonly noindex: boolean;
  /** The story itself (og:type article and NewsArticle data), not one of its pages. */
  readonly isArticle: boolean;
};

/** A page's title, description and canonical path as a route's head. */
export function head(title: string, description: string, canonicalPath: string, isArticle = false): RouteHead {
  return {
    meta: [
      { title },
      { name: 'description', content: description },
      ...(isArticle ? [{ property: 'og:type', content: 'article' }] : []),
    ],
    links: [{ rel: 'canonical', href: canonicalPath }],
  };
}

type Descriptions = typeof pageDescriptions;
let descriptions: Partial<Descriptions> = {};

/**
 * The prerender hands over the pages' meta descriptions (entry-server.tsx).
 * In the browser nothing reads them, so they stay out of readers' scripts and
 * a page's description there is empty.
 */
export function provideDescriptions(all: Descriptions): void {
  descriptions = all;
}

function describe(page: keyof Descriptions): string {
  return descriptions[page] ?? '';
}

/** "Who did it | The Storm-0558 intrusion": every page but the cover. */
export function pageTitle(title: string): string {
  return `${title} | ${storyMeta.siteName}`;
}

export function coverHead(): RouteHead {
  return head(storyMeta.headline, describe('cover'), '/', true);
}

export function chapterHead(id: string | undefined): RouteHead {
  const chapter = chapterOutline.find((candidate) => candidate.id === id);
  return chapter ? head(pageTitle(chapter.title), describe(chapter.id), `/${chapter.id}/`) : notFoundHead();
}

/** The timeline, or one event of it; loaderData is undefined until the loader has run. */
export function timelineHead(data: { readonly event?: TimelineEventMeta } | undefined): RouteHead {
  const event = data?.event;
  if (!event) return head(pageTitle(timelinePage.title), describe('timeline'), '/timeline/');
  return head(pageTitle(`${event.title}, ${formatCalendarDate(event.date)}`), event.summary, `/timeline/${event.id}/`);
}

export function sourcesHead(): RouteHead {
  return head(pageTitle(sourcesPage.title), describe('sources'), '/sources/');
}

export function notFoundHead(): RouteHead {
  return {
    meta: [
      { title: pageTitle(siteCopy.notFound.title) },
      { name: 'description', content: describe('notFound') },
      { name: 'robots', content: 'noindex' },
    ],
  };
}

/** Embeds live inside other sites' pages: their canonical page is the full one, and search engines skip them. */
export function embedHead(): RouteHead {
  return { meta: [{ name: 'robots', content: 'noindex' }] };
}

/** A matched route's head, as the router keeps it. */
type MatchHead = {
  readonly meta?: readonly (HeadTag | undefined)[];
  readonly links?: readonly ({ readonly rel?: string; readonly href?: string } | undefined)[];
};

/** The page's head from every matched route's head(), the deepest route winning each tag. */
export function pageMetaFrom(heads: readonly MatchHead[]): PageMeta {
  const meta = heads.flatMap((entry) => entry.meta ?? []).filter((tag) => tag !== undefined);
  const links = heads.flatMap((entry) => entry.links ?? []).filter((link) => link !== undefined);
  const last = (pick: (tag: HeadTag) => string | undefined) => meta.map(pick).filter(Boolean).at(-1) ?? '';
  return {
    title: last((tag) => tag.title),
    description: last((tag) => (tag.name === 'description' ? tag.content : undefined)),
    canonicalPath: links.filter((link) => link.rel === 'canonical').at(-1)?.href ?? '/',
    noindex: meta.some((tag) => tag.name === 'robots' && tag.content?.includes('noindex')),
    isArticle: meta.some((tag) => tag.property === 'og:type' && tag.content === 'article'),
  };
}
