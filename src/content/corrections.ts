// The public corrections and updates log shown on /sources/. Add an entry
// (newest last) whenever a published fact changes, and move
// storyMeta.updated (content/story.ts) to the same date.

export type CorrectionKind = 'correction' | 'update';

export type CorrectionEntry = {
  /** Calendar date `YYYY-MM-DD` the change was published. */
  readonly date: string;
  readonly kind: CorrectionKind;
  readonly text: string;
};

export const corrections = [
  {
    date: '2026-11-28',
    kind: 'update',
    text: 'First published: four chapters, the full timeline, the sources and the data files.',
  },
] as const satisfies readonly CorrectionEntry[];
