// The story's phases, drawn as shaded bands on the timeline, and the spans
// the chart can show. Dates from shared/research/storm-0558-facts.md:
// first known access May 15, 2023; State's alert fired June 15, 2023
// (reported to Microsoft June 16); disclosure July 11, 2023.
import type { Phase, TimelineView } from './types';

export const phases = [
  {
    id: 'key-outlives-retirement',
    label: 'A key that outlived its retirement',
    start: '2016-01-01',
    end: '2023-05-14',
  },
  {
    id: 'undetected-weeks',
    label: 'The undetected weeks',
    start: '2023-05-15',
    end: '2023-06-14',
  },
  {
    id: 'detection-disclosure',
    label: 'Detection and disclosure',
    start: '2023-06-15',
    end: '2023-07-31',
  },
  {
    id: 'investigations-fallout',
    label: 'Investigations and fallout',
    start: '2023-08-01',
    end: '2024-12-31',
  },
] as const satisfies readonly Phase[];

/**
 * The first view is the default. The whole story spans nine years but most
 * events fall between May and October 2023, so that stretch gets two thirds
 * of the width, half of it for the crowded six weeks from mid-June (the
 * chart marks where the scale changes); "Summer 2023" shows
 * those months on one linear scale.
 */
export const timelineViews = [
  {
    id: 'whole-story',
    segments: [
      { start: '2016-01-01', end: '2023-05-01', weight: 0.12 },
      { start: '2023-05-01', end: '2023-06-12', weight: 0.06 },
      { start: '2023-06-12', end: '2023-07-24', weight: 0.5 },
      { start: '2023-07-24', end: '2023-11-01', weight: 0.1 },
      { start: '2023-11-01', end: '2025-01-01', weight: 0.22 },
    ],
  },
  {
    id: 'summer-2023',
    segments: [{ start: '2023-05-01', end: '2023-11-01', weight: 1 }],
  },
] as const satisfies readonly TimelineView[];

export type TimelineViewId = (typeof timelineViews)[number]['id'];
