// Every record the site publishes, with the copy records that cite sources
// or timeline events, in the shape the build's validator checks.
import { advisoryChecklistItems } from './content/sections/advisory-checklist';
import { attackSteps } from './content/sections/attack-steps';
import { chapterIds } from './content/chapter-outline';
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
import { noteRefs } from './lib/prose';

/** Every published record, with the copy records that cite sources or events. */
export function storyData(): StoryData {
  const citations: Citation[] = [
    ...attackSteps.map((step) => ({
      name: `Attack step "${step.id}"`,
      sourceIds: step.sourceIds,
      eventIds: step.eventIds,
      needsSource: true,
    })),
    ...advisoryChecklistItems.map((item) => ({
      name: `Checklist item "${item.id}"`,
      sourceIds: item.sourceIds,
      needsSource: true,
    })),
    ...chapters.flatMap((chapter) =>
      chapter.parts.flatMap((part) =>
        part.paragraphs.map((paragraph, index) => {
          const text = paragraphText(paragraph);
          return {
            name: `Chapter "${chapter.id}", "${part.heading}", paragraph ${index + 1}`,
            sourceIds: noteRefs(text),
            eventIds: eventLinks(text),
            needsSource: typeof paragraph === 'string',
          };
        }),
      ),
    ),
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

/** Timeline events a paragraph links to (`[label](/timeline/<id>/)`). */
function eventLinks(text: string): string[] {
  return [...text.matchAll(/\]\(\/timeline\/([^/)]+)\/\)/g)].flatMap((match) => (match[1] ? [match[1]] : []));
}
