import { createRoute } from '@tanstack/react-router';
import { loadEvent } from './-event-loader';
import { TimelinePage } from './-timeline-page';
import { Route as embedRoute } from './embed';

export const Route = createRoute({
  getParentRoute: () => embedRoute,
  path: 'timeline/$eventId',
  loader: loadEvent,
  component: EmbedTimelineEventPage,
});

function EmbedTimelineEventPage() {
  const { eventId } = Route.useParams();
  return <TimelinePage embedded selectedId={eventId} />;
}
