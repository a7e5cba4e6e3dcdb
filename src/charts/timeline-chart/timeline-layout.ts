// The timeline chart's geometry, computed once per layout class, the same
// on the server and in the browser. Horizontal positions are percentages of
// the chart's width and sizes are pixels, so one layout serves every width
// from its class's minimum up: marks only move apart as the chart widens.
// Everything is decided at the class's minimum width, where it is tightest.
import type { Lane, LaneId, Phase, TimelineEvent } from '@/data/types';
import { formatCalendarDate, toDayNumber } from '@/lib/calendar-date';
import { placeLabels, type PlacedLabel } from './label-placement';
import { containsDay, dayToUnits, SCALE_UNITS, timeTicks, type TimeScale } from './time-scale';

/** A range of chart widths drawn from one layout. */
export type LayoutClass = {
  readonly id: string;
  /** The narrowest chart this layout is drawn for, px: every check is made at this width. */
  readonly minWidth: number;
  /** Lane names in a column left of the plot, or above each lane's row. */
  readonly laneLabels: 'gutter' | 'top';
  /** Width of the lane-name column at `minWidth`, px. */
  readonly gutter: number;
  /** Closest two axis labels may sit, px. */
  readonly tickSpacing: number;
  /** Rows of key-moment labels above the plot. */
  readonly labelRows: number;
};

/** Narrowest first; the chart shows the widest class its container can hold (see timeline-chart.module.css). */
export const layoutClasses = [
  { id: 'xs', minWidth: 280, laneLabels: 'top', gutter: 0, tickSpacing: 46, labelRows: 2 },
  { id: 's', minWidth: 420, laneLabels: 'top', gutter: 0, tickSpacing: 52, labelRows: 2 },
  { id: 'm', minWidth: 600, laneLabels: 'gutter', gutter: 104, tickSpacing: 60, labelRows: 3 },
  { id: 'l', minWidth: 820, laneLabels: 'gutter', gutter: 120, tickSpacing: 64, labelRows: 3 },
] as const satisfies readonly LayoutClass[];

type LayoutClassId = (typeof layoutClasses)[number]['id'];

/** Pixel sizes shared by every layout. */
export const layoutSizes = {
  /** Every mark is a tap target this wide and tall (WCAG 2.2 target size is 24). */
  target: 24,
  /** Space between two marks' targets at one level. */
  targetGap: 2,
  /** Space at each end of the plot, so end marks are never cut. */
  plotPadding: 14,
  phaseRow: 18,
  labelRow: 16,
  laneLabelHeight: 15,
  rowPadding: 4,
  axisHeight: 24,
  /** Rough width of one character of 12px UI text. */
  charWidth: 6.6,
  labelGap: 6,
} as const;

export type LayoutMark = {
  readonly id: string;
  readonly lane: LaneId;
  /** "June 16, 2023: The State Department reports …", the mark's accessible name. */
  readonly name: string;
  readonly xPct: number;
  /** Centre of the mark, px from the chart's top. */
  readonly y: number;
  readonly labelled: boolean;
};

type LayoutRow = { readonly lane: Lane; readonly top: number; readonly height: number };

type LayoutBand = {
  readonly id: string;
  readonly number: number;
  readonly xPct: number;
  readonly widthPct: number;
  /** "2 The undetected weeks" or "2 Unseen", whichever fits its band; none where neither does (the key under the chart names every phase, never a bare number on the chart). */
  readonly text?: string;
  /** Where the name's centre sits (percent) and its baseline (px). */
  readonly textPct?: number;
  readonly textY?: number;
};

type LayoutTick = { readonly xPct: number; readonly label: string; readonly anchor: 'start' | 'middle' | 'end' };

export type LayoutLabel = Omit<PlacedLabel, 'x' | 'left' | 'right' | 'anchorX'> & {
  readonly xPct: number;
  readonly anchorPct: number;
  /** Text baseline, px. */
  readonly y: number;
  /** Where the leader line stops above its mark, px. */
  readonly markY: number;
};

