// Binds the pages that cite sources (the cover and each chapter) for the
// sources page. An interactive that cites sources outside the chapter's
// [[notes]] lists them in `interactiveSources`, credited to its chapter.
import { advisoryChecklistItems } from '@/content/sections/advisory-checklist';
import { attackSteps } from '@/content/sections/attack-steps';
import { chapters } from '@/content/chapters';
import { sourcesCopy } from '@/content/sections/sources';
import type { InteractiveId } from '@/content/types';
import { figuresThatDisagree } from '@/data/figures-that-disagree';
import { intrusions } from '@/data/intrusions';
import { keyFigures } from '@/data/key-figures';
import { victims } from '@/data/victims';
import { chapterSourceIds, type CitingPage } from './source-citations';

export const interactiveSources: Record<InteractiveId, readonly string[]> = {
  'attack-stepper': attackSteps.flatMap((step) => step.sourceIds),
  'victims-grid': victims.flatMap((victim) => victim.sourceIds),
  'numbers-disagree': figuresThatDisagree.flatMap((claim) => claim.sourceIds),
  'audit-log': [],
  'advisory-checklist': advisoryChecklistItems.flatMap((item) => item.sourceIds),
  'dwell-chart': intrusions.flatMap((intrusion) => intrusion.sourceIds),
};

export const citingPages: readonly CitingPage[] = [
  {
    path: '/',
    title: sourcesCopy.coverTitle,
    sourceIds: keyFigures.flatMap((figure) => figure.sourceIds),
  },
  ...chapters.map((chapter) => ({
    path: `/${chapter.id}/`,
    title: chapter.title,
    sourceIds: chapterSourceIds(chapter, interactiveSources),
  })),
];
