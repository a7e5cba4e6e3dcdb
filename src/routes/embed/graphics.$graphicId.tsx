import { createFileRoute } from '@tanstack/react-router';
import { GraphicPage } from '@/pages/graphic-page';
import { graphicLoader } from '@/pages/chapter-sections';
import { notFoundHead } from '@/site/page-meta';
import { validateChapterSearch } from '@/site/chapter-search';

// One chapter interactive on its own; the timeline graphic has its own route.
export const Route = createFileRoute('/embed/graphics/$graphicId')({
  validateSearch: validateChapterSearch,
  loader: async ({ params }) => (await graphicLoader()).loadGraphic(params.graphicId),
  head: ({ loaderData }) => loaderData?.head ?? notFoundHead(),
  component: EmbedGraphic,
});

function EmbedGraphic() {
  const { graphic, section } = Route.useLoaderData();
  return <GraphicPage graphic={graphic} section={section} />;
}
