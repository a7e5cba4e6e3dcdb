import { afterEach, describe, expect, it } from 'vitest';
import { containsDay, createTimeScale, dayToUnits, SCALE_UNITS, timeTicks } from '@/charts/timeline-chart/time-scale';
import { timelineViews } from '@/data/timeline-views';
import type { TimelineView } from '@/data/types';
import { toDayNumber } from '@/lib/calendar-date';

const wholeStory = timelineViews[0];
const linear: TimelineView = { id: 'linear', segments: [{ start: '2023-01-01', end: '2023-01-11', weight: 1 }] };
const twoPart: TimelineView = {
  id: 'two-part',
  segments: [
    { start: '2020-01-01', end: '2023-01-01', weight: 1 },
    { start: '2023-01-01', end: '2023-02-01', weight: 3 },
  ],
};
const originalTz = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalTz;
});

describe('createTimeScale', () => {
  it('maps a one-segment view linearly onto the whole width', () => {
    const scale = createTimeScale(linear);
    expect(dayToUnits(scale, toDayNumber('2023-01-01'))).toBe(0);
    expect(dayToUnits(scale, toDayNumber('2023-01-06'))).toBe(SCALE_UNITS / 2);
    expect(scale.breaks).toEqual([]);
  });

  it('gives each segment its share of the width and marks where the scale changes', () => {
    const scale = createTimeScale(twoPart);
    expect(scale.breaks).toEqual([SCALE_UNITS / 4]);
    expect(dayToUnits(scale, toDayNumber('2023-01-01'))).toBe(SCALE_UNITS / 4);
    // Halfway through January 2023 is halfway through the wide segment.
    expect(dayToUnits(scale, toDayNumber('2023-01-01') + 15.5)).toBeCloseTo(SCALE_UNITS * 0.625);
  });

  it('keeps dates in order across segments and clamps outside the view', () => {
    const scale = createTimeScale(wholeStory);
    const days = ['2015-06-01', '2016-01-01', '2021-03-01', '2023-05-15', '2023-07-11', '2024-04-02', '2030-01-01'];
    const units = days.map((day) => dayToUnits(scale, toDayNumber(day)));
    expect(units).toEqual([...units].sort((a, b) => a - b));
    expect(units[0]).toBe(0);
    expect(units.at(-1)).toBe(SCALE_UNITS);
  });

  it('stretches the busy months of 2023 in the whole-story view', () => {
    const scale = createTimeScale(wholeStory);
    const width = (from: string, to: string) =>
      dayToUnits(scale, toDayNumber(to)) - dayToUnits(scale, toDayNumber(from));
    expect(width('2023-06-01', '2023-07-01')).toBeGreaterThan(width('2017-01-01', '2019-01-01'));
  });

  it('knows which days it shows, the end being exclusive', () => {
    const scale = createTimeScale(linear);
    expect(containsDay(scale, toDayNumber('2023-01-01'))).toBe(true);
    expect(containsDay(scale, toDayNumber('2023-01-10'))).toBe(true);
    expect(containsDay(scale, toDayNumber('2023-01-11'))).toBe(false);
    expect(containsDay(scale, toDayNumber('2022-12-31'))).toBe(false);
  });
});

describe('timeTicks', () => {
  const summer = createTimeScale(timelineViews[1]);

  it('labels months, giving the year with the first one', () => {
    const labels = timeTicks(summer, 1000, 60).map((tick) => tick.label);
    expect(labels).toEqual(['May 2023', 'June', 'July', 'Aug.', 'Sept.', 'Oct.']);
  });

  it('drops labels rather than let them crowd a narrow chart', () => {
    const spacing = 50;
    const ticks = timeTicks(summer, 240, spacing);
    expect(ticks.length).toBeLessThan(6);
    // End labels grow inwards, so raw centres may sit a little closer.
    const px = ticks.map((tick) => (tick.units / SCALE_UNITS) * 240);
    px.slice(1).forEach((x, i) => expect(x - px[i]!).toBeGreaterThanOrEqual(spacing / 2));
  });

  it('prefers years in the whole-story view and reads the same in every time zone', () => {
    const scale = createTimeScale(wholeStory);
    process.env.TZ = 'Pacific/Kiritimati';
    const east = timeTicks(scale, 900, 64);
    process.env.TZ = 'Pacific/Pago_Pago';
    const west = timeTicks(scale, 900, 64);
    expect(east).toEqual(west);
    expect(east.map((tick) => tick.label)).toContain('2016');
    expect(east.map((tick) => tick.label)).toContain('2024');
  });
});
