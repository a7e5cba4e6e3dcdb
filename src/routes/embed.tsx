import { createFileRoute, Outlet, retainSearchParams } from '@tanstack/react-router';
import { useAutoHeight } from '@/embed/use-auto-height';
import { useEmbedTheme } from '@/embed/use-embed-theme';
import { useLinksOpenInTop } from '@/embed/use-links-open-in-top';
import { parseTheme, type Theme } from '@/lib/theme';
import { EmbedErrorPage } from '@/pages/embed-error-page';
import { embedHead } from '@/site/page-meta';

type EmbedSearch = { readonly theme?: Theme };

export const Route = createFileRoute('/embed')({
  // A known theme is kept, anything else is dropped, never an error.
  validateSearch: (search: Record<string, unknown>): EmbedSearch => {
    const theme = parseTheme(search.theme);
    return theme ? { theme } : {};
  },
  // Selecting an event inside the embed keeps the host's chosen theme in the frame's URL.
  search: { middlewares: [retainSearchParams(['theme'])] },
  head: embedHead,
  component: EmbedLayout,
  errorComponent: EmbedErrorPage,
});

function EmbedLayout() {
  useEmbedTheme(Route.useSearch({ select: (search) => search.theme }));
  useAutoHeight();
  useLinksOpenInTop();
  return <Outlet />;
}
