import { createLazyRoute } from '@tanstack/react-router';
import { ChapterPage } from './-chapter-page';

export const Route = createLazyRoute('/site/who')({
  component: WhoPage,
});

function WhoPage() {
  return <ChapterPage section={Route.useLoaderData()} />;
}
