// Every record the site publishes, with the copy records that cite sources
// or timeline events or carry headings, in the shape the build's validator
// checks, each named with the file it is written in.
import { advisoryChecklistItems } from './content/sections/advisory-checklist';
import { attackSteps } from './content/sections/attack-steps';
import { chapterIds, chapterOutline } from './content/chapter-outline';
import { chapters } from './content/chapters';
import { figuresThatDisagree } from './data/figures-that-disagree';
import { intrusions } from './data/intrusions';
import { keyFigures } from './data/key-figures';
import { lanes } from './data/lanes';
import { phases } from './data/phases';
import { sources } from './data/sources';
import { timelineEvents } from './data/timeline-events';
import type { Citation, StoryData } from './data/validate';
import { victims } from './data/victims';
import { paragraphText } from './content/paragraph';
import type { ChapterCopy } from './content/types';
import { noteMarkers } from './lib/prose';
import { fileOf, noteMarkersOutside } from './story-files';

/** Every published record, with the copy records that cite sources or events or carry headings. */
export function storyData(): StoryData {
  const paragraphLists = new Set<object>(chapters.flatMap((chapter) => chapter.parts.map((part) => part.paragraphs)));
  const citations: Citation[] = [
    ...attackSteps.map((step) => ({
      name: `Attack step "${step.id}"`,
      file: fileOf(attackSteps),
      sourceIds: step.sourceIds,
      eventIds: step.eventIds,
      needsSource: true,
      texts: { short: step.short, title: step.title },
    })),
    ...advisoryChecklistItems.map((item) => ({
      name: `Checklist item "${item.id}"`,
      file: fileOf(advisoryChecklistItems),
      sourceIds: item.sourceIds,
      needsSource: true,
      texts: { text: item.text },
    })),
    ...chapterOutline.map((outline) => ({
      name: `Chapter "${outline.id}"`,
      file: fileOf(outline),
      sourceIds: [],
      texts: { navLabel: outline.navLabel, title: outline.title },
    })),
    ...chapters.flatMap((chapter) => chapterCitations(chapter, fileOf(chapter))),
    ...noteMarkersOutside(paragraphLists),
  ];
  return {
    chapterIds,
    lanes,
    sources,
    events: timelineEvents,
    phases,
    intrusions,
    keyFigures,
    victims,
    figureClaims: figuresThatDisagree,
    citations,
  };
}

/** A chapter's part headings, and each paragraph's notes and event links. */
function chapterCitations(chapter: ChapterCopy, file: string): Citation[] {
  return chapter.parts.flatMap((part, partIndex) => [
    { name: `Chapter "${chapter.id}", part ${partIndex + 1}`, file, sourceIds: [], texts: { heading: part.heading } },
    ...part.paragraphs.map((paragraph, index) => {
      const text = paragraphText(paragraph);
      return {
        name: `Chapter "${chapter.id}", "${part.heading}", paragraph ${index + 1}`,
        file,
        sourceIds: noteMarkers(text),
        eventIds: eventLinks(text),
        needsSource: typeof paragraph === 'string',
      };
    }),
  ]);
}

/** Timeline events a paragraph links to (`[label](/timeline/<id>/)`). */
function eventLinks(text: string): string[] {
  return [...text.matchAll(/\]\(\/timeline\/([^/)]+)\/\)/g)].flatMap((match) => (match[1] ? [match[1]] : []));
}
