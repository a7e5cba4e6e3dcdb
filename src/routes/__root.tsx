import { createRootRoute, Outlet } from '@tanstack/react-router';
import { siteCopy } from '@/content/site';
import { useRouteFocus } from '@/hooks/use-route-focus';
import { ErrorPage } from './-error-page';
import { NotFoundPage } from './-not-found-page';

export const Route = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: ErrorPage,
});

const sameView = (from: string, to: string) =>
  timelineView(from) !== null && timelineView(from) === timelineView(to);

function RootLayout() {
  const announcement = useRouteFocus({ sameView });
  return (
    <>
      <Outlet />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement ? `${siteCopy.routeAnnounced} ${announcement}` : ''}
      </p>
    </>
  );
}

/** "/timeline/" or "/embed/timeline/" when the path is in one of those views. */
function timelineView(pathname: string): string | null {
  return /(\/embed)?\/timeline\//.exec(`${pathname}/`)?.[0] ?? null;
}
