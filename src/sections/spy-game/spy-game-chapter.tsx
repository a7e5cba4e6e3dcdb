import { DwellChart } from '@/charts/dwell-chart/dwell-chart';
import { dwellChartCopy } from '@/content/sections/dwell-chart';
import { spyGameCopy } from '@/content/sections/spy-game';
import { intrusions } from '@/data/intrusions';
import { sources } from '@/data/sources';
import { chapterSection } from '@/sections/chapter/chapter-section';
import { citations } from './spy-game-interactive-sources';

/** The spy-game chapter, with the interactive its copy places bound to its copy and data. */
export const chapter = chapterSection(spyGameCopy, citations, {
  'dwell-chart': ({ shell }) => (
    <DwellChart copy={dwellChartCopy} intrusions={intrusions} sources={sources} compact={shell === 'graphic'} />
  ),
});
