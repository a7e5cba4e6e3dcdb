import { createRoute } from '@tanstack/react-router';
import { sourcesCopy } from '@/content/sections/sources';
import { storyMeta } from '@/content/story';
import { sources } from '@/data/sources';
import { SourcesSection } from '@/sections/sources/sources-section';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'sources',
  component: SourcesPage,
});

function SourcesPage() {
  return <SourcesSection copy={sourcesCopy} sources={sources} license={storyMeta.license} />;
}
