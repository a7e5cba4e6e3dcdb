import { describe, expect, it } from 'vitest';
import { lanes } from '@/data/lanes';
import { phases } from '@/data/phases';
import { timelineEvents } from '@/data/timeline-events';
import { timelineViews } from '@/data/timeline-views';
import type { Lane, TimelineEvent } from '@/data/types';
import { layoutClasses, layoutSizes, layoutTimeline, shownEvents } from '@/charts/timeline-chart/timeline-layout';
import { createTimeScale } from '@/charts/timeline-chart/time-scale';

const events: readonly TimelineEvent[] = timelineEvents;
const allLanes: readonly Lane[] = lanes;

const combinations = layoutClasses.flatMap((layoutClass) =>
  timelineViews.flatMap((view) =>
    [allLanes, allLanes.filter((lane) => lane.id !== 'victims'), allLanes.slice(2, 3)].map((shown) => ({
      layoutClass,
      view,
      shown,
      layout: layoutTimeline({ events, lanes: shown, phases, scale: createTimeScale(view), layoutClass }),
    })),
  ),
);

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the timeline layout', () => {
  it.each(combinations.map((c) => [`${c.layoutClass.id} ${c.view.id} ${c.shown.length} lanes`, c] as const))(
    '%s: every shown event once, and no two tap targets overlap at the narrowest width it serves',
    (_name, { layoutClass, view, shown, layout }) => {
      const expected = shownEvents(events, shown, createTimeScale(view)).map((event) => event.id);
      expect(layout.marks.map((mark) => mark.id)).toEqual(expected);
      const half = layoutSizes.target / 2;
      const boxes = layout.marks.map((mark) => {
        const x = (mark.xPct / 100) * layoutClass.minWidth;
        return { id: mark.id, left: x - half, right: x + half, top: mark.y - half, bottom: mark.y + half };
      });
      for (const [index, box] of boxes.entries()) {
        expect(box.left, box.id).toBeGreaterThanOrEqual(0);
        expect(box.right, box.id).toBeLessThanOrEqual(layoutClass.minWidth);
        for (const other of boxes.slice(index + 1)) expect(overlaps(box, other), `${box.id} / ${other.id}`).toBe(false);
      }
      for (const mark of layout.marks) {
        const row = layout.rows.find((candidate) => candidate.lane.id === mark.lane)!;
        expect(mark.y - half, mark.id).toBeGreaterThanOrEqual(row.top);
        expect(mark.y + half, mark.id).toBeLessThanOrEqual(row.top + row.height);
      }
    },
  );

  it('labels turning points without overlap, dropping the lowest ranks first as the chart narrows', () => {
    const whole = combinations.filter((c) => c.view.id === 'whole-story' && c.shown === allLanes);
    const survivors = whole.map(({ layout }) => layout.labels.map((label) => label.id));
    const ranked = events.filter((event) => event.chartLabel).sort((a, b) => a.chartLabel!.rank - b.chartLabel!.rank);
    expect(ranked.length).toBeGreaterThanOrEqual(6);
    // Widest first: each narrower layout keeps a subset of the labels, and always the top-ranked one.
    for (const [index, ids] of survivors.entries()) {
      expect(ids, whole[index]!.layoutClass.id).toContain(ranked[0]!.id);
      const wider = survivors[index + 1];
      if (wider) expect(wider.length).toBeGreaterThanOrEqual(ids.length);
    }
    expect(survivors.at(-1)!.length).toBeGreaterThan(survivors[0]!.length);
    for (const { layoutClass, layout } of combinations) {
      const boxes = layout.labels.map((label) => {
        const w = label.text.length * layoutSizes.charWidth;
        const anchorX = (label.anchorPct / 100) * layoutClass.minWidth;
        const left = label.anchor === 'start' ? anchorX : label.anchor === 'end' ? anchorX - w : anchorX - w / 2;
        return { id: label.id, left, right: left + w, top: label.y - 12, bottom: label.y + 2 };
      });
      for (const [index, box] of boxes.entries()) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(layoutClass.minWidth);
        for (const other of boxes.slice(index + 1))
          expect(overlaps(box, other), `${layoutClass.id}: ${box.id} / ${other.id}`).toBe(false);
      }
    }
  });

  it('names every phase on the chart in words, never by its number alone, without two names overlapping', () => {
    for (const { layoutClass, view, layout } of combinations) {
      const boxes: { left: number; right: number; y: number }[] = [];
      for (const band of layout.bands) {
        const phase = phases[band.number - 1]!;
        expect(band.text, `${phase.id} in ${layoutClass.id}/${view.id}`).toBeDefined();
        expect([`${band.number} ${phase.label}`, `${band.number} ${phase.shortLabel}`]).toContain(band.text);
        const half = (band.text!.length * layoutSizes.charWidth) / 2;
        const centre = (band.textPct! / 100) * layoutClass.minWidth;
        expect(centre - half).toBeGreaterThanOrEqual(0);
        expect(centre + half).toBeLessThanOrEqual(layoutClass.minWidth);
        boxes.push({ left: centre - half, right: centre + half, y: band.textY! });
      }
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(a.y !== b.y || a.right <= b.left || b.right <= a.left, `${layoutClass.id}/${view.id}`).toBe(true);
    }
    const widest = combinations.find((c) => c.layoutClass.id === 'l' && c.view.id === 'whole-story')!;
    expect(widest.layout.bands.filter((band) => band.textY! < layoutSizes.phaseRow).length).toBeGreaterThanOrEqual(3);
  });
});
