import { createRoute } from '@tanstack/react-router';
import { ChapterPage } from './-chapter-page';
import { Route as siteRoute } from './_site';

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'response',
  component: ResponsePage,
});

function ResponsePage() {
  return <ChapterPage id="response" />;
}
