import type { PublishingMeta, StoryMeta } from './types';

export const storyMeta = {
  siteName: 'The Storm-0558 intrusion',
  headline: 'How a stolen Microsoft key opened U.S. government email',
  dek: 'In the spring of 2023 a spy group that Microsoft calls Storm-0558, and says is based in China, forged its way into the email of U.S. officials with a signing key Microsoft had lost. It was a customer, the State Department, that noticed. Microsoft’s own defenses did not.',
  authors: ['The Storm-0558 explainer team'],
  published: '2026-11-28',
  updated: '2026-12-02',
  license: 'CC BY 4.0',
  credit: 'Reporting and graphics: the Storm-0558 explainer team',
} satisfies StoryMeta;

/**
 * The publisher and the social card's description: only the
 * prerender writes these (structured data, oEmbed, link-preview tags), so
 * the entry-server hands them over and readers' scripts never load them.
 */
export const publishingMeta = {
  organization: 'Storm-0558 Explainer',
  socialImageAlt:
    'A key drawn over a grid of envelopes, with the title “How a stolen Microsoft key opened U.S. government email”',
} satisfies PublishingMeta;
