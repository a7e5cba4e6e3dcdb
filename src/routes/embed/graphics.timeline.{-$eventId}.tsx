import { createFileRoute } from '@tanstack/react-router';
import { TimelinePage } from '@/pages/timeline-page';
import { graphicLoader } from '@/pages/chapter-sections';
import { notFoundHead } from '@/site/page-meta';
import { validateTimelineSearch } from '@/site/timeline-search';

export const Route = createFileRoute('/embed/graphics/timeline/{-$eventId}')({
  validateSearch: validateTimelineSearch,
  loader: async ({ params }) => (await graphicLoader()).loadTimelineGraphic(params.eventId),
  head: ({ loaderData }) => loaderData?.head ?? notFoundHead(),
  component: TimelineGraphic,
});

function TimelineGraphic() {
  return <TimelinePage shell="graphic" />;
}
