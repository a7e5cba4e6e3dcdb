import { describe, expect, it } from 'vitest';
import { comparisonRows, median, type VsRun } from '../../scripts/lib/perf-vs.mjs';

const run = (overrides: Partial<VsRun> = {}): VsRun => ({
  score: 100,
  lcp: 1000,
  tbt: 50,
  cls: 0,
  fcp: 800,
  totalKb: 120,
  jsKb: 60,
  hittable: 500,
  clickable: 900,
  selection: 40,
  secondSelection: 60,
  ...overrides,
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, ignoring what is not a number', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([1, NaN, 5, Infinity])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe('comparisonRows', () => {
  const verdict = (rows: ReturnType<typeof comparisonRows>, metric: string) =>
    rows.find((row) => row.metric.startsWith(metric))!;

  it('meets a target only when the median does', () => {
    const ours = [run({ lcp: 900 }), run({ lcp: 1000 }), run({ lcp: 5000 })];
    const theirs = [run({ lcp: 2000 }), run({ lcp: 2100 }), run({ lcp: 100 })];
    const rows = comparisonRows(ours, theirs);
    expect(verdict(rows, 'LCP')).toMatchObject({ ours: '1.00', TimelineJS3: '2.00', 'ours/TL': '0.50', met: 'yes' });
    expect(verdict(comparisonRows([run({ lcp: 1001 })], [run({ lcp: 2000 })]), 'LCP').met).toBe('no');
  });

  it('reads CLS 0 as every run of ours, not the median', () => {
    const rows = comparisonRows([run(), run(), run({ cls: 0.01 })], [run()]);
    expect(verdict(rows, 'CLS')).toMatchObject({ ours: '0.000', met: 'no' });
  });

  it('judges the score, JS, first mark and selection against their own targets, and TBT against none', () => {
    const rows = comparisonRows(
      [run({ score: 99, jsKb: 61, clickable: 900, selection: 101 })],
      [run({ jsKb: 60, clickable: 900 })],
    );
    expect(verdict(rows, 'Lighthouse performance').met).toBe('no');
    expect(verdict(rows, 'JS transferred').met).toBe('no');
    expect(verdict(rows, 'first mark clickable').met).toBe('yes');
    expect(verdict(rows, 'selection painted').met).toBe('no');
    expect(verdict(rows, 'TBT')).toMatchObject({ target: '', met: '' });
    // The same selections timed from the press are reported, not judged.
    expect(rows.filter((row) => row.metric.includes('from the press')).map((row) => row.target + row.met)).toEqual([
      '',
      '',
    ]);
  });
});
