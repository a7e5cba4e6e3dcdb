import { createRoute } from '@tanstack/react-router';
import { loadSection } from '@/sections/registry';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'response',
  loader: () => loadSection('response'),
}).lazy(() => import('./response.lazy').then((m) => m.Route));
