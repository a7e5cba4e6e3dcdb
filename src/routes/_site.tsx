import { createRoute, Outlet } from '@tanstack/react-router';
import { Route as rootRoute } from './__root';
import { SiteShell } from './-site-shell';

export const Route = createRoute({
  getParentRoute: () => rootRoute,
  id: 'site',
  component: SiteLayout,
});

function SiteLayout() {
  return (
    <SiteShell>
      <Outlet />
    </SiteShell>
  );
}
