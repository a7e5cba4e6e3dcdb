import { createRoute } from '@tanstack/react-router';
import { validateTimelineSearch } from './-timeline-search';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'timeline',
  validateSearch: validateTimelineSearch,
}).lazy(() => import('./timeline.lazy').then((m) => m.Route));
