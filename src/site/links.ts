// Typed links to the site's pages, so no path is ever built as a string:
// the router checks each against the route tree and adds the base path.
import { linkOptions } from '@tanstack/react-router';
import { isChapterId, type ChapterId } from '@/content/chapter-outline';
import type { InteractiveId } from '@/content/types';

export type PageId = 'cover' | ChapterId | 'timeline' | 'sources';

export function chapterLink(chapterId: ChapterId) {
  return linkOptions({ to: '/$chapterId/', params: { chapterId } });
}

/**
 * Where a page is shown: on the site, as a whole-page embed (a chapter or
 * the full timeline) or as a graphic embed (one interactive on its own).
 * Links between events stay in the shell they start in.
 */
export type Shell = 'site' | 'embed' | 'graphic';

/** The full timeline, or one event of it, in the given shell. */
export function timelineLink(eventId?: string, shell: Shell = 'site') {
  switch (shell) {
    case 'embed':
      return linkOptions({ to: '/embed/timeline/{-$eventId}/', params: { eventId } });
    case 'graphic':
      return linkOptions({ to: '/embed/graphics/timeline/{-$eventId}/', params: { eventId } });
    default:
      return linkOptions({ to: '/timeline/{-$eventId}/', params: { eventId } });
  }
}

export function pageLink(page: PageId) {
  switch (page) {
    case 'cover':
      return linkOptions({ to: '/' });
    case 'timeline':
      return timelineLink();
    case 'sources':
      return linkOptions({ to: '/sources/' });
    default:
      return chapterLink(page);
  }
}

/** A link to any page of the site or its embeds, from the builders above. */
export type SiteLinkOptions =
  ReturnType<typeof pageLink> | ReturnType<typeof timelineLink> | ReturnType<typeof embedLink>;

/** An embeddable page: a chapter, the timeline, or one event; or one graphic. */
export type EmbedTarget =
  | { readonly kind: 'timeline' }
  | { readonly kind: 'event'; readonly eventId: string }
  | { readonly kind: 'chapter'; readonly chapterId: ChapterId }
  | { readonly kind: 'graphic'; readonly graphicId: InteractiveId }
  | { readonly kind: 'timeline-graphic'; readonly eventId?: string };

export function embedLink(target: EmbedTarget) {
  switch (target.kind) {
    case 'timeline':
      return timelineLink(undefined, 'embed');
    case 'event':
      return timelineLink(target.eventId, 'embed');
    case 'chapter':
      return linkOptions({ to: '/embed/$chapterId/', params: { chapterId: target.chapterId } });
    case 'graphic':
      return linkOptions({ to: '/embed/graphics/$graphicId/', params: { graphicId: target.graphicId } });
    case 'timeline-graphic':
      return timelineLink(target.eventId, 'graphic');
  }
}

/**
 * The typed link for a site path written in copy (`[label](/timeline/<id>/)`,
 * `/who/`, `/sources/`, `/`); undefined for anything else, which is then an
 * ordinary link. The build's validator checks that event links name real events.
 */
export function linkForPath(path: string) {
  const match = /^\/(?:([a-z0-9-]+)\/(?:([a-z0-9-]+)\/)?)?$/.exec(path);
  if (!match) return undefined;
  const [, first, second] = match;
  if (first === undefined) return pageLink('cover');
  if (first === 'timeline') return timelineLink(second);
  if (second !== undefined) return undefined;
  if (first === 'sources') return pageLink('sources');
  return isChapterId(first) ? chapterLink(first) : undefined;
}
