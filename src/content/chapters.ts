// Every chapter's full copy, for what reads all of them at once: the build's
// validator and the content tests. Keyed by id, so none can be missing; the
// order is chapter-outline.ts's.
import { chapterOutline, type ChapterId } from './chapter-outline';
import { responseCopy } from './sections/response';
import { spyGameCopy } from './sections/spy-game';
import { whatCopy } from './sections/what';
import { whoCopy } from './sections/who';
import type { ChapterCopy } from './types';

const copies = {
  who: whoCopy,
  what: whatCopy,
  response: responseCopy,
  'spy-game': spyGameCopy,
} as const satisfies Record<ChapterId, ChapterCopy>;

export const chapters: readonly ChapterCopy[] = chapterOutline.map((chapter) => copies[chapter.id]);