export type TimelineLayout = {
  readonly classId: LayoutClassId;
  readonly laneLabels: LayoutClass['laneLabels'];
  readonly height: number;
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly plotLeftPct: number;
  readonly plotRightPct: number;
  readonly rows: readonly LayoutRow[];
  readonly marks: readonly LayoutMark[];
  readonly bands: readonly LayoutBand[];
  readonly breaksPct: readonly number[];
  readonly ticks: readonly LayoutTick[];
  readonly labels: readonly LayoutLabel[];
};

type LayoutInput = {
  readonly events: readonly TimelineEvent[];
  /** The lanes shown, in row order. */
  readonly lanes: readonly Lane[];
  readonly phases: readonly Phase[];
  readonly scale: TimeScale;
  readonly layoutClass: (typeof layoutClasses)[number];
};

/** The events a layout draws: in a shown lane and inside the view, in date order. */
export function shownEvents<E extends TimelineEvent>(
  events: readonly E[],
  lanes: readonly Lane[],
  scale: TimeScale,
): E[] {
  return events
    .filter((event) => lanes.some((lane) => lane.id === event.lane) && containsDay(scale, toDayNumber(event.date)))
    .sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
}

/**
 * Stacks one lane's marks on levels: a mark takes the first level whose
 * last mark is a whole target (and a gap) away, so no two targets overlap;
 * the row grows to hold as many levels as the lane needs.
 */
function stackLevels(xs: readonly number[]): number[] {
  const step = layoutSizes.target + layoutSizes.targetGap;
  const lastAt: number[] = [];
  return xs.map((x) => {
    const free = lastAt.findIndex((last) => x - last >= step);
    const level = free >= 0 ? free : lastAt.length;
    lastAt[level] = x;
    return level;
  });
}

