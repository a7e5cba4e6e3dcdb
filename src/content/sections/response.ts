import type { ChapterCopy } from '../types';

export const responseCopy = {
  id: 'response',
  navLabel: 'Response',
  title: 'How it was caught, and what changed',
  dek: 'A State Department alert on a log most customers did not have, and a year of reviews that followed.',
  summary: 'The State Department’s alert, Microsoft’s disclosure, the logging fight and the Review Board.',
  description:
    'How the State Department caught the Storm-0558 intrusion in its audit logs, what Microsoft, CISA and the Cyber Safety Review Board did next.',
  parts: [],
} satisfies ChapterCopy;
