// The chapters in reading order: the one list of them. Each id is also the
// chapter's path, DOM id and embed slug. With each, what the navigation, the
// cover's cards, page titles and embed options show of it. Each chapter's
// dek and prose are in sections/<id>.ts, which takes these fields from here,
// so a page that only names a chapter never loads its prose.
import type { ChapterOutlineFields } from './types';

export const whoOutline = {
  id: 'who',
  navLabel: 'Who',
  title: 'Who did it, and who was hit',
  summary: 'The group behind the intrusion, how sure anyone is, and the officials whose mail was read.',
} as const satisfies ChapterOutlineFields;

export const whatOutline = {
  id: 'what',
  navLabel: 'What',
  title: 'How a stolen key opened government mailboxes',
  summary: 'Step through the chain from a 2016 signing key to forged tokens and read mail.',
} as const satisfies ChapterOutlineFields;

export const responseOutline = {
  id: 'response',
  navLabel: 'Response',
  title: 'How it was caught, and what changed',
  summary: 'The State Department’s alert, Microsoft’s disclosure, the logging fight and the Review Board.',
} as const satisfies ChapterOutlineFields;

export const spyGameOutline = {
  id: 'spy-game',
  navLabel: 'The spy game',
  title: 'The spy game: breaches and patches',
  summary: 'How Storm-0558 compares with OPM, SolarWinds, Volt Typhoon and other intrusions.',
} as const satisfies ChapterOutlineFields;

export const chapterOutline = [whoOutline, whatOutline, responseOutline, spyGameOutline] as const;

export type ChapterId = (typeof chapterOutline)[number]['id'];

export const chapterIds: readonly ChapterId[] = chapterOutline.map((chapter) => chapter.id);

export function isChapterId(value: unknown): value is ChapterId {
  return chapterIds.some((id) => id === value);
}

/** 1 for the first chapter; 0 for an unknown id. */
export function chapterNumber(id: ChapterId): number {
  return chapterIds.indexOf(id) + 1;
}
