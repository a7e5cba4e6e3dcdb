import { createRoute } from '@tanstack/react-router';
import { loadCoverData } from './-load-cover-data';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: '/',
  loader: loadCoverData,
}).lazy(() => import('./index.lazy').then((m) => m.Route));
