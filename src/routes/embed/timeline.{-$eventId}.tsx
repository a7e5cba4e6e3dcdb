import { createFileRoute } from '@tanstack/react-router';
import { TimelinePage } from '@/pages/timeline-page';
import { loadTimelineEvent } from '@/site/event-loader';
import { timelineHead } from '@/site/page-meta';
import { validateTimelineSearch } from '@/site/timeline-search';

export const Route = createFileRoute('/embed/timeline/{-$eventId}')({
  validateSearch: validateTimelineSearch,
  loader: ({ params }) => loadTimelineEvent(params.eventId, 'embed'),
  head: ({ loaderData }) => timelineHead(loaderData),
  component: EmbedTimeline,
});

function EmbedTimeline() {
  return <TimelinePage shell="embed" />;
}
