// The timeline's horizontal scale: calendar day numbers (see
// lib/calendar-date.ts) to "units" from 0 to SCALE_UNITS. A view made of
// several segments is piecewise linear, so a busy stretch can be wider
// than a quiet one; `breaks` says where the scale changes.
import type { TimelineView } from '@/data/types';
import { fromDayNumber, parseCalendarDate, toDayNumber } from '@/lib/calendar-date';

export const SCALE_UNITS = 1000;

type Segment = {
  readonly startDay: number;
  readonly endDay: number;
  readonly startUnits: number;
  readonly endUnits: number;
};

export type TimeScale = {
  readonly segments: readonly Segment[];
  /** First day shown (inclusive) and the day after the last one shown. */
  readonly startDay: number;
  readonly endDay: number;
  /** Positions (units) where one segment meets the next. */
  readonly breaks: readonly number[];
};

export function createTimeScale(view: TimelineView): TimeScale {
  const total = view.segments.reduce((sum, segment) => sum + segment.weight, 0);
  let units = 0;
  const segments = view.segments.map((segment) => {
    const width = (segment.weight / total) * SCALE_UNITS;
    const built = {
      startDay: toDayNumber(segment.start),
      endDay: toDayNumber(segment.end),
      startUnits: units,
      endUnits: units + width,
    };
    units += width;
    return built;
  });
  const first = segments[0];
  const last = segments.at(-1);
  if (!first || !last) throw new Error(`View "${view.id}" has no segments`);
  return {
    segments,
    startDay: first.startDay,
    endDay: last.endDay,
    breaks: segments.slice(1).map((segment) => segment.startUnits),
  };
}

export function containsDay(scale: TimeScale, day: number): boolean {
  return day >= scale.startDay && day < scale.endDay;
}

/** Units for a day number, clamped to the scale's ends. */
export function dayToUnits(scale: TimeScale, day: number): number {
  if (day <= scale.startDay) return 0;
  for (const segment of scale.segments) {
    if (day < segment.endDay) {
      const share = (day - segment.startDay) / (segment.endDay - segment.startDay);
      return segment.startUnits + share * (segment.endUnits - segment.startUnits);
    }
  }
  return SCALE_UNITS;
}

/** Pixels per day in the segment that holds `day`, for a plot `plotWidth` px wide. */
function pixelsPerDay(scale: TimeScale, day: number, plotWidth: number): number {
  const segment = scale.segments.find((s) => day < s.endDay) ?? scale.segments.at(-1);
  if (!segment) return 0;
  return (((segment.endUnits - segment.startUnits) / SCALE_UNITS) * plotWidth) / (segment.endDay - segment.startDay);
}

export type TimeTick = { readonly units: number; readonly label: string };

// AP style: March to July are never abbreviated.
const MONTH_ABBREVIATIONS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
] as const;

/**
 * Axis ticks for a plot `plotWidth` px wide: January 1 of each year first,
 * then the first of each month where a month is wide enough, keeping
 * labels at least `spacing` px apart. A month label carries its year when
 * it is the first label of that year.
 */
export function timeTicks(scale: TimeScale, plotWidth: number, spacing: number): TimeTick[] {
  const candidates: { day: number; isYear: boolean }[] = [];
  const startYear = Number(fromDayNumber(scale.startDay).slice(0, 4));
  const endYear = Number(fromDayNumber(scale.endDay - 1).slice(0, 4));
  for (let year = startYear; year <= endYear; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      const day = toDayNumber(`${year}-${String(month).padStart(2, '0')}-01`);
      if (!containsDay(scale, day)) continue;
      const isYear = month === 1;
      const monthWidth = pixelsPerDay(scale, day, plotWidth) * 30;
      if (isYear || monthWidth >= spacing / 3) candidates.push({ day, isYear });
    }
  }
  // A label at either end grows inwards (see the plot's tick), so its
  // centre for spacing purposes is half a label in from the end.
  const toPx = (day: number) => {
    const px = (dayToUnits(scale, day) / SCALE_UNITS) * plotWidth;
    return Math.min(Math.max(px, spacing / 2), plotWidth - spacing / 2);
  };
  const kept: { day: number; isYear: boolean }[] = [];
  // Years win over months; then earlier dates win.
  const ordered = [...candidates.filter((c) => c.isYear), ...candidates.filter((c) => !c.isYear)];
  for (const candidate of ordered) {
    const px = toPx(candidate.day);
    if (kept.every((k) => Math.abs(toPx(k.day) - px) >= spacing)) kept.push(candidate);
  }
  kept.sort((a, b) => a.day - b.day);
  const labelledYears = new Set<number>();
  return kept.map(({ day, isYear }) => {
    const parts = parseCalendarDate(fromDayNumber(day));
    const year = parts?.year ?? 0;
    const month = MONTH_ABBREVIATIONS[(parts?.month ?? 1) - 1];
    const label = isYear ? String(year) : labelledYears.has(year) ? `${month}` : `${month} ${year}`;
    labelledYears.add(year);
    return { units: dayToUnits(scale, day), label };
  });
}
