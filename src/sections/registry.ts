// The single list of the story's chapter sections. Each section (its copy,
// interactives and data) is its own chunk, loaded by the route that shows
// it, so a chapter page carries only its own chapter. Reading order and
// titles are in content/chapter-outline.ts.
import type { ChapterId } from '@/data/types';
import type { StorySection } from './chapter/chapter-section';

const loaders: Record<ChapterId, () => Promise<StorySection>> = {
  who: () => import('./who/who-section').then((module) => module.whoSection),
  what: () => import('./what/what-section').then((module) => module.whatSection),
  response: () => import('./response/response-section').then((module) => module.responseSection),
  'spy-game': () => import('./spy-game/spy-game-section').then((module) => module.spyGameSection),
};

/** The chapter's section; route loaders await it, so pages render (and hydrate) with it in hand. */
export function loadSection(id: ChapterId): Promise<StorySection> {
  return loaders[id]();
}

/**
 * The source module of a chapter's section, as the build manifest names it:
 * the prerender preloads it on pages that show the chapter.
 */
export function sectionModule(id: ChapterId): string {
  return `src/sections/${id}/${id}-section.tsx`;
}
