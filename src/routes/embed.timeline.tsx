import { createRoute } from '@tanstack/react-router';
import { validateTimelineSearch } from './-timeline-search';
import { Route as embedRoute } from './embed';

export const Route = createRoute({
  getParentRoute: () => embedRoute,
  path: 'timeline',
  validateSearch: validateTimelineSearch,
}).lazy(() => import('./embed.timeline.lazy').then((m) => m.Route));
