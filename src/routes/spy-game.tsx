import { createRoute } from '@tanstack/react-router';
import { ChapterPage } from './-chapter-page';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'spy-game',
  component: SpyGamePage,
});

function SpyGamePage() {
  return <ChapterPage id="spy-game" />;
}
