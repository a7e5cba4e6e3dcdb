import { advisoryChecklistItems } from '@/content/sections/advisory-checklist';
import type { ChapterCitations } from '@/sections/chapter/interactive-sources';

export const citations = {
  chapterId: 'response',
  interactives: {
    // The audit log is an illustration of the log's shape, not a record of the intrusion: it cites nothing.
    'audit-log': [],
    'advisory-checklist': advisoryChecklistItems.flatMap((item) => item.sourceIds),
  },
} as const satisfies ChapterCitations;
