import { createRoute } from '@tanstack/react-router';
import { loadEvent } from './-event-loader';
import { TimelinePage } from './-timeline-page';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'timeline/$eventId',
  loader: loadEvent,
  component: TimelineEventPage,
});

function TimelineEventPage() {
  const { eventId } = Route.useParams();
  return <TimelinePage embedded={false} selectedId={eventId} />;
}
