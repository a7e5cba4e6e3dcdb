import { createLazyRoute } from '@tanstack/react-router';
import { ChapterPage } from './-chapter-page';

export const Route = createLazyRoute('/site/response')({
  component: ResponsePage,
});

function ResponsePage() {
  return <ChapterPage section={Route.useLoaderData()} />;
}
