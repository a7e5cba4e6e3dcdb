import { createRoute } from '@tanstack/react-router';
import { TimelinePage } from './-timeline-page';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'timeline',
  component: TimelineIndexPage,
});

function TimelineIndexPage() {
  return <TimelinePage embedded={false} />;
}
