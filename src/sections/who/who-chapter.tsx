import { numbersCopy, victimsGridCopy, whoCopy } from '@/content/sections/who';
import { figuresThatDisagree } from '@/data/figures-that-disagree';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import { victims } from '@/data/victims';
import { chapterSection } from '@/sections/chapter/chapter-section';
import { NumbersTable } from './numbers-table';
import { VictimsGrid } from './victims-grid';
import { citations } from './who-interactive-sources';

/** The who chapter, with the interactives its copy places bound to their copy and data. */
export const chapter = chapterSection(whoCopy, citations, {
  'victims-grid': ({ shell }) => (
    <VictimsGrid
      copy={victimsGridCopy}
      victims={victims}
      sources={sources}
      events={timelineEvents}
      compact={shell === 'graphic'}
    />
  ),
  'numbers-disagree': ({ shell }) => (
    <NumbersTable copy={numbersCopy} claims={figuresThatDisagree} sources={sources} compact={shell === 'graphic'} />
  ),
});
