import { createLazyRoute } from '@tanstack/react-router';
import { coverCopy } from '@/content/sections/cover';
import { timelineCopy } from '@/content/sections/timeline';
import { storyMeta } from '@/content/story';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { CoverSection } from '@/sections/cover/cover-section';

export const Route = createLazyRoute('/site/')({
  component: CoverPage,
});

function CoverPage() {
  const data = Route.useLoaderData();
  useDocumentTitle(storyMeta.headline);
  return (
    <CoverSection
      meta={storyMeta}
      copy={coverCopy}
      teaserCopy={timelineCopy.teaser}
      chapters={data.chapters}
      figures={data.figures}
      sources={data.sources}
      keyEvents={data.keyEvents}
      eventPath={(id) => `/timeline/${id}/`}
      artCounts={data.artCounts}
      corrections={data.corrections}
    />
  );
}
