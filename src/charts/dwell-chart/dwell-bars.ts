// Turns intrusion records into what the dwell chart, its accessible names
import { fillTemplate } from '@/lib/fill-template';
// and its table show. Pure: no React, no Recharts.
import type { Certainty, Intrusion } from '@/data/types';

/** The logarithmic axis: every plotted figure lies inside it. */
export const DWELL_AXIS = {
  min: 10,
  max: 1000,
  ticks: [10, 30, 100, 300, 1000],
} as const;

export type DwellWords = {
  readonly approximate: string;
  readonly rangeSpoken: string;
  readonly openEndedSpoken: string;
  readonly unit: string;
  readonly approximateWord: string;
  readonly none: string;
  readonly noneShort: string;
  /** For a row whose only figure measures something else; {measure} is filled in. */
  readonly otherMeasure: string;
};

export type DwellBar = {
  readonly id: string;
  /** Short row label, e.g. "OPM breach". */
  readonly label: string;
  readonly isThisStory: boolean;
  /** Null when no honest figure exists. */
  readonly low: number | null;
  readonly high: number | null;
  /** [axis start, end of bar] for Recharts; a zero-width span when there is no figure. */
  readonly span: readonly [number, number];
  /** "343", "274–303", "31–32+", "about 46", or the no-figure text. */
  readonly daysText: string;
  /** For accessible names: "296 to 468 days, approximate". */
  readonly daysSpoken: string;
  readonly certainty: Certainty;
  /** "intrusion, actor, days, certainty". */
  readonly accessibleName: string;
};

/** 1826 → "1,826", the same in every locale. */
export function formatDays(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

type DwellFigures = Pick<Intrusion, 'dwell' | 'otherMeasure'>;

/** What the sources give instead of a dwell figure, or that there is none. */
function noFigure({ otherMeasure }: DwellFigures, words: DwellWords, none: string): string {
  return otherMeasure ? fillTemplate(words.otherMeasure, { measure: otherMeasure }) : none;
}

export function dwellText(figures: DwellFigures, words: DwellWords): string {
  const { dwell } = figures;
  if (!dwell) return noFigure(figures, words, words.noneShort);
  if (dwell.high === undefined) {
    const value = formatDays(dwell.low);
    return dwell.approximate ? fillTemplate(words.approximate, { value }) : value;
  }
  return `${formatDays(dwell.low)}–${formatDays(dwell.high)}${dwell.openEnded ? '+' : ''}`;
}

export function dwellSpoken(figures: DwellFigures, words: DwellWords): string {
  const { dwell } = figures;
  if (!dwell) return noFigure(figures, words, words.none);
  const low = formatDays(dwell.low);
  const days =
    dwell.high === undefined
      ? `${low} ${words.unit}`
      : `${fillTemplate(dwell.openEnded ? words.openEndedSpoken : words.rangeSpoken, { low, high: formatDays(dwell.high) })} ${words.unit}`;
  return dwell.approximate ? `${days}, ${words.approximateWord}` : days;
}

export function toDwellBars(
  intrusions: readonly Intrusion[],
  words: DwellWords,
  certaintyLabels: Readonly<Record<Certainty, string>>,
): DwellBar[] {
  return intrusions.map((intrusion) => {
    const { dwell } = intrusion;
    const low = dwell ? clamp(dwell.low) : null;
    const high = dwell?.high !== undefined ? clamp(dwell.high) : null;
    const label = intrusion.shortName ?? intrusion.name;
    const daysSpoken = dwellSpoken(intrusion, words);
    return {
      id: intrusion.id,
      label,
      isThisStory: intrusion.isThisStory === true,
      low,
      high,
      span: [DWELL_AXIS.min, high ?? low ?? DWELL_AXIS.min],
      daysText: dwellText(intrusion, words),
      daysSpoken,
      certainty: intrusion.certainty,
      accessibleName: [
        label,
        intrusion.shortActor ?? intrusion.actor,
        daysSpoken,
        certaintyLabels[intrusion.certainty],
      ].join(', '),
    };
  });
}

function clamp(value: number): number {
  return Math.min(DWELL_AXIS.max, Math.max(DWELL_AXIS.min, value));
}
