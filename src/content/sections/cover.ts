export const coverCopy = {
  byline: 'By',
  published: 'Published',
  updated: 'Updated',
  figuresHeading: 'The intrusion in numbers',
  figureSource: 'Source:',
  chaptersHeading: 'Read the story',
  chapterCardCta: 'Read',
} as const;
