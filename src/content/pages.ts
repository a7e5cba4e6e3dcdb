import type { PageCopy } from './types';

export const timelinePage = {
  title: 'Timeline: the Storm-0558 intrusion, 2016–2024',
} satisfies PageCopy;

export const sourcesPage = {
  title: 'Sources and methodology',
} satisfies PageCopy;
