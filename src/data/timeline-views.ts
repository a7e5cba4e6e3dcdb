// The spans the timeline chart can show, and how the whole-story view
// spreads its nine years over the chart's width.
import type { TimelineView } from './types';

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
