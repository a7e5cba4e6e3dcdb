import { createRoute } from '@tanstack/react-router';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'spy-game',
}).lazy(() => import('./spy-game.lazy').then((m) => m.Route));
