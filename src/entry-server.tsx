// Used only by scripts/prerender.mjs at build time, never shipped to readers.
import { createMemoryHistory, RouterProvider, type AnyRoute } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { chapterIds } from './content/chapter-outline';
import { graphics } from './content/graphics';
import { attackSteps } from './content/sections/attack-steps';
import { pageDescriptions } from './content/page-descriptions';
import { publishingMeta, storyMeta } from './content/story';
import { embedEntries, type EmbedOptionName } from './embed/embed-catalog';
import { embedSnippet } from './embed/embed-url';
import { discoveryTarget, oembedPath } from './embed/oembed-path';
import { timelineViews } from './data/timeline-views';
import { themes } from './lib/theme';
import { lanes } from './data/lanes';
import { sources } from './data/sources';
import { timelineEvents } from './data/timeline-events';
import { buildTimelineExport, toTimelineCsv } from './data/timeline-export';
import type { TimelineEvent } from './data/types';
import { assertValidStoryData } from './data/validate';
import { chapterModuleFile } from './pages/chapter-sections';
import { createAppRouter } from './router';
import type { StorySection } from './sections/chapter/chapter-section';
import { buildCoverData } from './site/cover-data';
import { STORY_PANEL_ID } from './site/hydrate-on-interaction';
import { chapterLink, embedLink, pageLink, timelineLink, type EmbedTarget, type Shell } from './site/links';
import { notFoundHead, pageMetaFrom, provideDescriptions, type PageMeta } from './site/page-meta';
import { storyData } from './story-data';

export { storyMeta, publishingMeta, pageDescriptions };
/** The attributes on each story template the prerender writes for the timeline's boot script. */
export { STORY_PATH_ATTRIBUTE, STORY_EVENT_ATTRIBUTE, STORY_TITLE_ATTRIBUTE } from './site/hydrate-on-interaction';

provideDescriptions(pageDescriptions);

/** The width an oEmbed consumer is told: a typical article column (the iframe itself is 100% wide). */
const OEMBED_WIDTH = 700;
const GRAPHIC_LOADER_FILE = 'src/pages/graphic-loader.ts';

// Every route module by its file, so a matched route's chunks can be found
// in the build manifest (the generator names route ids after these files).
const routeModules = import.meta.glob<{ readonly Route: AnyRoute }>('/src/routes/**/*.tsx', { eager: true });

/** A route's file, as the manifest names it; route ids are set once a router has taken the tree. */
function routeFile(routeId: string): string | undefined {
  return Object.entries(routeModules)
    .find(([, module]) => module.Route.id === routeId)?.[0]
    .slice(1);
}

function newRouter(url: string) {
  return createAppRouter({
    history: createMemoryHistory({ initialEntries: [url] }),
    loadCoverData: async () => buildCoverData(),
  });
}

/** Every page the site builds, as typed links: each page once, every event and chapter in the site and the embed, every graphic. */
function sitePages() {
  const events = timelineEvents.map((event) => event.id);
  return [
    pageLink('cover'),
    ...chapterIds.map((id) => chapterLink(id)),
    timelineLink(),
    ...events.map((id) => timelineLink(id)),
    pageLink('sources'),
    embedLink({ kind: 'timeline' }),
    ...events.map((eventId) => embedLink({ kind: 'event', eventId })),
    ...chapterIds.map((chapterId) => embedLink({ kind: 'chapter', chapterId })),
    embedLink({ kind: 'timeline-graphic' }),
    ...events.map((eventId) => embedLink({ kind: 'timeline-graphic', eventId })),
    ...graphics.flatMap((graphic) =>
      graphic.chapterId === 'timeline' ? [] : [embedLink({ kind: 'graphic', graphicId: graphic.id })],
    ),
  ];
}

/**
 * Every path the site builds, without the base path, as the router writes
 * them. Fails if a page route of the router's tree has no path in the list
 * (a route that is not a page, `/embed/` itself, says so in its staticData).
 */
export function sitePaths(): string[] {
  const router = newRouter('/');
  const paths = sitePages().map((link) => router.buildLocation(link).pathname);
  const built = new Set(paths.map((path) => router.matchRoutes(path).at(-1)?.routeId));
  const routes: AnyRoute[] = Object.values(router.routesById);
  const missing = routes.filter(
    (route) => !route.children && !route.options.staticData?.notAPage && !built.has(route.id),
  );
  if (missing.length > 0)
    throw new Error(`No prerendered page for the routes ${missing.map((route) => route.id).join(', ')}`);
  return paths;
}

