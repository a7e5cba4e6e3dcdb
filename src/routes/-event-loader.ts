import { notFound } from '@tanstack/react-router';

/**
 * Unknown event ids render the app-wide not-found page, never a blank. The
 * events load on demand, so they stay out of the entry bundle (the lazy
 * timeline page imports the same module, so it is fetched once).
 */
export async function loadEvent({ params }: { params: { eventId: string } }) {
  const { timelineEvents } = await import('@/data/timeline-events');
  if (!timelineEvents.some((event) => event.id === params.eventId)) throw notFound();
}
