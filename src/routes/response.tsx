import { createRoute } from '@tanstack/react-router';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'response',
}).lazy(() => import('./response.lazy').then((m) => m.Route));
