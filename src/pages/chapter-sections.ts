// The story's chapter sections. Each (its copy, interactives and data) is a
// chunk of its own, loaded by the route that shows it, so a chapter page
// carries only its own chapter. Each lives at sections/<id>/<id>-chapter.tsx;
// the build fails if a chapter in chapter-outline.ts has no such module or a
// module has no chapter.
import { notFound } from '@tanstack/react-router';
import { chapterIds, isChapterId, type ChapterId } from '@/content/chapter-outline';
import type { StorySection } from '@/sections/chapter/chapter-section';

type ChapterModule = { readonly chapter: StorySection };

const modules = import.meta.glob<ChapterModule>('/src/sections/*/*-chapter.tsx');

/** The module that holds a chapter, as the build manifest names it (without the leading slash). */
export function chapterModuleFile(id: ChapterId): string {
  return `src/sections/${id}/${id}-chapter.tsx`;
}

const unclaimed = Object.keys(modules).filter((file) => !chapterIds.some((id) => `/${chapterModuleFile(id)}` === file));
const missing = chapterIds.filter((id) => !(`/${chapterModuleFile(id)}` in modules));
if (unclaimed.length > 0 || missing.length > 0) {
  throw new Error(
    `Chapter modules out of step with chapter-outline.ts: missing ${missing.join(', ') || 'none'}; unclaimed ${unclaimed.join(', ') || 'none'}`,
  );
}

/** The chapter's section, for a route's loader; an unknown id is the not-found page. */
export async function loadChapter(id: string): Promise<StorySection> {
  const load = isChapterId(id) ? modules[`/${chapterModuleFile(id)}`] : undefined;
  if (!load) throw notFound();
  return (await load()).chapter;
}

/** The graphic embeds' loaders (graphic-loader.ts), one chunk for both routes. */
export const graphicLoader = () => import('./graphic-loader');
