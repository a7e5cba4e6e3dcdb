// Turns events into chart points: x by date on the view's scale, y by lane,
// and, where events of one lane fall too close together to tell apart or
// to click, stacked on levels within the row (centre, above, below, ...).
import type { Lane, LaneId, Phase, TimelineEvent } from '@/data/types';
import { formatCalendarDate, toDayNumber } from '@/lib/calendar-date';
import { containsDay, dayToUnits, SCALE_UNITS, type TimeScale } from './time-scale';

export type ChartPoint = {
  readonly id: string;
  readonly lane: LaneId;
  readonly title: string;
  /** The date as written for its precision: "June 16, 2023", "June 2023", "2021". */
  readonly dateLabel: string;
  /** Horizontal position, 0 to SCALE_UNITS. */
  readonly x: number;
  /** Vertical position in rows from the top: lane i spans i to i + 1. */
  readonly y: number;
  /** 0 on the row's centre line, -1 above it, 1 below it, -2, 2, ... */
  readonly level: number;
};

/** Pixel geometry the stacking needs; see chart-theme.ts for the values. */
export type PointLayout = {
  readonly plotWidth: number;
  readonly rowHeight: number;
  /** Height kept free at the top of each row for its label. */
  readonly labelHeight: number;
  /** Distance between two levels. */
  readonly levelStep: number;
  /** Closest two marks may be at one level. */
  readonly minGap: number;
};

type PointOptions = {
  readonly events: readonly TimelineEvent[];
  /** The lanes shown, in row order; events of other lanes are left out. */
  readonly lanes: readonly Lane[];
  readonly scale: TimeScale;
  readonly layout: PointLayout;
};

/** Level order: centre first, then alternately above and below. */
function levelOrder(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? 0 : i % 2 === 1 ? -(i + 1) / 2 : i / 2));
}

/**
 * Visible events in date order. Marks of one lane at one level are at
 * least `minGap` px apart; when more levels would be needed than the row
 * holds, a mark goes to the level whose last mark is furthest away.
 */
export function toChartPoints({ events, lanes, scale, layout }: PointOptions): ChartPoint[] {
  const band = Math.max(0, layout.rowHeight - layout.labelHeight);
  const maxLevels = Math.max(1, Math.floor(band / layout.levelStep));
  const levels = levelOrder(maxLevels % 2 === 0 ? maxLevels - 1 : maxLevels);
  const lastPx = new Map<string, number>();
  const points: ChartPoint[] = [];
  // Stable sort: the stacking below needs each lane in date order.
  const ordered = [...events].sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
  for (const event of ordered) {
    const laneIndex = lanes.findIndex((lane) => lane.id === event.lane);
    const day = toDayNumber(event.date);
    if (laneIndex < 0 || !containsDay(scale, day)) continue;
    const x = dayToUnits(scale, day);
    const px = (x / SCALE_UNITS) * layout.plotWidth;
    const key = (level: number) => `${event.lane}:${level}`;
    const free = levels.find((level) => {
      const last = lastPx.get(key(level));
      return last === undefined || px - last >= layout.minGap;
    });
    const level =
      free ??
      levels.reduce((best, level) =>
        (lastPx.get(key(level)) ?? 0) < (lastPx.get(key(best)) ?? 0) ? level : best,
      );
    lastPx.set(key(level), px);
    const centre = layout.labelHeight + band / 2 + level * layout.levelStep;
    points.push({
      id: event.id,
      lane: event.lane,
      title: event.title,
      dateLabel: formatCalendarDate(event.date),
      x,
      y: laneIndex + (layout.rowHeight > 0 ? centre / layout.rowHeight : 0.5),
      level,
    });
  }
  return points;
}

/** What a screen reader says for a mark: "title, date". */
export function pointLabel(point: Pick<ChartPoint, 'title' | 'dateLabel'>): string {
  return `${point.title}, ${point.dateLabel}`;
}

/**
 * Where the time axis runs inside a chart `width` × `height` px (`left`
 * and `width` exclude the axis padding), and how tall each lane's row is.
 */
export type PlotGeometry = {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly rowHeight: number;
};

type GeometrySizes = {
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly xAxisHeight: number;
  readonly xPadding: number;
};

export function plotGeometry(
  width: number,
  height: number,
  laneCount: number,
  { margin, xAxisHeight, xPadding }: GeometrySizes,
): PlotGeometry {
  const plotWidth = Math.max(0, width - margin.left - margin.right - 2 * xPadding);
  const plotHeight = Math.max(0, height - margin.top - margin.bottom - xAxisHeight);
  return {
    left: margin.left + xPadding,
    top: margin.top,
    width: plotWidth,
    height: plotHeight,
    rowHeight: laneCount > 0 ? plotHeight / laneCount : 0,
  };
}

export type PhaseBand = {
  readonly id: string;
  /** 1-based position in the story, as in the phase key under the chart. */
  readonly number: number;
  readonly label: string;
  readonly x1: number;
  readonly x2: number;
};

/** The phases that overlap the view, clipped to it (phase ends are inclusive). */
export function toPhaseBands(phases: readonly Phase[], scale: TimeScale): PhaseBand[] {
  return phases.flatMap((phase, index) => {
    const start = toDayNumber(phase.start);
    const end = toDayNumber(phase.end) + 1;
    if (end <= scale.startDay || start >= scale.endDay) return [];
    return [
      {
        id: phase.id,
        number: index + 1,
        label: phase.label,
        x1: dayToUnits(scale, start),
        x2: dayToUnits(scale, end),
      },
    ];
  });
}
