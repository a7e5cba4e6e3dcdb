import type { Lane, LaneId, Source, TimelineEvent } from './types';

export function findEventById<E extends TimelineEvent>(events: readonly E[], id: string): E | undefined {
  return events.find((event) => event.id === id);
}

/** The current id of an event published under `id` before a correction, if any. */
export function currentIdFor(events: readonly TimelineEvent[], id: string): string | undefined {
  return events.find((event) => event.formerIds?.includes(id))?.id;
}

/**
 * The events before and after `id` in date order, among the lanes shown
 * (all of them when `lanes` is undefined). The event itself counts even if
 * its lane is hidden, so stepping from it still works.
 */
export function adjacentEvents<E extends TimelineEvent>(
  events: readonly E[],
  id: string,
  lanes?: readonly LaneId[],
): { previous?: E; next?: E } {
  const stepped = lanes ? events.filter((event) => event.id === id || lanes.includes(event.lane)) : events;
  const index = stepped.findIndex((event) => event.id === id);
  if (index < 0) return {};
  return { previous: stepped[index - 1], next: stepped[index + 1] };
}

export type EventGroup<E> = { readonly year: string; readonly events: readonly E[] };

/** Groups date-sorted events by calendar year, keeping order. */
export function groupEventsByYear<E extends TimelineEvent>(events: readonly E[]): EventGroup<E>[] {
  const groups: { year: string; events: E[] }[] = [];
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
  }
  return groups;
}

export function sourcesFor(ids: readonly string[], sources: readonly Source[]): Source[] {
  return ids.flatMap((id) => sources.filter((source) => source.id === id));
}

export function filterByLanes<E extends TimelineEvent>(
  events: readonly E[],
  lanes: readonly LaneId[] | undefined,
): E[] {
  if (!lanes || lanes.length === 0) return [...events];
  return events.filter((event) => lanes.includes(event.lane));
}

/**
 * Reads the `lanes` search parameter ("microsoft,us-government", or an
 * array). Unknown ids are dropped; the result is in lane order. Returns
 * undefined, meaning every lane, when nothing valid is left or every lane
 * is listed, so a bad link still opens the full chart.
 */
export function parseLaneFilter(value: unknown, lanes: readonly Lane[]): LaneId[] | undefined {
  const parts = Array.isArray(value)
    ? value.filter((part): part is string => typeof part === 'string')
    : typeof value === 'string'
      ? value.split(',')
      : [];
  const wanted = new Set(parts.map((part) => part.trim()));
  const picked = lanes.filter((lane) => wanted.has(lane.id)).map((lane) => lane.id);
  return picked.length === 0 || picked.length === lanes.length ? undefined : picked;
}

/** The `lanes` search value for a selection: undefined when every lane shows. */
export function serializeLaneFilter(
  selected: readonly LaneId[] | undefined,
  lanes: readonly Lane[],
): string | undefined {
  const canonical = parseLaneFilter(selected ? [...selected] : undefined, lanes);
  return canonical?.join(',');
}

/**
 * Shows or hides one lane. Hiding the last visible lane is refused (the
 * selection is returned unchanged): an empty chart helps nobody.
 */
export function toggleLane(
  selected: readonly LaneId[] | undefined,
  lane: LaneId,
  lanes: readonly Lane[],
): LaneId[] | undefined {
  const current = selected ?? lanes.map((l) => l.id);
  const next = current.includes(lane) ? current.filter((id) => id !== lane) : [...current, lane];
  if (next.length === 0) return selected ? [...selected] : undefined;
  return parseLaneFilter(next, lanes);
}

/** A known view id from a search value, or undefined (the default view). */
export function parseViewId<V extends { readonly id: string }>(
  value: unknown,
  views: readonly V[],
): V['id'] | undefined {
  return views.find((view) => view.id === value)?.id;
}