/**
 * Addresses events had before a correction moved them, each with the page
 * that replaces it: the old page shows the current event (and hands over to
 * it once the script runs), so links already published keep working.
 */
export function formerPaths(): { readonly from: string; readonly to: string }[] {
  const router = newRouter('/');
  const path = (eventId: string, shell: Shell) => router.buildLocation(timelineLink(eventId, shell)).pathname;
  const shells: readonly Shell[] = ['site', 'embed', 'graphic'];
  return (timelineEvents as readonly TimelineEvent[]).flatMap((event) =>
    (event.formerIds ?? []).flatMap((former) =>
      shells.map((shell) => ({ from: path(former, shell), to: path(event.id, shell) })),
    ),
  );
}

/** Fails the build, naming each bad record. */
export function validateData(): void {
  assertValidStoryData(storyData());
}

export function dataFiles(): { json: string; csv: string; cover: string } {
  const data = buildTimelineExport(
    { title: storyMeta.headline, updated: storyMeta.updated, license: storyMeta.license },
    lanes,
    timelineEvents,
    sources,
  );
  return {
    json: `${JSON.stringify(data, null, 2)}\n`,
    csv: toTimelineCsv(data),
    cover: JSON.stringify(buildCoverData()),
  };
}

/** One option an embed's URL may set, as /data/embeds.json describes it. */
function describeOption(name: EmbedOptionName) {
  switch (name) {
    case 'theme':
      return { name, in: 'query', values: [...themes], default: 'auto' };
    case 'view':
      return { name, in: 'query', values: timelineViews.map((view) => view.id), default: timelineViews[0].id };
    case 'lanes':
      return {
        name,
        in: 'query',
        values: lanes.map((lane) => lane.id),
        multiple: true,
        separator: ',',
        default: 'every lane',
      };
    case 'event':
      return { name, in: 'path', values: 'the id of any event in /data/timeline.json', default: 'none selected' };
    case 'step':
      return { name, in: 'query', values: attackSteps.map((_, index) => index + 1), default: 1 };
  }
}

/**
 * /data/embeds.json and every oEmbed document, from the list the Embed
 * dialog offers. `absolute` turns a site path into the published URL.
 */
export function embedDocuments(absolute: (path: string) => string): {
  readonly catalog: string;
  readonly oembed: readonly { readonly path: string; readonly json: string }[];
} {
  const router = newRouter('/');
  const pathOf = (target: EmbedTarget) => router.buildLocation(embedLink(target)).pathname;
  const oembedFor = (title: string, iframeTitle: string, target: EmbedTarget, height: number) => ({
    path: oembedPath(target),
    json: `${JSON.stringify(
      {
        type: 'rich',
        version: '1.0',
        title,
        provider_name: storyMeta.siteName,
        provider_url: absolute('/'),
        author_name: storyMeta.authors.join(', '),
        // The snippet's fixed height holds where a CMS strips its script; embed.js or pym.js replace it with the real one.
        html: embedSnippet({
          src: absolute(pathOf(target)),
          scriptSrc: absolute('/embed.js'),
          title: iframeTitle,
          height,
        }),
        width: OEMBED_WIDTH,
        height,
        thumbnail_url: absolute('/social-card.png'),
        thumbnail_width: 1200,
        thumbnail_height: 630,
      },
      null,
      2,
    )}\n`,
  });
  const timeline = embedEntries.find((entry) => entry.target.kind === 'timeline-graphic');
  const events = timeline
    ? timelineEvents.map((event) =>
        oembedFor(
          `${timeline.title}: ${event.title}`,
          timeline.iframeTitle,
          { kind: 'timeline-graphic', eventId: event.id },
          timeline.height,
        ),
      )
    : [];
  const catalog = {
    title: `What you can embed from ${storyMeta.siteName}`,
    updated: storyMeta.updated,
    howTo: 'Paste an embed URL into a CMS that reads oEmbed, or use the Embed button on any page for a snippet.',
    embeds: embedEntries.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      page: entry.page,
      title: entry.title,
      description: entry.description,
      iframeTitle: entry.iframeTitle,
      embedUrl: absolute(pathOf(entry.target)),
      oembedUrl: absolute(oembedPath(entry.target)),
      fullPageUrl: absolute(router.buildLocation(pageLink(entry.page)).pathname),
      defaultHeight: entry.height,
      options: entry.options.map(describeOption),
    })),
  };
  return {
    catalog: `${JSON.stringify(catalog, null, 2)}\n`,
    oembed: [
      ...embedEntries.map((entry) => oembedFor(entry.title, entry.iframeTitle, entry.target, entry.height)),
      ...events,
    ],
  };
}

