import type { ChapterCopy } from '../types';

export const whatCopy = {
  id: 'what',
  navLabel: 'What',
  title: 'How a stolen key opened government mailboxes',
  dek: 'A consumer signing key from 2016, a check that was never made, and tokens forged on the intruders’ own machines.',
  summary: 'Step through the chain from a 2016 signing key to forged tokens and read mail.',
  description:
    'How the Storm-0558 intrusion worked, step by step: a 2016 Microsoft signing key, forged tokens and a validation flaw that let a consumer key open enterprise email.',
  parts: [],
} satisfies ChapterCopy;
