import { attackSteps } from '@/content/sections/attack-steps';
import type { ChapterCitations } from '@/sections/chapter/interactive-sources';

export const citations = {
  chapterId: 'what',
  interactives: {
    'attack-stepper': attackSteps.flatMap((step) => step.sourceIds),
  },
} as const satisfies ChapterCitations;
