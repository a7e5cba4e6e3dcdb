// The timeline's search parameters, validated by hand (no zod). Kept apart
// from the page so the eagerly loaded route definitions stay small.
import { lanes } from '@/data/lanes';
import { timelineViews, type TimelineViewId } from '@/data/phases';
import { parseLaneFilter, parseViewId, serializeLaneFilter } from '@/data/selectors';

/**
 * The chart's shareable state. `lanes`: the lanes shown, comma-separated
 * (`?lanes=microsoft,us-government`), absent when all are. `view`: absent
 * for the whole story, `summer-2023` for May to October 2023.
 */
export type TimelineSearch = {
  readonly lanes?: string;
  readonly view?: TimelineViewId;
};

export const defaultViewId: TimelineViewId = timelineViews[0].id;

/** Unknown keys and bad values are dropped, never an error: a mangled link still opens the timeline. */
export function validateTimelineSearch(search: Record<string, unknown>): TimelineSearch {
  const laneValue = serializeLaneFilter(parseLaneFilter(search.lanes, lanes), lanes);
  const view = parseViewId(search.view, timelineViews);
  return {
    ...(laneValue ? { lanes: laneValue } : {}),
    ...(view && view !== defaultViewId ? { view } : {}),
  };
}
