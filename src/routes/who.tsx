import { createRoute } from '@tanstack/react-router';
import { loadSection } from '@/sections/registry';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'who',
  loader: () => loadSection('who'),
}).lazy(() => import('./who.lazy').then((m) => m.Route));
