// Every chapter's full copy, in reading order (the order of chapter-outline.ts),
// for what reads all of them at once: the sources page and the content tests.
import type { ChapterCopy } from './types';
import { whoCopy } from './sections/who';
import { whatCopy } from './sections/what';
import { responseCopy } from './sections/response';
import { spyGameCopy } from './sections/spy-game';

export const chapters = [
  whoCopy,
  whatCopy,
  responseCopy,
  spyGameCopy,
] as const satisfies readonly ChapterCopy[];
