import { createRoute } from '@tanstack/react-router';
import { corrections } from '@/content/corrections';
import { sourcesCopy } from '@/content/sections/sources';
import { storyMeta } from '@/content/story';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import { citingPages } from '@/sections/sources/citing-pages';
import { SourcesSection } from '@/sections/sources/sources-section';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'sources',
  component: SourcesPage,
});

function SourcesPage() {
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
