import { describe, expect, it } from 'vitest';
import { timelineSizes } from '@/charts/chart-theme';
import { createTimeScale, SCALE_UNITS } from '@/charts/timeline-chart/time-scale';
import {
  plotGeometry,
  pointLabel,
  toChartPoints,
  toPhaseBands,
  type PointLayout,
} from '@/charts/timeline-chart/to-chart-points';
import { lanes } from '@/data/lanes';
import { phases } from '@/data/phases';
import { timelineViews } from '@/data/timeline-views';
import { timelineEvents } from '@/data/timeline-events';
import type { TimelineEvent } from '@/data/types';
import { formatCalendarDate } from '@/lib/calendar-date';

const [wholeStory, summer] = timelineViews.map(createTimeScale) as [
  ReturnType<typeof createTimeScale>,
  ReturnType<typeof createTimeScale>,
];
const layout: PointLayout = { plotWidth: 900, rowHeight: 60, labelHeight: 0, levelStep: 13, minGap: 14 };

function event(id: string, date: string, lane: TimelineEvent['lane']): TimelineEvent {
  return {
    id,
    date,
    datePrecision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    lane,
    title: `Title of ${id}`,
    summary: 'A summary.',
    certainty: 'confirmed',
    sourceIds: ['s'],
    chapter: 'what',
  };
}

describe('toChartPoints', () => {
  it('gives every event a point in the whole-story view, in date order', () => {
    const points = toChartPoints({ events: timelineEvents, lanes, scale: wholeStory, layout });
    expect(points.map((p) => p.id)).toEqual(timelineEvents.map((e) => e.id));
  });

  it('writes each date as the data has it and names each point "title, date"', () => {
    const points = toChartPoints({ events: timelineEvents, lanes, scale: wholeStory, layout });
    timelineEvents.forEach((e, i) => {
      expect(points[i]!.dateLabel).toBe(formatCalendarDate(e.date));
      expect(pointLabel(points[i]!)).toBe(`${e.title}, ${formatCalendarDate(e.date)}`);
    });
  });

  it('leaves out events outside the view and lanes not shown', () => {
    const shown = lanes.filter((lane) => lane.id === 'microsoft' || lane.id === 'victims');
    const points = toChartPoints({ events: timelineEvents, lanes: shown, scale: summer, layout });
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      expect(['microsoft', 'victims']).toContain(point.lane);
      expect(point.x).toBeGreaterThanOrEqual(0);
      expect(point.x).toBeLessThan(SCALE_UNITS);
    }
    expect(points.map((p) => p.id)).not.toContain('2016-microsoft-creates-consumer-signing-key');
  });

  it('puts each lane in its own row, counting only the lanes shown', () => {
    const shown = lanes.filter((lane) => lane.id !== 'attacker');
    const points = toChartPoints({ events: timelineEvents, lanes: shown, scale: wholeStory, layout });
    for (const point of points) {
      const row = shown.findIndex((lane) => lane.id === point.lane);
      expect(point.y).toBeGreaterThan(row);
      expect(point.y).toBeLessThan(row + 1);
    }
  });

  it('stacks same-lane events that fall too close together', () => {
    const events = [event('a', '2023-06-16', 'victims'), event('b', '2023-06-16', 'victims'), event('c', '2023-06-17', 'victims')];
    const points = toChartPoints({ events, lanes, scale: summer, layout });
    expect(new Set(points.map((p) => p.level)).size).toBe(3);
    expect(new Set(points.map((p) => p.y)).size).toBe(3);
  });

  function closestAtOneLevel(width: number, rowHeight: number): number {
    const events = timelineEvents.filter((e) => e.date >= '2023');
    const points = toChartPoints({ events, lanes, scale: wholeStory, layout: { ...layout, plotWidth: width, rowHeight } });
    const byRow = new Map<string, number[]>();
    for (const p of points) {
      const key = `${p.lane}:${p.level}`;
      byRow.set(key, [...(byRow.get(key) ?? []), (p.x / SCALE_UNITS) * width]);
    }
    let closest = Infinity;
    for (const px of byRow.values()) px.slice(1).forEach((x, i) => (closest = Math.min(closest, x - px[i]!)));
    return closest;
  }

  it('keeps marks at one level at least minGap apart on a desktop-sized chart', () => {
    expect(closestAtOneLevel(600, 60)).toBeGreaterThanOrEqual(layout.minGap);
    expect(closestAtOneLevel(1000, 60)).toBeGreaterThanOrEqual(layout.minGap);
  });

  it('never lets marks overlap on a phone-sized chart (240 px, three levels)', () => {
    expect(closestAtOneLevel(240, 40)).toBeGreaterThanOrEqual(timelineSizes.markSize);
  });

  it('uses only as many levels as the row holds, overlapping least when it runs out', () => {
    const events = ['a', 'b', 'c', 'd', 'e'].map((id) => event(id, '2023-06-16', 'victims'));
    const points = toChartPoints({ events, lanes, scale: summer, layout: { ...layout, rowHeight: 40 } });
    const levels = new Set(points.map((p) => p.level));
    expect([...levels].sort()).toEqual([-1, 0, 1]);
    for (const point of points) expect(point.y).toBeLessThan(2);
  });

  it('keeps a same-day pair of different lanes on their centre lines', () => {
    const events = [event('a', '2023-07-12', 'victims'), event('b', '2023-07-12', 'attacker')];
    const points = toChartPoints({ events, lanes, scale: summer, layout });
    expect(points.map((p) => p.level)).toEqual([0, 0]);
  });
});

describe('toPhaseBands', () => {
  it('numbers the phases in story order and covers the whole-story view', () => {
    const bands = toPhaseBands(phases, wholeStory);
    expect(bands.map((band) => band.number)).toEqual(phases.map((_, i) => i + 1));
    expect(bands[0]!.x1).toBe(0);
    bands.slice(1).forEach((band, i) => expect(band.x1).toBeCloseTo(bands[i]!.x2));
  });

  it('clips phases to the view', () => {
    const bands = toPhaseBands(phases, summer);
    expect(bands).toHaveLength(phases.length);
    expect(bands[0]!.x1).toBe(0);
    expect(bands.at(-1)!.x2).toBe(SCALE_UNITS);
  });
});

describe('plotGeometry', () => {
  it('splits the plot height evenly between the lanes shown', () => {
    const margin = { top: 30, right: 10, bottom: 0, left: 20 };
    const geometry = plotGeometry(500, 330, 3, { margin, xAxisHeight: 30, xPadding: 5 });
    expect(geometry).toEqual({ left: 25, top: 30, width: 460, height: 270, rowHeight: 90 });
  });
});
