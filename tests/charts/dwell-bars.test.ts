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
    expect(dwellText({ low: 296, high: 468, approximate: true }, words)).toBe('296–468');
    expect(dwellSpoken({ low: 296, high: 468, approximate: true }, words)).toBe(
      `296 to 468 ${words.unit}, ${words.approximateWord}`,
    );
  });

  it('marks an open-ended range and an approximate single figure', () => {
    expect(dwellText({ low: 692, high: 1826, approximate: true, openEnded: true }, words)).toBe('692–1,826+');
    expect(dwellSpoken({ low: 692, high: 1826, approximate: false, openEnded: true }, words)).toBe(
      `692 to 1,826 or more ${words.unit}`,
    );
    expect(dwellText({ low: 46, approximate: true }, words)).toBe('about 46');
    expect(dwellText({ low: 343, approximate: false }, words)).toBe('343');
  });

  it('says when there is no figure', () => {
    expect(dwellText(null, words)).toBe(words.noneShort);
    expect(dwellSpoken(null, words)).toBe(words.none);
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
          dwellSpoken(intrusion.dwell, words),
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

  it('keeps every figure inside the logarithmic axis, so nothing is clipped', () => {
    for (const intrusion of intrusions) {
      if (!intrusion.dwell) continue;
      expect(intrusion.dwell.low).toBeGreaterThanOrEqual(DWELL_AXIS.min);
      expect(intrusion.dwell.high ?? intrusion.dwell.low).toBeLessThanOrEqual(DWELL_AXIS.max);
    }
  });
});
