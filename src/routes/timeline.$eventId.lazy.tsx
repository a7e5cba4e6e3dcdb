import { createLazyRoute } from '@tanstack/react-router';
import { SiteTimelinePage } from './-timeline-page';

// The same component as /timeline/, so selecting an event never remounts the chart.
export const Route = createLazyRoute('/site/timeline/$eventId')({
  component: SiteTimelinePage,
});
