import { notFound } from '@tanstack/react-router';
import { findEventById } from '@/data/selectors';
import { timelineEvents } from '@/data/timeline-events';

/** Unknown event ids render the app-wide not-found page, never a blank. */
export function loadEvent({ params }: { params: { eventId: string } }) {
  if (!findEventById(timelineEvents, params.eventId)) throw notFound();
}
