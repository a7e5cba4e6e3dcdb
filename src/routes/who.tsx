import { createRoute } from '@tanstack/react-router';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'who',
}).lazy(() => import('./who.lazy').then((m) => m.Route));
