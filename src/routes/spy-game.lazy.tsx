import { createLazyRoute } from '@tanstack/react-router';
import { ChapterPage } from './-chapter-page';

export const Route = createLazyRoute('/site/spy-game')({
  component: SpyGamePage,
});

function SpyGamePage() {
  return <ChapterPage section={Route.useLoaderData()} />;
}
