// Chapter order is the reading order; the registry and navigation follow it.
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
