import { createRoute } from '@tanstack/react-router';
import { eventLoader } from './-event-loader';
import { validateTimelineSearch } from './-timeline-search';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'timeline/$eventId',
  validateSearch: validateTimelineSearch,
  loader: eventLoader('/timeline/$eventId/'),
}).lazy(() => import('./timeline.$eventId.lazy').then((m) => m.Route));
