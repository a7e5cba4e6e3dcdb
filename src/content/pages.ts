import type { PageCopy } from './types';

export const timelinePage = {
  title: 'Timeline: the Storm-0558 intrusion, 2016–2024',
  description:
    'Every dated event of the Storm-0558 intrusion, from a 2016 Microsoft signing key to the 2024 Cyber Safety Review Board report, with sources.',
} satisfies PageCopy;

export const sourcesPage = {
  title: 'Sources and methodology',
  description:
    'Every source the Storm-0558 explainer cites, how the timeline was compiled, what confirmed, reported and disputed mean, and the data.',
} satisfies PageCopy;
