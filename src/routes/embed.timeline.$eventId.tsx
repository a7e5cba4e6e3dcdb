import { createRoute } from '@tanstack/react-router';
import { loadEvent } from './-event-loader';
import { validateTimelineSearch } from './-timeline-search';
import { Route as embedRoute } from './embed';

export const Route = createRoute({
  getParentRoute: () => embedRoute,
  path: 'timeline/$eventId',
  validateSearch: validateTimelineSearch,
  loader: loadEvent,
}).lazy(() => import('./embed.timeline.$eventId.lazy').then((m) => m.Route));
