import { notFound, redirect } from '@tanstack/react-router';
import { currentIdFor, findEventById } from '@/data/selectors';
import type { TimelineEvent } from '@/data/types';
import { timelineLink, type Shell } from './links';

/** What a timeline page's head needs of its event. */
export type TimelineEventMeta = Pick<TimelineEvent, 'id' | 'title' | 'date' | 'summary'>;

/**
 * The event a timeline page shows, if any. An unknown id renders the
 * app-wide not-found page, never a blank; an id an event had before a
 * correction moved it goes to the event's current page, replacing the old
 * address in history. The events load on demand, so they stay out of the
 * entry bundle (the timeline page imports the same module: one request).
 */
export async function loadTimelineEvent(
  eventId: string | undefined,
  shell: Shell,
): Promise<{ readonly event?: TimelineEventMeta }> {
  if (eventId === undefined) return {};
  const { timelineEvents } = await import('@/data/timeline-events');
  const event = findEventById(timelineEvents, eventId);
  if (event) return { event: { id: event.id, title: event.title, date: event.date, summary: event.summary } };
  const current = currentIdFor(timelineEvents, eventId);
  if (!current) throw notFound();
  throw redirect({ ...timelineLink(current, shell), search: true, replace: true });
}
