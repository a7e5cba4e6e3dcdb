import { figuresThatDisagree } from '@/data/figures-that-disagree';
import { victims } from '@/data/victims';
import type { ChapterCitations } from '@/sections/chapter/interactive-sources';

export const citations = {
  chapterId: 'who',
  interactives: {
    'victims-grid': victims.flatMap((victim) => victim.sourceIds),
    'numbers-disagree': figuresThatDisagree.flatMap((claim) => claim.sourceIds),
  },
} as const satisfies ChapterCitations;
