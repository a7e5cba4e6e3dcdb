import { createRoute } from '@tanstack/react-router';
import { TimelinePage } from './-timeline-page';
import { Route as embedRoute } from './embed';

export const Route = createRoute({
  getParentRoute: () => embedRoute,
  path: 'timeline',
  component: EmbedTimelinePage,
});

function EmbedTimelinePage() {
  return <TimelinePage embedded />;
}
