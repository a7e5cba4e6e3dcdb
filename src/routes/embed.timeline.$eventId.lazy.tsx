import { createLazyRoute } from '@tanstack/react-router';
import { EmbedTimelinePage } from './-timeline-page';

// The same component as /embed/timeline/, so selecting an event never remounts the chart.
export const Route = createLazyRoute('/embed/timeline/$eventId')({
  component: EmbedTimelinePage,
});
