import { createFileRoute } from '@tanstack/react-router';
import { ChapterPage } from '@/pages/chapter-page';
import { loadChapter } from '@/pages/chapter-sections';
import { chapterHead } from '@/site/page-meta';
import { validateChapterSearch } from '@/site/chapter-search';

export const Route = createFileRoute('/_site/$chapterId')({
  validateSearch: validateChapterSearch,
  loader: ({ params }) => loadChapter(params.chapterId),
  head: ({ loaderData }) => chapterHead(loaderData?.id),
  component: SiteChapter,
});

function SiteChapter() {
  return <ChapterPage section={Route.useLoaderData()} embedded={false} />;
}
