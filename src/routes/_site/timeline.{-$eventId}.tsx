import { createFileRoute } from '@tanstack/react-router';
import { TimelinePage } from '@/pages/timeline-page';
import { loadTimelineEvent } from '@/site/event-loader';
import { timelineHead } from '@/site/page-meta';
import { validateTimelineSearch } from '@/site/timeline-search';

export const Route = createFileRoute('/_site/timeline/{-$eventId}')({
  validateSearch: validateTimelineSearch,
  loader: ({ params }) => loadTimelineEvent(params.eventId, 'site'),
  head: ({ loaderData }) => timelineHead(loaderData),
  staticData: { hydrateOnInteraction: true },
  component: SiteTimeline,
});

// One route for /timeline/ and /timeline/<id>/: selecting an event re-renders
// the page instead of remounting it, so the chart keeps focus and state.
function SiteTimeline() {
  return <TimelinePage shell="site" />;
}
