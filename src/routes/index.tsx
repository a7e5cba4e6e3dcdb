import { createRoute } from '@tanstack/react-router';
import { chapters } from '@/content/chapters';
import { coverCopy } from '@/content/sections/cover';
import { timelineCopy } from '@/content/sections/timeline';
import { storyMeta } from '@/content/story';
import { organizationCounts } from '@/data/figures-that-disagree';
import { keyFigures } from '@/data/key-figures';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import { CoverSection } from '@/sections/cover/cover-section';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: '/',
  component: CoverPage,
});

const keyEvents = timelineEvents.filter((event) => 'key' in event && event.key);

function CoverPage() {
  return (
    <CoverSection
      meta={storyMeta}
      copy={coverCopy}
      teaserCopy={timelineCopy.teaser}
      chapters={chapters}
      figures={keyFigures}
      sources={sources}
      keyEvents={keyEvents}
      eventPath={(id) => `/timeline/${id}/`}
      artCounts={[organizationCounts.csrb, organizationCounts.microsoft]}
    />
  );
}
