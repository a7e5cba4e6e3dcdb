import type { StoryMeta } from './types';

export const storyMeta = {
  siteName: 'The Storm-0558 intrusion',
  headline: 'How a stolen Microsoft key opened U.S. government email',
  dek:
    'In 2023 a China-based espionage group, as Microsoft describes it, forged sign-in tokens with a lost Microsoft signing key and read the mail of the State and Commerce departments. A customer’s logs caught it; the vendor’s did not.',
  description:
    'An interactive explainer of the 2023 Storm-0558 intrusion: who was hit, how a 2016 signing key unlocked government mailboxes, how the State Department caught it, and where it fits in the spy game.',
  authors: ['The Storm-0558 explainer team'],
  organization: 'Storm-0558 Explainer',
  published: '2026-11-28',
  updated: '2026-11-28',
  license: 'CC BY 4.0',
  credit: 'Reporting and graphics: the Storm-0558 explainer team',
  socialImageAlt:
    'A key drawn over a grid of envelopes, with the title “How a stolen Microsoft key opened U.S. government email”',
} satisfies StoryMeta;
