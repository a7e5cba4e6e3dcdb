import { createRoute } from '@tanstack/react-router';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'sources',
}).lazy(() => import('./sources.lazy').then((m) => m.Route));
