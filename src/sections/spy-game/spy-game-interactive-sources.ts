import { intrusions } from '@/data/intrusions';
import type { ChapterCitations } from '@/sections/chapter/interactive-sources';

export const citations = {
  chapterId: 'spy-game',
  interactives: {
    'dwell-chart': intrusions.flatMap((intrusion) => intrusion.sourceIds),
  },
} as const satisfies ChapterCitations;
