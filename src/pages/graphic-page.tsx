import { embedCopy } from '@/content/embed';
import type { ChapterGraphic } from '@/content/graphics';
import { sourcesFor } from '@/data/selectors';
import { sources } from '@/data/sources';
import { fillTemplate } from '@/lib/fill-template';
import type { StorySection } from '@/sections/chapter/chapter-section';
import { EmbedShell } from '@/shell/embed-shell';
import { chapterLink } from '@/site/links';

type GraphicPageProps = {
  readonly graphic: ChapterGraphic;
  readonly section: StorySection;
};

const publisherList = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

/**
 * One chapter interactive on its own, for newsrooms to embed in their story:
 * its headline, the interactive, a source line naming the publishers its
 * records cite, a credit and the way to the full chapter.
 */
export function GraphicPage({ graphic, section }: GraphicPageProps) {
  const publishers = [
    ...new Set(sourcesFor(section.graphicSourceIds(graphic.id), sources).map((source) => source.publisher)),
  ];
  // A chart's frame carries its own source line.
  const source =
    'source' in graphic
      ? graphic.source === 'chart'
        ? null
        : graphic.source
      : fillTemplate(embedCopy.graphicSources, { publishers: publisherList.format(publishers) });
  return (
    <EmbedShell fullPage={chapterLink(section.id)} headline={graphic.title} source={source}>
      {section.renderGraphic(graphic.id)}
    </EmbedShell>
  );
}
