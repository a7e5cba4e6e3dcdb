// The one place that knows the embed's public URL.
//
// Decision: the URL is built in the browser from the origin the page is
// served from plus the build's base path (BASE_PATH → import.meta.env.BASE_URL).
// The snippet is only ever built in the Embed dialog, on the published site,
// so that origin is by definition where the embed lives; a staging copy
// hands out staging snippets, and no build setting can drift out of step.
// (SITE_URL stays the prerender's concern: canonical and social links.)
import type { EmbedTheme } from './embed-theme';

export type EmbedTarget =
  | { readonly kind: 'timeline' }
  /** One timeline event, by its stable id. */
  | { readonly kind: 'event'; readonly eventId: string }
  /** A chapter, by its id (`who`, `what`, `response`, `spy-game`). */
  | { readonly kind: 'chapter'; readonly chapterId: string };

/** Attribute on the snippet's iframe that public/embed.js looks for. */
export const EMBED_ATTRIBUTE = 'data-storm-embed';

/** The iframe's height before the embed reports its own; a guess, corrected on load. */
export const INITIAL_EMBED_HEIGHT = 800;

/** The site root, e.g. `https://news.example/storm-0558/`, always ending in `/`. */
export function publicRoot(
  origin: string = window.location.origin,
  base: string = import.meta.env.BASE_URL,
): string {
  const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return `${origin.replace(/\/+$/, '')}${path}`;
}

/** Site path of an embed page, without the base path: `/embed/timeline/`. */
export function embedPath(target: EmbedTarget): string {
  switch (target.kind) {
    case 'timeline':
      return '/embed/timeline/';
    case 'event':
      return `/embed/timeline/${encodeURIComponent(target.eventId)}/`;
    case 'chapter':
      return `/embed/${encodeURIComponent(target.chapterId)}/`;
  }
}

export function embedUrl(target: EmbedTarget, theme: EmbedTheme, root: string = publicRoot()): string {
  return `${root}${embedPath(target).slice(1)}?theme=${theme}`;
}

export function embedScriptUrl(root: string = publicRoot()): string {
  return `${root}embed.js`;
}

export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

type SnippetOptions = {
  readonly src: string;
  readonly scriptSrc: string;
  /** The iframe's accessible name: what the embed is, not "iframe". */
  readonly title: string;
  readonly height?: number;
};

/**
 * The code a producer pastes: a titled, lazy iframe plus the host script.
 * No inline script, so CMSs that strip or forbid them keep it working; the
 * style attribute only matters where embed.js is stripped (embed.js sets the
 * same through CSSOM, which strict host CSPs allow).
 */
export function embedSnippet({ src, scriptSrc, title, height = INITIAL_EMBED_HEIGHT }: SnippetOptions): string {
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"`,
    ` loading="lazy" height="${height}" style="border:0;width:100%"`,
    ` ${EMBED_ATTRIBUTE}></iframe>\n`,
    `<script src="${escapeAttribute(scriptSrc)}" async></script>`,
  ].join('');
}
