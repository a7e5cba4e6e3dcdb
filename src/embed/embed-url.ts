// The one place that knows the embed's public URL.
//
// Decision: the URL is built in the browser from the origin the page is
// served from plus the router's href (which carries the base path).
// The snippet is only ever built in the Embed dialog, on the published site,
// so that origin is by definition where the embed lives; a staging copy
// hands out staging snippets, and no build setting can drift out of step.
// (SITE_URL stays the prerender's concern: canonical and social links.)
import { withBase } from '@/lib/base-path';
import type { Theme } from '@/lib/theme';
import { EMBED_ATTRIBUTE, INITIAL_EMBED_HEIGHT } from './embed-messages';

/** An absolute URL for a site href that already carries the base path (the router's publicHref). */
export function publicUrl(href: string, origin: string = window.location.origin): string {
  return new URL(href, origin).href;
}

/** What the embed's query string may set (the starting event is in its path). */
export type EmbedQuery = {
  readonly theme: Theme;
  /** The timeline's time span; absent for the default. */
  readonly view?: string;
  /** The timeline's lanes, comma-separated; absent for all. */
  readonly lanes?: string;
  /** The attack stepper's starting step; absent for the first. */
  readonly step?: number;
};

/** The snippet's iframe src: the embed page, with the host's choices. */
export function embedUrl(href: string, query: EmbedQuery, origin?: string): string {
  const url = new URL(publicUrl(href, origin));
  url.searchParams.set('theme', query.theme);
  if (query.view) url.searchParams.set('view', query.view);
  if (query.lanes) url.searchParams.set('lanes', query.lanes);
  if (query.step && query.step > 1) url.searchParams.set('step', String(query.step));
  return url.href;
}

export function embedScriptUrl(origin?: string): string {
  return publicUrl(withBase('/embed.js'), origin);
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
