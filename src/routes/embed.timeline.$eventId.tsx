import { createRoute } from '@tanstack/react-router';
import { eventLoader } from './-event-loader';
import { validateTimelineSearch } from './-timeline-search';
import { Route as embedRoute } from './embed';

export const Route = createRoute({
  getParentRoute: () => embedRoute,
  path: 'timeline/$eventId',
  validateSearch: validateTimelineSearch,
  loader: eventLoader('/embed/timeline/$eventId/'),
}).lazy(() => import('./embed.timeline.$eventId.lazy').then((m) => m.Route));
