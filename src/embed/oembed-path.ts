// Where each embed's oEmbed document is published (a site path, without
// the base path), and which one a page's discovery link names: what a CMS
// gets when an editor pastes the page's address. Build time only (the
// prerender writes both), so none of it is in any page's script.
import { chapterGraphic, graphicsOf } from '@/content/graphics';
import { isChapterId } from '@/content/chapter-outline';
import type { EmbedTarget } from '@/site/links';

export function oembedPath(target: EmbedTarget): string {
  switch (target.kind) {
    case 'graphic':
      return `/oembed/${target.graphicId}.json`;
    case 'timeline-graphic':
      return target.eventId ? `/oembed/timeline/${target.eventId}.json` : '/oembed/timeline.json';
    case 'chapter':
      return `/oembed/page-${target.chapterId}.json`;
    case 'timeline':
    case 'event':
      return '/oembed/page-timeline.json';
  }
}

/**
 * The embed a page stands for: a graphic embed itself; a chapter, its first
 * graphic (a whole chapter is too tall for an article); the timeline and its
 * events, the timeline graphic at that event; the cover and the sources
 * page, the timeline graphic, the story's own; a whole-page embed, itself.
 */
export function discoveryTarget(
  routeId: string,
  params: Readonly<Record<string, string | undefined>>,
): EmbedTarget | undefined {
  switch (routeId) {
    case '/_site/':
    case '/_site/sources':
      return { kind: 'timeline-graphic' };
    case '/_site/timeline/{-$eventId}':
    case '/embed/graphics/timeline/{-$eventId}':
      return { kind: 'timeline-graphic', eventId: params.eventId };
    case '/_site/$chapterId': {
      const lead = isChapterId(params.chapterId) ? chapterGraphic(graphicsOf(params.chapterId)[0]?.id) : undefined;
      return lead ? { kind: 'graphic', graphicId: lead.id } : undefined;
    }
    case '/embed/graphics/$graphicId': {
      const graphic = chapterGraphic(params.graphicId);
      return graphic ? { kind: 'graphic', graphicId: graphic.id } : undefined;
    }
    case '/embed/$chapterId':
      return isChapterId(params.chapterId) ? { kind: 'chapter', chapterId: params.chapterId } : undefined;
    case '/embed/timeline/{-$eventId}':
      return params.eventId ? { kind: 'event', eventId: params.eventId } : { kind: 'timeline' };
    default:
      return undefined;
  }
}
