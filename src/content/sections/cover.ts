import type { CorrectionId } from '../corrections';

// Reader-visible strings of the cover (/). The headline, dek and dates
// live in story.ts; the figures in data/key-figures.ts.
export const coverCopy = {
  kicker: 'Explainer · Cyber espionage',
  byline: 'By',
  published: 'Published',
  updated: 'Updated',
  figuresHeading: 'The intrusion in numbers',
  figureSource: 'Source:',
  chaptersHeading: 'The story in four chapters',
  /** {n} is filled in. */
  chapterLabel: 'Chapter {n}',
  chapterCardCta: 'Read the chapter',
  /** The key events, linking into the timeline. */
  teaser: {
    heading: 'The story in twelve moments',
    fullLink: 'Open the full timeline',
  },
  art: {
    alt: 'Twenty-five envelopes in a grid, 22 drawn solid and 3 dashed, with a key laid across them.',
    caption:
      'Each envelope stands for an organization whose email was read: about 25 by Microsoft’s count in July 2023, 22 enterprise organizations by the Cyber Safety Review Board’s in 2024. The dashed three mark the gap between the counts, which may not measure the same thing, not three known victims.',
    source: 'Sources: Microsoft; Cyber Safety Review Board.',
  },
  /** Corrections noted under the figures (see content/corrections.ts). */
  correctionIds: ['state-emails-confirmed', 'personal-accounts-503', 'key-dates', 'cover-envelopes'],
} as const satisfies { readonly correctionIds: readonly CorrectionId[] } & Record<string, unknown>;
