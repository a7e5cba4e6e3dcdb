import { createLazyRoute } from '@tanstack/react-router';
import { ChapterPage } from './-chapter-page';

export const Route = createLazyRoute('/site/what')({
  component: WhatPage,
});

function WhatPage() {
  return <ChapterPage section={Route.useLoaderData()} />;
}
