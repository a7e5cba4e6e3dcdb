import { createRoute, Outlet, useLocation } from '@tanstack/react-router';
import { EmbedLayout } from '@/embed/embed-layout';
import { Route as rootRoute } from './__root';

export const Route = createRoute({
  getParentRoute: () => rootRoute,
  path: 'embed',
  component: EmbedRouteLayout,
});

function EmbedRouteLayout() {
  const pathname = useLocation({ select: (l) => l.pathname });
  const fullPath = pathname.replace(/^.*?\/embed(?=\/)/, '') || '/';
  return (
    <EmbedLayout fullPath={fullPath.endsWith('/') ? fullPath : `${fullPath}/`}>
      <Outlet />
    </EmbedLayout>
  );
}
