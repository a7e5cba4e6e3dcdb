import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { ErrorPage } from '@/pages/error-page';
import { NotFoundPage } from '@/pages/not-found-page';
import { NavigationProgress } from '@/shell/navigation-progress';
import { RouteAnnouncer } from '@/shell/route-announcer';
import type { CoverData } from '@/site/cover-data';

/** What the app gives its routes: how the cover gets its facts (a fetch in the browser, the modules at build time and in tests). */
export type RouterContext = {
  readonly loadCoverData: () => Promise<CoverData>;
};

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

function RootLayout() {
  // After the first commit, hydration included: the page now answers to input.
  useEffect(() => {
    document.documentElement.dataset.hydrated = '';
  }, []);
  return (
    <>
      <NavigationProgress />
      <Outlet />
      <RouteAnnouncer />
    </>
  );
}
