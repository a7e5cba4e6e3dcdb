import { coverCopy } from '@/content/sections/cover';
import { storyMeta } from '@/content/story';
import { CoverSection } from '@/sections/cover/cover-section';
import type { CoverData } from '@/site/cover-data';

export function CoverPage({ data }: { readonly data: CoverData }) {
  return (
    <CoverSection
      meta={storyMeta}
      copy={coverCopy}
      chapters={data.chapters}
      figures={data.figures}
      sources={data.sources}
      keyEvents={data.keyEvents}
      artCounts={data.artCounts}
      corrections={data.corrections}
    />
  );
}