export function layoutTimeline({ events, lanes, phases, scale, layoutClass }: LayoutInput): TimelineLayout {
  const width = layoutClass.minWidth;
  const plotLeft = layoutClass.gutter + layoutSizes.plotPadding;
  const plotWidth = width - plotLeft - layoutSizes.plotPadding;
  const toPx = (units: number) => plotLeft + (units / SCALE_UNITS) * plotWidth;
  const toPct = (px: number) => (px / width) * 100;

  const drawn = shownEvents(events, lanes, scale).map((event) => ({
    event,
    px: toPx(dayToUnits(scale, toDayNumber(event.date))),
  }));

  const bands = phases.flatMap((phase, index) => {
    const start = toDayNumber(phase.start);
    const end = toDayNumber(phase.end) + 1;
    if (end <= scale.startDay || start >= scale.endDay) return [];
    const x1 = toPx(dayToUnits(scale, start));
    const x2 = toPx(dayToUnits(scale, end));
    return [{ phase, number: index + 1, x1, x2 }];
  });
  // A phase's name goes in the first row if the full or short name fits its
  // band; if neither does, its short name goes in a row above, centred on
  // the band or ending or starting at its middle, where it may run past the
  // band's edges but never into another name.
  const textWidth = (text: string) => text.length * layoutSizes.charWidth;
  const extraRows: { left: number; right: number }[][] = [[], []];
  const named = bands.map(({ phase, number, x1, x2 }) => {
    const inBand = [`${number} ${phase.label}`, `${number} ${phase.shortLabel}`].find(
      (text) => textWidth(text) <= x2 - x1 - 4,
    );
    if (inBand) return { phase, number, x1, x2, text: inBand, textX: (x1 + x2) / 2, textRow: 0 };
    const text = `${number} ${phase.shortLabel}`;
    const half = textWidth(text) / 2;
    const middle = (x1 + x2) / 2;
    for (const [row, taken] of extraRows.entries()) {
      for (const centre of [middle, middle - half, middle + half]) {
        const textX = Math.min(Math.max(centre, half + 2), width - half - 2);
        const box = { left: textX - half - layoutSizes.labelGap / 2, right: textX + half + layoutSizes.labelGap / 2 };
        if (taken.some((other) => box.left < other.right && other.left < box.right)) continue;
        taken.push(box);
        return { phase, number, x1, x2, text, textX, textRow: row + 1 };
      }
    }
    return { phase, number, x1, x2 };
  });
  const phaseRows = 1 + extraRows.filter((taken) => taken.length > 0).length;
  const labelsTop = layoutSizes.phaseRow * phaseRows;
  const plotTop = labelsTop + layoutSizes.labelRow * layoutClass.labelRows + layoutSizes.rowPadding;
  const layoutBands = named.map(({ phase, number, x1, x2, ...rest }) => ({
    id: phase.id,
    number,
    xPct: toPct(x1),
    widthPct: toPct(x2) - toPct(x1),
    ...(rest.text !== undefined
      ? { text: rest.text, textPct: toPct(rest.textX), textY: (rest.textRow + 1) * layoutSizes.phaseRow - 5 }
      : {}),
  }));

  const step = layoutSizes.target + layoutSizes.targetGap;
  const labelHeight = layoutClass.laneLabels === 'top' ? layoutSizes.laneLabelHeight : 0;
  const rows: LayoutRow[] = [];
  const markY = new Map<string, number>();
  let top = plotTop;
  for (const lane of lanes) {
    const inLane = drawn.filter((entry) => entry.event.lane === lane.id);
    const levels = stackLevels(inLane.map((entry) => entry.px));
    const levelCount = Math.max(1, ...levels.map((level) => level + 1));
    const height = labelHeight + levelCount * step + 2 * layoutSizes.rowPadding;
    inLane.forEach((entry, index) => {
      markY.set(entry.event.id, top + labelHeight + layoutSizes.rowPadding + (levels[index] ?? 0) * step + step / 2);
    });
    rows.push({ lane, top, height });
    top += height;
  }
  const plotBottom = top;

  const marks = drawn.map(({ event, px }) => ({
    id: event.id,
    lane: event.lane,
    name: `${formatCalendarDate(event.date)}: ${event.title}`,
    xPct: toPct(px),
    y: markY.get(event.id) ?? plotTop,
    labelled: false,
  }));

  const placed = placeLabels(
    drawn.flatMap(({ event, px }) =>
      event.chartLabel ? [{ id: event.id, text: event.chartLabel.text, rank: event.chartLabel.rank, x: px }] : [],
    ),
    { width, rows: layoutClass.labelRows, charWidth: layoutSizes.charWidth, gap: layoutSizes.labelGap },
  );
  const labelled = new Set(placed.map((label) => label.id));
  const labels = placed.map(({ id, text, row, anchor, x, anchorX }) => ({
    id,
    text,
    row,
    anchor,
    xPct: toPct(x),
    anchorPct: toPct(anchorX),
    y: labelsTop + (row + 1) * layoutSizes.labelRow - 4,
    markY: (markY.get(id) ?? plotTop) - layoutSizes.target / 2,
  }));

  const ticks = timeTicks(scale, plotWidth, layoutClass.tickSpacing).map((tick) => {
    const px = toPx(tick.units);
    const half = (tick.label.length * layoutSizes.charWidth) / 2;
    const anchor: LayoutTick['anchor'] =
      px - half < plotLeft - layoutSizes.plotPadding ? 'start' : px + half > width ? 'end' : 'middle';
    return { xPct: toPct(px), label: tick.label, anchor };
  });

  return {
    classId: layoutClass.id,
    laneLabels: layoutClass.laneLabels,
    height: plotBottom + layoutSizes.axisHeight,
    plotTop,
    plotBottom,
    plotLeftPct: toPct(plotLeft),
    plotRightPct: toPct(plotLeft + plotWidth),
    rows,
    marks: marks.map((mark) => (labelled.has(mark.id) ? { ...mark, labelled: true } : mark)),
    bands: layoutBands,
    breaksPct: scale.breaks.map((units) => toPct(toPx(units))),
    ticks,
    labels,
  };
}
