// The timeline's search parameters, validated by hand: unknown keys and bad
// values are dropped, never an error, so a mangled link still opens the
// timeline. Kept apart from the page so the route definitions stay small.
import { lanes } from '@/data/lanes';
import { timelineViews, type TimelineViewId } from '@/data/timeline-views';
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

export function validateTimelineSearch(search: Record<string, unknown>): TimelineSearch {
  const laneValue = serializeLaneFilter(parseLaneFilter(search.lanes, lanes), lanes);
  const view = parseViewId(search.view, timelineViews);
  return {
    ...(laneValue ? { lanes: laneValue } : {}),
    ...(view && view !== defaultViewId ? { view } : {}),
  };
}