export type RenderResult = {
  readonly html: string;
  readonly status: number;
  readonly meta: PageMeta;
  /**
   * Build-manifest keys of the modules this page needs to hydrate: the route
   * files (the prerender adds the chunks the router plugin split off them)
   * and the chapter sections the page's loaders returned.
   */
  readonly routeFiles: readonly string[];
  readonly sectionFiles: readonly string[];
  /** Site path of the oEmbed document this page's discovery link names, if any. */
  readonly oembedPath?: string;
  /** Served without the framework until the reader's first interaction (site/hydrate-on-interaction). */
  readonly hydrateOnInteraction: boolean;
  /** The page's story panel as rendered, for its timeline's other pages to show in place. */
  readonly storyPanel?: string;
  /** The event the page shows, if any. */
  readonly eventId?: string;
};

export async function render(url: string): Promise<RenderResult> {
  const router = newRouter(url);
  await router.load();
  const html = renderToString(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  const matches = router.state.matches;
  // A path no route matches marks the root (notFoundMode 'root'); an unknown id marks its own route.
  const notFound = matches.some((match) => match.status === 'notFound' || match._notFound);
  const sections = matches.flatMap((match) => storySectionOf(match.loaderData));
  return {
    html,
    status: notFound ? 404 : 200,
    meta: pageMetaFrom(notFound ? [notFoundHead()] : matches),
    routeFiles: matches.flatMap((match) => {
      const file = routeFile(match.routeId);
      return file ? [file] : [];
    }),
    sectionFiles: [
      ...sections.map((section) => chapterModuleFile(section.id)),
      // A graphic's loader module: preloaded with its section, so hydration waits for no chain of requests.
      ...(matches.some((match) => match.routeId.startsWith('/embed/graphics/')) ? [GRAPHIC_LOADER_FILE] : []),
    ],
    oembedPath: notFound ? undefined : oembedPathFor(matches.at(-1)),
    hydrateOnInteraction: !notFound && matches.some((match) => match.staticData.hydrateOnInteraction === true),
    storyPanel: storyPanelOf(html),
    eventId: eventIdOf(matches.at(-1)?.params),
  };
}

function eventIdOf(params: object | undefined): string | undefined {
  return params && 'eventId' in params && typeof params.eventId === 'string' ? params.eventId : undefined;
}

/** The story panel's markup, cut out of the page's: a section with no section inside. */
export function storyPanelOf(html: string): string | undefined {
  const start = html.indexOf(`<section id="${STORY_PANEL_ID}"`);
  if (start === -1) return undefined;
  const close = '</section>';
  const end = html.indexOf(close, start);
  if (end === -1) throw new Error('The story panel is not closed');
  const markup = html.slice(start, end + close.length);
  if (markup.includes('<section', 1))
    throw new Error('The story panel holds a section of its own: its markup cannot be cut out whole');
  return markup;
}

function oembedPathFor(
  match: { readonly routeId: string; readonly params: Record<string, string | undefined> } | undefined,
) {
  const target = match ? discoveryTarget(match.routeId, match.params) : undefined;
  return target ? oembedPath(target) : undefined;
}

/** The chapter section a route's loader returned: a chapter's is the section itself, a graphic's holds it. */
function storySectionOf(data: unknown): StorySection[] {
  if (isStorySection(data)) return [data];
  return typeof data === 'object' && data !== null && 'section' in data && isStorySection(data.section)
    ? [data.section]
    : [];
}

function isStorySection(data: unknown): data is StorySection {
  return (
    typeof data === 'object' && data !== null && 'render' in data && typeof data.render === 'function' && 'id' in data
  );
}
