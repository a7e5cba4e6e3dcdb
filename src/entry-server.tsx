// Used only by scripts/prerender.mjs at build time, never shipped to readers.
import { createMemoryHistory, RouterProvider, type AnyRoute } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { chapterOutline } from './content/chapter-outline';
import { storyMeta } from './content/story';
import { lanes } from './data/lanes';
import { sources } from './data/sources';
import { timelineEvents } from './data/timeline-events';
import { buildTimelineExport, toTimelineCsv } from './data/timeline-export';
import type { TimelineEvent } from './data/types';
import { assertValidStoryData } from './data/validate';
import { storyData } from './story-data';
import type { StorySection } from './sections/chapter/chapter-section';
import { sectionModule } from './sections/registry';
import { createAppRouter } from './router';
import { buildCoverData } from './routes/-cover-data';
import { pageMetaFor } from './routes/-page-meta';

export { pageMetaFor, storyMeta };

/** Every path the site builds, without the base path. */
export function sitePaths(): string[] {
  const chapters = chapterOutline.map((chapter) => `/${chapter.id}/`);
  const events = timelineEvents.map((event) => `/timeline/${event.id}/`);
  const embeds = ['/embed/timeline/', ...events.map((path) => `/embed${path}`), ...chapters.map((path) => `/embed${path}`)];
  return ['/', ...chapters, '/timeline/', ...events, '/sources/', ...embeds];
}

/**
 * Addresses events had before a correction moved them, each with the page
 * that replaces it: the old page shows the current event (and hands over to
 * it once the script runs), so links already published keep working.
 */
export function formerPaths(): { readonly from: string; readonly to: string }[] {
  return (timelineEvents as readonly TimelineEvent[]).flatMap((event) =>
    (event.formerIds ?? []).flatMap((former) => [
      { from: `/timeline/${former}/`, to: `/timeline/${event.id}/` },
      { from: `/embed/timeline/${former}/`, to: `/embed/timeline/${event.id}/` },
    ]),
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
  /** Source files of the lazy modules this page needs to hydrate (route chunks, its chapter), for preload links. */
  readonly lazyModules: readonly string[];
};

export async function render(url: string): Promise<RenderResult> {
  const router = createAppRouter({
    history: createMemoryHistory({ initialEntries: [url] }),
  });
  await router.load();
  const html = renderToString(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  const notFound = router.state.matches.some(
    (match) => match.status === 'notFound' || Boolean(match._notFound),
  );
  const lazyModules = router.state.matches.flatMap((match) => {
    const route = (router.routesById as Record<string, AnyRoute | undefined>)[match.routeId]?.lazyFn ? lazyModuleFor(match.routeId) : null;
    return [
      ...(route ? [route] : []),
      ...(isStorySection(match.loaderData) ? [sectionModule(match.loaderData.id)] : []),
    ];
  });
  return { html, status: notFound ? 404 : 200, lazyModules };
}

/**
 * The lazy half of a route that has one: '/site/timeline/$eventId' →
 * 'src/routes/timeline.$eventId.lazy.tsx' (the naming the route files
 * follow); '/site/' is the cover's index.lazy.tsx.
 */
function lazyModuleFor(routeId: string): string {
  const name = routeId.replace(/^\/site(?=\/|$)/, '').replace(/^\/|\/$/g, '').replaceAll('/', '.');
  return `src/routes/${name || 'index'}.lazy.tsx`;
}

/** A chapter route's loader data: the section it shows (see sections/registry.ts). */
function isStorySection(data: unknown): data is StorySection {
  return typeof data === 'object' && data !== null && 'render' in data && typeof data.render === 'function' && 'id' in data;
}
