import type { ChapterCopy } from '../types';

export const whoCopy = {
  id: 'who',
  navLabel: 'Who',
  title: 'Who did it, and who was hit',
  dek: 'A spy group Microsoft calls Storm-0558, a small set of carefully chosen mailboxes, and numbers that do not agree.',
  summary: 'The group behind the intrusion, how sure anyone is, and the officials whose mail was read.',
  description:
    'Who was behind the Storm-0558 intrusion, how confident Microsoft and the U.S. government are, and which agencies and officials had their email read.',
  parts: [],
} satisfies ChapterCopy;
