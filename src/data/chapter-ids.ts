import type { ChapterId } from './types';

/** The chapters in reading order; each id is also a path and an embed slug. */
export const chapterIds = ['who', 'what', 'response', 'spy-game'] as const satisfies readonly ChapterId[];

export function isChapterId(value: string): value is ChapterId {
  return (chapterIds as readonly string[]).includes(value);
}
