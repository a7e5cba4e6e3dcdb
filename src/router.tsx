import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { Route as rootRoute } from './routes/__root';
import { Route as siteRoute } from './routes/_site';
import { Route as indexRoute } from './routes/index';
import { Route as whoRoute } from './routes/who';
import { Route as whatRoute } from './routes/what';
import { Route as responseRoute } from './routes/response';
import { Route as spyGameRoute } from './routes/spy-game';
import { Route as timelineRoute } from './routes/timeline';
import { Route as timelineEventRoute } from './routes/timeline.$eventId';
import { Route as sourcesRoute } from './routes/sources';
import { Route as embedRoute } from './routes/embed';
import { Route as embedTimelineRoute } from './routes/embed.timeline';
import { Route as embedTimelineEventRoute } from './routes/embed.timeline.$eventId';
import { Route as embedChapterRoute } from './routes/embed.$slug';

export const routeTree = rootRoute.addChildren([
  siteRoute.addChildren([
    indexRoute,
    whoRoute,
    whatRoute,
    responseRoute,
    spyGameRoute,
    timelineRoute,
    timelineEventRoute,
    sourcesRoute,
  ]),
  embedRoute.addChildren([embedTimelineRoute, embedTimelineEventRoute, embedChapterRoute]),
]);

type AppRouterOptions = {
  readonly history?: RouterHistory;
  /** Client only: on the server it would inject an inline script. */
  readonly scrollRestoration?: boolean;
};

export function createAppRouter({ history, scrollRestoration = false }: AppRouterOptions = {}) {
  return createRouter({
    routeTree,
    history,
    basepath: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
    trailingSlash: 'always',
    notFoundMode: 'root',
    scrollRestoration,
    defaultPreload: 'intent',
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
