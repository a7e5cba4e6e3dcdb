// Everything a newsroom can embed, in one list: each graphic on its own,
// then the whole pages (the full timeline and each chapter), which pages
// already embed. The Embed dialog offers these; the build publishes the
// same list as /data/embeds.json and writes an oEmbed document for each.
import { chapterOutline, type ChapterId } from '@/content/chapter-outline';
import { embedCopy } from '@/content/embed';
import { graphics } from '@/content/graphics';
import { pageDescriptions } from '@/content/page-descriptions';
import { timelinePage } from '@/content/pages';
import { fillTemplate } from '@/lib/fill-template';
import type { EmbedTarget } from '@/site/links';
import { INITIAL_EMBED_HEIGHT } from './embed-messages';

/**
 * What an embed's URL may set: `theme` (?theme=), the timeline's `view`
 * (?view=), `lanes` (?lanes=a,b) and starting `event` (in the path), and the
 * attack stepper's starting `step` (?step=). A bad value is ignored.
 */
export type EmbedOptionName = 'theme' | 'view' | 'lanes' | 'event' | 'step';

export type EmbedEntry = {
  /** Stable: `timeline`, a graphic's slug, or `page-<chapter>` / `page-timeline`. */
  readonly id: string;
  readonly kind: 'graphic' | 'page';
  /** The page whose Embed button offers it first. */
  readonly page: ChapterId | 'timeline';
  readonly title: string;
  readonly description: string;
  /** The snippet iframe's title: what it is, for screen-reader users on the host page. */
  readonly iframeTitle: string;
  readonly target: EmbedTarget;
  /** The snippet's fixed height, px, for pages that strip its script. */
  readonly height: number;
  readonly options: readonly EmbedOptionName[];
};

const TIMELINE_OPTIONS = ['theme', 'view', 'lanes', 'event'] as const satisfies readonly EmbedOptionName[];
const STEPPER_OPTIONS = ['theme', 'step'] as const satisfies readonly EmbedOptionName[];

export const embedEntries: readonly EmbedEntry[] = [
  ...graphics.map((graphic): EmbedEntry => {
    const base = {
      id: graphic.id,
      kind: 'graphic',
      page: graphic.chapterId,
      title: graphic.title,
      description: graphic.description,
      iframeTitle: fillTemplate(embedCopy.iframeTitle.graphic, { title: graphic.title }),
      height: graphic.height,
    } as const;
    if (graphic.chapterId === 'timeline')
      return { ...base, target: { kind: 'timeline-graphic' }, options: TIMELINE_OPTIONS };
    return {
      ...base,
      target: { kind: 'graphic', graphicId: graphic.id },
      options: graphic.id === 'attack-stepper' ? STEPPER_OPTIONS : ['theme'],
    };
  }),
  {
    id: 'page-timeline',
    kind: 'page',
    page: 'timeline',
    title: timelinePage.title,
    description: pageDescriptions.timeline,
    iframeTitle: embedCopy.iframeTitle.timeline,
    target: { kind: 'timeline' },
    height: INITIAL_EMBED_HEIGHT,
    options: TIMELINE_OPTIONS,
  },
  ...chapterOutline.map((chapter): EmbedEntry => ({
    id: `page-${chapter.id}`,
    kind: 'page',
    page: chapter.id,
    title: chapter.title,
    description: pageDescriptions[chapter.id],
    iframeTitle: fillTemplate(embedCopy.iframeTitle.chapter, { title: chapter.title }),
    target: { kind: 'chapter', chapterId: chapter.id },
    height: INITIAL_EMBED_HEIGHT,
    options: chapter.id === 'what' ? STEPPER_OPTIONS : ['theme'],
  })),
];

/** The dialog's order for a page's Embed button: its graphics, then itself whole, then the rest as listed. */
export function entriesFor(page: ChapterId | 'timeline'): readonly EmbedEntry[] {
  const own = (entry: EmbedEntry) => entry.page === page;
  return [
    ...embedEntries.filter((entry) => own(entry) && entry.kind === 'graphic'),
    ...embedEntries.filter((entry) => own(entry) && entry.kind === 'page'),
    ...embedEntries.filter((entry) => !own(entry)),
  ];
}
