import type { TimelineEvent } from '@/data/types';
import { describe, expect, it } from 'vitest';
import { lanes } from '@/data/lanes';
import { timelineViews } from '@/data/timeline-views';
import {
  adjacentEvents,
  filterByLanes,
  findEventById,
  groupEventsByYear,
  parseLaneFilter,
  parseViewId,
  serializeLaneFilter,
  sourcesFor,
  toggleLane,
} from '@/data/selectors';
import { timelineEvents } from '@/data/timeline-events';
import { fixtureEvents, validData } from '../fixtures/story-data';

const allLaneIds = lanes.map((lane) => lane.id);

describe('finding and stepping through events', () => {
  it('finds an event by id and misses unknown ids', () => {
    expect(findEventById(fixtureEvents, fixtureEvents[1].id)).toBe(fixtureEvents[1]);
    expect(findEventById(fixtureEvents, 'no-such-event')).toBeUndefined();
  });

  it('gives the neighbours in date order, none past either end', () => {
    const [first, second] = fixtureEvents;
    expect(adjacentEvents(fixtureEvents, first.id)).toEqual({ previous: undefined, next: second });
    expect(adjacentEvents(fixtureEvents, second.id)).toEqual({ previous: first, next: undefined });
    expect(adjacentEvents(fixtureEvents, 'no-such-event')).toEqual({});
  });

  it('steps in date order through the lanes shown only, from an event in any lane', () => {
    const events: readonly TimelineEvent[] = timelineEvents;
    const microsoft = events.filter((event) => event.lane === 'microsoft');
    const [first, second, third] = microsoft;
    expect(adjacentEvents(events, second!.id, ['microsoft'])).toEqual({ previous: first, next: third });
    // From an event whose lane is hidden, the neighbours are the shown lane's events either side of it.
    const hidden = events.find(
      (event, index) =>
        event.lane !== 'microsoft' && index > events.indexOf(first!) && index < events.indexOf(microsoft.at(-1)!),
    );
    expect(hidden, 'an event of another lane between two Microsoft events').toBeDefined();
    const at = events.indexOf(hidden!);
    const before = microsoft.filter((event) => events.indexOf(event) < at).at(-1);
    const after = microsoft.find((event) => events.indexOf(event) > at);
    expect(adjacentEvents(events, hidden!.id, ['microsoft'])).toEqual({ previous: before, next: after });
    expect(before).toBeDefined();
    expect(after).toBeDefined();
    const everyLane = adjacentEvents(events, second!.id);
    expect(everyLane.next).toBe(events[events.indexOf(second!) + 1]);
  });

  it('groups events by year without losing or reordering any', () => {
    const groups = groupEventsByYear(timelineEvents);
    expect(groups.map((group) => group.year)).toEqual([...new Set(timelineEvents.map((e) => e.date.slice(0, 4)))]);
    expect(groups.flatMap((group) => group.events)).toEqual([...timelineEvents]);
  });

  it('resolves source ids in the order given and skips unknown ones', () => {
    expect(sourcesFor(['cisa-advisory', 'nope', 'ms-post'], validData.sources).map((s) => s.id)).toEqual([
      'cisa-advisory',
      'ms-post',
    ]);
  });

  it('filters by lane, and an empty or missing filter keeps everything', () => {
    expect(filterByLanes(fixtureEvents, ['victims']).map((e) => e.id)).toEqual([fixtureEvents[1].id]);
    expect(filterByLanes(fixtureEvents, [])).toHaveLength(fixtureEvents.length);
    expect(filterByLanes(fixtureEvents, undefined)).toHaveLength(fixtureEvents.length);
  });
});

describe('the lanes search parameter', () => {
  it('reads known lanes from a comma-separated value, in lane order', () => {
    expect(parseLaneFilter('us-government,microsoft', lanes)).toEqual(['microsoft', 'us-government']);
  });

  it('drops unknown, repeated and padded values', () => {
    expect(parseLaneFilter('microsoft, aliens,microsoft,,', lanes)).toEqual(['microsoft']);
  });

  it('accepts an array (a JSON-looking link) as well as a string', () => {
    expect(parseLaneFilter(['victims', 3, 'researchers'], lanes)).toEqual(['victims', 'researchers']);
  });

  it('means every lane when nothing valid is left or every lane is listed', () => {
    expect(parseLaneFilter('aliens', lanes)).toBeUndefined();
    expect(parseLaneFilter('', lanes)).toBeUndefined();
    expect(parseLaneFilter(42, lanes)).toBeUndefined();
    expect(parseLaneFilter({ lane: 'microsoft' }, lanes)).toBeUndefined();
    expect(parseLaneFilter(allLaneIds.join(','), lanes)).toBeUndefined();
  });

  it('writes a canonical value, and nothing when every lane shows', () => {
    expect(serializeLaneFilter(['us-government', 'microsoft'], lanes)).toBe('microsoft,us-government');
    expect(serializeLaneFilter(allLaneIds, lanes)).toBeUndefined();
    expect(serializeLaneFilter(undefined, lanes)).toBeUndefined();
  });

  it('toggling hides a shown lane and shows a hidden one', () => {
    const hidden = toggleLane(undefined, 'attacker', lanes);
    expect(hidden).toEqual(allLaneIds.filter((id) => id !== 'attacker'));
    expect(toggleLane(hidden, 'attacker', lanes)).toBeUndefined();
    expect(toggleLane(['microsoft'], 'victims', lanes)).toEqual(['victims', 'microsoft']);
  });

  it('refuses to hide the last lane shown', () => {
    expect(toggleLane(['microsoft'], 'microsoft', lanes)).toEqual(['microsoft']);
  });
});

describe('the view search parameter', () => {
  it('accepts a known view id and nothing else', () => {
    expect(parseViewId('summer-2023', timelineViews)).toBe('summer-2023');
    expect(parseViewId('winter-1999', timelineViews)).toBeUndefined();
    expect(parseViewId(['summer-2023'], timelineViews)).toBeUndefined();
    expect(parseViewId(undefined, timelineViews)).toBeUndefined();
  });
});
