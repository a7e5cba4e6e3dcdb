import { createRoute } from '@tanstack/react-router';
import { loadSection } from '@/sections/registry';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'spy-game',
  loader: () => loadSection('spy-game'),
}).lazy(() => import('./spy-game.lazy').then((m) => m.Route));
