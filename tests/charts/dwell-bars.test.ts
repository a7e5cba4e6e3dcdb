import { describe, expect, it } from 'vitest';
import { DWELL_AXIS, dwellSpoken, dwellText, formatDays, toDwellBars } from '@/charts/dwell-chart/dwell-bars';
import { dwellChartCopy } from '@/content/sections/dwell-chart';
import { intrusions as intrusionData } from '@/data/intrusions';
import type { Intrusion } from '@/data/types';

const words = dwellChartCopy.days;
const intrusions: readonly Intrusion[] = intrusionData;

describe('formatDays', () => {
  it('groups thousands the same way everywhere', () => {
    expect(formatDays(31)).toBe('31');
    expect(formatDays(1826)).toBe('1,826');
    expect(formatDays(1234567)).toBe('1,234,567');
  });
});

describe('dwellText and dwellSpoken', () => {
  it('shows a range as a range, never as one guessed number', () => {
    expect(dwellText({ dwell: { low: 274, high: 303, approximate: true } }, words)).toBe('274–303');
    expect(dwellSpoken({ dwell: { low: 274, high: 303, approximate: true } }, words)).toBe(
      `274 to 303 ${words.unit}, ${words.approximateWord}`,
    );
  });

  it('marks a minimum and an approximate single figure', () => {
    expect(dwellText({ dwell: { low: 31, high: 32, approximate: false, openEnded: true } }, words)).toBe('31–32+');
    expect(dwellSpoken({ dwell: { low: 692, high: 1826, approximate: false, openEnded: true } }, words)).toBe(
      `692 to 1,826 or more ${words.unit}`,
    );
    expect(dwellText({ dwell: { low: 46, approximate: true } }, words)).toBe('about 46');
    expect(dwellText({ dwell: { low: 343, approximate: false } }, words)).toBe('343');
  });

  it('says when there is no figure', () => {
    expect(dwellText({ dwell: null }, words)).toBe(words.noneShort);
    expect(dwellSpoken({ dwell: null }, words)).toBe(words.none);
  });

  it('names the other measure instead of drawing it as days unseen', () => {
    const figures = { dwell: null, otherMeasure: '55 days from first exploitation to the patch' };
    const expected = words.otherMeasure.replace('{measure}', figures.otherMeasure);
    expect(dwellText(figures, words)).toBe(expected);
    expect(dwellSpoken(figures, words)).toBe(expected);
  });
});

describe('toDwellBars', () => {
  const bars = toDwellBars(intrusions, words, dwellChartCopy.certainty);

  it('has one bar per intrusion, named "intrusion, actor, days, certainty"', () => {
    expect(bars.map((bar) => bar.id)).toEqual(intrusions.map((intrusion) => intrusion.id));
    for (const [index, intrusion] of intrusions.entries()) {
      const bar = bars[index]!;
      expect(bar.accessibleName).toBe(
        [
          intrusion.shortName ?? intrusion.name,
          intrusion.shortActor ?? intrusion.actor,
          dwellSpoken(intrusion, words),
          dwellChartCopy.certainty[intrusion.certainty],
        ].join(', '),
      );
    }
  });

  it('draws no bar where there is no figure, and exactly the figures where there are', () => {
    for (const [index, intrusion] of intrusions.entries()) {
      const bar = bars[index]!;
      if (intrusion.dwell === null) {
        expect(bar.low).toBeNull();
        expect(bar.high).toBeNull();
        expect(bar.span[1]).toBe(bar.span[0]);
      } else {
        expect(bar.low).toBe(intrusion.dwell.low);
        expect(bar.high).toBe(intrusion.dwell.high ?? null);
      }
    }
    expect(bars.filter((bar) => bar.isThisStory)).toHaveLength(1);
  });

  it('measures every drawn row the same way, from a named start to a named end', () => {
    for (const intrusion of intrusions) {
      expect(intrusion.from.when.trim(), intrusion.id).not.toBe('');
      expect(intrusion.to.when.trim(), intrusion.id).not.toBe('');
      // A row either has a dwell figure or says what its other figure measures, never both.
      expect(intrusion.dwell !== null && intrusion.otherMeasure !== undefined, intrusion.id).toBe(false);
    }
  });

  it('keeps every figure inside the logarithmic axis, so nothing is clipped', () => {
    for (const intrusion of intrusions) {
      if (!intrusion.dwell) continue;
      expect(intrusion.dwell.low).toBeGreaterThanOrEqual(DWELL_AXIS.min);
      expect(intrusion.dwell.high ?? intrusion.dwell.low).toBeLessThanOrEqual(DWELL_AXIS.max);
    }
  });
});
