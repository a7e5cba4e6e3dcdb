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
  art: {
    alt: 'Twenty-five envelopes in a grid, 22 drawn solid and 3 dashed, with a key laid across them.',
    caption:
      'Each envelope is one organization whose email was read: about 25 by Microsoft’s count in July 2023, 22 by the Cyber Safety Review Board’s in April 2024. The dashed three are the difference.',
    source: 'Sources: Microsoft; Cyber Safety Review Board.',
  },
} as const;
