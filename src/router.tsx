import { createRouter, type RouterHistory } from '@tanstack/react-router';
import { routerBasepath } from './lib/base-path';
import { routeTree } from './routeTree.gen';
import type { RouterContext } from './routes/__root';

type AppRouterOptions = RouterContext & {
  readonly history?: RouterHistory;
  /** Client only: on the server it would inject an inline script. */
  readonly scrollRestoration?: boolean;
};

export function createAppRouter({ history, scrollRestoration = false, ...context }: AppRouterOptions) {
  return createRouter({
    routeTree,
    context,
    history,
    basepath: routerBasepath,
    trailingSlash: 'always',
    // The static host's paths are case-sensitive (/WHO/ is a 404): so are the router's.
    caseSensitive: true,
    notFoundMode: 'root',
    scrollRestoration,
    defaultPreload: 'intent',
    // A static host serves /who/index.html as /who/: so does the router,
    // instead of calling it an unknown page once the script runs.
    rewrite: {
      input: ({ url }) => {
        if (!url.pathname.endsWith('/index.html')) return undefined;
        url.pathname = url.pathname.slice(0, -'index.html'.length);
        return url;
      },
    },
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
  interface StaticDataRouteOption {
    /** A route that renders no page of its own, so the prerender writes no file for it. */
    notAPage?: true;
    /** Served without the framework: it loads at the reader's first interaction (site/hydrate-on-interaction). */
    hydrateOnInteraction?: true;
  }
}
