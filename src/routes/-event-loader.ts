import { notFound, redirect } from '@tanstack/react-router';
import { currentIdFor } from '@/data/selectors';

/**
 * Unknown event ids render the app-wide not-found page, never a blank; an
 * id an event had before a correction moved it goes to the event's current
 * page, replacing the old address in history. The events load on demand,
 * so they stay out of the entry bundle (the lazy timeline page imports the
 * same module, so it is fetched once).
 */
export function eventLoader(to: '/timeline/$eventId/' | '/embed/timeline/$eventId/') {
  return async ({ params }: { params: { eventId: string } }) => {
    const { timelineEvents } = await import('@/data/timeline-events');
    if (timelineEvents.some((event) => event.id === params.eventId)) return;
    const current = currentIdFor(timelineEvents, params.eventId);
    if (!current) throw notFound();
    throw redirect({ to, params: { eventId: current }, search: true, replace: true });
  };
}
