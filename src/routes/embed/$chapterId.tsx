import { createFileRoute } from '@tanstack/react-router';
import { ChapterPage } from '@/pages/chapter-page';
import { loadChapter } from '@/pages/chapter-sections';
import { chapterHead } from '@/site/page-meta';
import { validateChapterSearch } from '@/site/chapter-search';

export const Route = createFileRoute('/embed/$chapterId')({
  validateSearch: validateChapterSearch,
  loader: ({ params }) => loadChapter(params.chapterId),
  head: ({ loaderData }) => chapterHead(loaderData?.id),
  component: EmbedChapter,
});

function EmbedChapter() {
  return <ChapterPage section={Route.useLoaderData()} embedded />;
}
