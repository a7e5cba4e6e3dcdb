// Every path the site builds, computed from the same data modules as the
// prerender, so a new event or chapter is covered without editing tests.
import { chapters } from '../src/content/chapters';
import { graphics } from '../src/content/graphics';
import { timelineEvents } from '../src/data/timeline-events';

export const chapterPaths = chapters.map((chapter) => `/${chapter.id}/`);
export const eventPaths = timelineEvents.map((event) => `/timeline/${event.id}/`);
const embedPaths = [
  '/embed/timeline/',
  ...timelineEvents.map((event) => `/embed/timeline/${event.id}/`),
  ...chapterPaths.map((path) => `/embed${path}`),
];
/** Each graphic's embed, and the timeline graphic opened at each event. */
const graphicPaths = graphics.map((graphic) => `/embed/graphics/${graphic.id}/`);
const graphicEventPaths = timelineEvents.map((event) => `/embed/graphics/timeline/${event.id}/`);
export const sitePaths = [
  '/',
  ...chapterPaths,
  '/timeline/',
  ...eventPaths,
  '/sources/',
  ...embedPaths,
  ...graphicPaths,
  ...graphicEventPaths,
];

/** One of each kind, for the slower checks. */
export const samplePaths = [
  '/',
  ...chapterPaths,
  '/timeline/',
  eventPaths[5]!,
  '/sources/',
  '/embed/timeline/',
  `/embed/timeline/${timelineEvents[5]!.id}/`,
  embedPaths.at(-1)!,
  ...graphicPaths,
  graphicEventPaths[5]!,
];

export { timelineEvents, chapters };
