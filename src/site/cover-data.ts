// The few facts the cover shows, cut from the data modules at build time.
// The cover fetches them as /data/cover.json instead of shipping every
// event, source and chapter in its JavaScript (the cover's JS budget).
import { chapterOutline, type ChapterId } from '@/content/chapter-outline';
import { correctionsWithIds, type CorrectionNote } from '@/content/corrections';
import { coverCopy } from '@/content/sections/cover';
import { organizationCounts } from '@/data/figures-that-disagree';
import { keyFigures } from '@/data/key-figures';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import type { KeyFigure, Source } from '@/data/types';

export type CoverData = {
  readonly chapters: readonly { readonly id: ChapterId; readonly title: string; readonly summary: string }[];
  readonly figures: readonly KeyFigure[];
  /** Only the sources the figures cite. */
  readonly sources: readonly Source[];
  readonly keyEvents: readonly { readonly id: string; readonly date: string; readonly title: string }[];
  /** The counts the cover art draws: [solid, total]. */
  readonly artCounts: readonly [number, number];
  /** Corrections to the cover's figures and art, noted beside them. */
  readonly corrections: readonly CorrectionNote[];
};

export function buildCoverData(): CoverData {
  const cited = new Set(keyFigures.flatMap((figure) => figure.sourceIds as readonly string[]));
  return {
    chapters: chapterOutline.map(({ id, title, summary }) => ({ id, title, summary })),
    figures: keyFigures,
    sources: sources.filter((source) => cited.has(source.id)),
    keyEvents: timelineEvents
      .filter((event) => 'key' in event && event.key)
      .map(({ id, date, title }) => ({ id, date, title })),
    artCounts: [organizationCounts.csrb, organizationCounts.microsoft],
    corrections: correctionsWithIds(coverCopy.correctionIds).map(({ id, date, kind, text }) => ({
      id,
      date,
      kind,
      text,
    })),
  };
}
