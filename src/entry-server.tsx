// Used only by scripts/prerender.mjs at build time, never shipped to readers.
import { createMemoryHistory, RouterProvider, type AnyRoute } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { chapterIds } from './content/chapter-outline';
import { storyMeta } from './content/story';
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
import { chapterLink, embedLink, pageLink, timelineLink } from './site/links';
import { notFoundHead, pageMetaFrom, type PageMeta } from './site/page-meta';
import { storyData } from './story-data';

export { storyMeta };

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

/** Every page the site builds, as typed links: each page once, and every event and chapter in both shells. */
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
  const missing = routes.filter((route) => !route.children && !route.options.staticData?.notAPage && !built.has(route.id));
  if (missing.length > 0) throw new Error(`No prerendered page for the routes ${missing.map((route) => route.id).join(', ')}`);
  return paths;
}

/**
 * Addresses events had before a correction moved them, each with the page
 * that replaces it: the old page shows the current event (and hands over to
 * it once the script runs), so links already published keep working.
 */
export function formerPaths(): { readonly from: string; readonly to: string }[] {
  const router = newRouter('/');
  const path = (eventId: string, embedded: boolean) => router.buildLocation(timelineLink(eventId, embedded)).pathname;
  return (timelineEvents as readonly TimelineEvent[]).flatMap((event) =>
    (event.formerIds ?? []).flatMap((former) =>
      [false, true].map((embedded) => ({ from: path(former, embedded), to: path(event.id, embedded) })),
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
  const sections = matches.flatMap((match) => (isStorySection(match.loaderData) ? [match.loaderData] : []));
  return {
    html,
    status: notFound ? 404 : 200,
    meta: pageMetaFrom(notFound ? [notFoundHead()] : matches),
    routeFiles: matches.flatMap((match) => {
      const file = routeFile(match.routeId);
      return file ? [file] : [];
    }),
    sectionFiles: sections.map((section) => chapterModuleFile(section.id)),
  };
}

/** A chapter route's loader data: the chapter section it shows. */
function isStorySection(data: unknown): data is StorySection {
  return typeof data === 'object' && data !== null && 'render' in data && typeof data.render === 'function' && 'id' in data;
}
