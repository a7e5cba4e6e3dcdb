import type { ReactNode } from 'react';
import { SectionBoundary } from '@/components/section-boundary';
import { chapterNumber, chapterOutline, type ChapterId } from '@/content/chapter-outline';
import { graphicsOf } from '@/content/graphics';
import { siteCopy } from '@/content/site';
import type { ChapterCopy, InteractiveId } from '@/content/types';
import { sources } from '@/data/sources';
import { fillTemplate } from '@/lib/fill-template';
import type { Shell } from '@/site/links';
import { ChapterArticle } from './chapter-article';
import { ChapterProgress } from './chapter-progress';
import type { ChapterCitations } from './interactive-sources';

export type SectionRenderOptions = { readonly shell: Shell };

export type StorySection = {
  readonly id: ChapterId;
  readonly copy: ChapterCopy;
  readonly render: (options: SectionRenderOptions) => ReactNode;
  /** One of the chapter's interactives on its own, for its graphic embed (in a boundary of its own). */
  readonly renderGraphic: (id: InteractiveId) => ReactNode;
  /** The sources that interactive's records cite, by id, in order of first citation. */
  readonly graphicSourceIds: (id: InteractiveId) => readonly string[];
};

/**
 * One chapter as a section: its copy, the interactives its copy places
 * (one for each slot its citations declare), a boundary so a broken
 * interactive cannot blank the page, and (outside embeds) the "Chapter n
 * of 4" progress line.
 */
export function chapterSection<C extends ChapterCitations>(
  copy: ChapterCopy,
  citations: C,
  interactives: {
    readonly [K in keyof C['interactives'] & InteractiveId]: (options: SectionRenderOptions) => ReactNode;
  },
): StorySection {
  const unbound = copy.parts.flatMap((part) =>
    part.interactive && !(part.interactive in interactives) ? [part.interactive] : [],
  );
  const placed = copy.parts.flatMap((part) => (part.interactive ? [part.interactive] : []));
  const listed = graphicsOf(copy.id).map((graphic) => graphic.id);
  if (citations.chapterId !== copy.id || unbound.length > 0 || placed.join() !== listed.join()) {
    throw new Error(
      `The ${copy.id} chapter's binding does not match its copy: citations for ${citations.chapterId}, no interactive for ${unbound.join(', ') || 'none'}; ` +
        `its copy places ${placed.join(', ') || 'none'}, content/graphics.ts lists ${listed.join(', ') || 'none'}`,
    );
  }
  const renderers: Partial<Record<InteractiveId, (options: SectionRenderOptions) => ReactNode>> = interactives;
  const citedBy: Partial<Record<InteractiveId, readonly string[]>> = citations.interactives;
  const count = fillTemplate(siteCopy.chapterNav.count, { n: chapterNumber(copy.id), total: chapterOutline.length });
  return {
    id: copy.id,
    copy,
    render: (options) => (
      <SectionBoundary title={siteCopy.error.title} message={siteCopy.error.body} retryLabel={siteCopy.error.retry}>
        <ChapterArticle
          copy={copy}
          sources={sources}
          labels={siteCopy.notes}
          interactives={Object.fromEntries(
            Object.entries<(options: SectionRenderOptions) => ReactNode>(interactives).map(([slot, render]) => [
              slot,
              render(options),
            ]),
          )}
          aside={options.shell === 'site' ? <ChapterProgress chapterId={copy.id} label={count} /> : null}
        />
      </SectionBoundary>
    ),
    renderGraphic: (id) => (
      <SectionBoundary title={siteCopy.error.title} message={siteCopy.error.body} retryLabel={siteCopy.error.retry}>
        {renderers[id]?.({ shell: 'graphic' })}
      </SectionBoundary>
    ),
    graphicSourceIds: (id) => [...new Set(citedBy[id] ?? [])],
  };
}
