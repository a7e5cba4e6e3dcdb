import type { LaneId, Source, TimelineEvent } from './types';

export function findEventById<E extends TimelineEvent>(
  events: readonly E[],
  id: string,
): E | undefined {
  return events.find((event) => event.id === id);
}

/** The events before and after `id` in date order. */
export function adjacentEvents<E extends TimelineEvent>(
  events: readonly E[],
  id: string,
): { previous?: E; next?: E } {
  const index = events.findIndex((event) => event.id === id);
  if (index < 0) return {};
  return { previous: events[index - 1], next: events[index + 1] };
}

export type EventGroup<E> = { readonly year: string; readonly events: readonly E[] };

/** Groups date-sorted events by calendar year, keeping order. */
export function groupEventsByYear<E extends TimelineEvent>(
  events: readonly E[],
): EventGroup<E>[] {
  const groups: { year: string; events: E[] }[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

export function sourcesFor(
  ids: readonly string[],
  sources: readonly Source[],
): Source[] {
  return ids.flatMap((id) => sources.filter((source) => source.id === id));
}

export function filterByLanes<E extends TimelineEvent>(
  events: readonly E[],
  lanes: readonly LaneId[] | undefined,
): E[] {
  if (!lanes || lanes.length === 0) return [...events];
  return events.filter((event) => lanes.includes(event.lane));
}
