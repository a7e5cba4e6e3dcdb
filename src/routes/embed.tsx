import { createRoute, Outlet, retainSearchParams, useLocation } from '@tanstack/react-router';
import { EmbedLayout } from '@/embed/embed-layout';
import { parseTheme, type EmbedTheme } from '@/embed/embed-theme';
import { useAutoHeight } from '@/embed/use-auto-height';
import { useEmbedTheme } from '@/embed/use-embed-theme';
import { useLinksOpenInTop } from '@/embed/use-links-open-in-top';
import { withBase } from '@/lib/base-path';
import { Route as rootRoute } from './__root';

type EmbedSearch = { readonly theme?: EmbedTheme };

export const Route = createRoute({
  getParentRoute: () => rootRoute,
  path: 'embed',
  // By hand: a known theme is kept, anything else is dropped, never an error.
  validateSearch: (search: Record<string, unknown>): EmbedSearch => {
    const theme = parseTheme(search.theme);
    return theme ? { theme } : {};
  },
  // Selecting an event inside the embed keeps the host's chosen theme in the frame's URL.
  search: { middlewares: [retainSearchParams(['theme'])] },
  component: EmbedRouteLayout,
});

function EmbedRouteLayout() {
  const pathname = useLocation({ select: (l) => l.pathname });
  const { theme } = Route.useSearch();
  const fullPath = pathname.replace(/^.*?\/embed(?=\/)/, '') || '/';
  useEmbedTheme(theme);
  useAutoHeight();
  useLinksOpenInTop(
    typeof window === 'undefined' ? '' : new URL(withBase('/embed/'), window.location.href).href,
  );
  return (
    <EmbedLayout fullPath={fullPath.endsWith('/') ? fullPath : `${fullPath}/`}>
      <Outlet />
    </EmbedLayout>
  );
}
