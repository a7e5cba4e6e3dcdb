// What every built page's HTML holds, read from dist/ without a browser
// (pages.spec opens them in one: all but the embed shells' event pages, of
// which it opens one per shell).
import { describe, expect, it } from 'vitest';
import { findGraphic, type GraphicId } from '@/content/graphics';
import { timelineCopy } from '@/content/sections/timeline';
import { formatCalendarDate } from '@/lib/calendar-date';
import { sitePaths, timelineEvents } from '../paths';
import { metaContent, pathOf, readBuilt } from './read-built';

const pages = sitePaths.map((path) => ({ path, html: readBuilt(path) }));

/** The tags that fetch a page's modules: its entry scripts and their preloads. */
const moduleTags = (html: string) => html.match(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g) ?? [];
const titleOf = (html: string) => /<title>([^<]+)<\/title>/.exec(html)?.[1];

/** The full page an embed stands for (its canonical page): a graphic's is its chapter, or the timeline at the same event. */
function fullPageOf(path: string): string {
  const graphic = /^\/embed\/graphics\/([a-z-]+)\/(.*)$/.exec(path);
  if (!graphic) return path.replace(/^\/embed/, '');
  const { chapterId } = findGraphic(graphic[1] as GraphicId);
  return chapterId === 'timeline' ? `/timeline/${graphic[2]}` : `/${chapterId}/`;
}

/** The text a reader without JavaScript gets in <main>: its markup with the tags, hidden parts and entities taken out. */
function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe.each(pages)('$path', ({ path, html }) => {
  it('has no inline executable script', () => {
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/ld\+json"/.test(attributes ?? '')) continue;
      expect(attributes).toMatch(/\bsrc="/);
      expect(body?.trim()).toBe('');
    }
  });

  it('fetches its scripts at low priority, after the stylesheets its first paint needs', () => {
    for (const tag of moduleTags(html)) expect(tag).toContain('fetchpriority="low"');
    expect(html).not.toMatch(/<link rel="stylesheet"[^>]*fetchpriority/);
  });

  it('reads without JavaScript: one h1, not hidden, and the content in <main>', () => {
    const h1s = html.match(/<h1\b[^>]*>/g) ?? [];
    expect(h1s).toHaveLength(1);
    expect(h1s[0]).not.toMatch(/\shidden\b/);
    expect(mainText(html).length).toBeGreaterThan(80);
  });

  it('has a description, a canonical URL, Open Graph and a Twitter card', () => {
    expect(titleOf(html)).toBeTruthy();
    expect(metaContent(html, 'name', 'description')?.length ?? 0).toBeGreaterThanOrEqual(50);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(canonical).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
    expect(pathOf(canonical).endsWith(fullPageOf(path))).toBe(true);
    expect(metaContent(html, 'property', 'og:title')).toBeTruthy();
    expect(metaContent(html, 'property', 'og:url')).toBe(canonical);
    expect(metaContent(html, 'property', 'og:image')).toMatch(/^https:\/\/.+\/social-card\.png$/);
    expect(metaContent(html, 'property', 'og:image:alt')?.length ?? 0).toBeGreaterThan(10);
    expect(metaContent(html, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(html.includes('<meta name="robots" content="noindex" />')).toBe(path.startsWith('/embed/'));
  });
});

it('no two pages of the site share a title (embeds repeat their page’s)', () => {
  const titles = pages.filter(({ path }) => !path.startsWith('/embed/')).map(({ html }) => titleOf(html));
  expect(new Set(titles).size).toBe(titles.length);
});

it('the pages that hydrate as they load ask for their scripts (at low priority, above)', () => {
  for (const path of ['/', '/what/', '/sources/', '/embed/who/']) {
    expect(moduleTags(readBuilt(path)).length, path).toBeGreaterThan(1);
  }
});

it('the timeline pages hold the drawn chart, with a link per event, and no inline style', () => {
  const last = timelineEvents.at(-1)!;
  const label = `${formatCalendarDate(last.date)}: ${last.title}`.replace(/'/g, '&#x27;');
  for (const path of ['/timeline/', `/timeline/${timelineEvents[3]!.id}/`, '/embed/timeline/']) {
    const html = readBuilt(path);
    expect(html, path).not.toMatch(/\sstyle=/);
    expect(html, path).toMatch(/<svg[^>]*data-layout="l"/);
    expect(html, path).toContain(`aria-label="${label}"`);
    expect(html, path).toContain(`aria-label="${timelineCopy.chart.title}"`);
  }
});
