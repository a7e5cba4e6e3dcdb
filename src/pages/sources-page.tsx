import { chapterIds } from '@/content/chapter-outline';
import { chapters } from '@/content/chapters';
import { corrections } from '@/content/corrections';
import { sourcesCopy } from '@/content/sections/sources';
import { storyMeta } from '@/content/story';
import { keyFigures } from '@/data/key-figures';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import type { ChapterCitations } from '@/sections/chapter/interactive-sources';
import { chapterSourceIds } from '@/sections/chapter/chapter-sources';
import type { CitingPage } from '@/sections/sources/source-citations';
import { SourcesSection } from '@/sections/sources/sources-section';

// What each chapter's interactives cite, as each chapter declares it beside
// its binding: light data modules, so this page never loads the interactives.
const declared = Object.values(
  import.meta.glob<ChapterCitations>('/src/sections/*/*-interactive-sources.ts', { eager: true, import: 'citations' }),
);

/** The pages that cite sources: the cover's figures, and every chapter's notes and interactives. */
export function citingPages(): CitingPage[] {
  return [
    { page: 'cover', title: sourcesCopy.coverTitle, sourceIds: keyFigures.flatMap((figure) => figure.sourceIds) },
    ...chapters.map((copy) => {
      const citations = declared.find((candidate) => candidate.chapterId === copy.id);
      if (!citations) throw new Error(`The ${copy.id} chapter declares no interactive-sources module`);
      return { page: copy.id, title: copy.title, sourceIds: chapterSourceIds(copy, citations.interactives) };
    }),
  ];
}

if (declared.length !== chapterIds.length) {
  throw new Error(`${declared.length} interactive-sources modules for ${chapterIds.length} chapters`);
}

export function SourcesPage() {
  return (
    <SourcesSection
      copy={sourcesCopy}
      sources={sources}
      license={storyMeta.license}
      pages={citingPages()}
      events={timelineEvents}
      corrections={corrections}
    />
  );
}
