import { createLazyRoute } from '@tanstack/react-router';
import { corrections } from '@/content/corrections';
import { sourcesPage } from '@/content/pages';
import { sourcesCopy } from '@/content/sections/sources';
import { storyMeta } from '@/content/story';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { pageTitle } from '@/lib/page-title';
import { citingPages } from '@/sections/sources/citing-pages';
import { SourcesSection } from '@/sections/sources/sources-section';

export const Route = createLazyRoute('/site/sources')({
  component: SourcesPage,
});

function SourcesPage() {
  useDocumentTitle(pageTitle(sourcesPage.title, storyMeta.siteName));
  return (
    <SourcesSection
      copy={sourcesCopy}
      sources={sources}
      license={storyMeta.license}
      pages={citingPages}
      events={timelineEvents}
      corrections={corrections}
    />
  );
}
