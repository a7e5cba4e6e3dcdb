// The story's phases, drawn as shaded bands on the timeline. Dates from shared/research/storm-0558-facts.md:
// first known access May 15, 2023; State's alert fired June 15, 2023
// (reported to Microsoft June 16); disclosure July 11, 2023.
import type { Phase } from './types';

export const phases = [
  {
    id: 'key-outlives-retirement',
    label: 'A key that outlived its retirement',
    shortLabel: 'Old key',
    start: '2016-01-01',
    end: '2023-05-14',
  },
  {
    id: 'undetected-weeks',
    label: 'The undetected weeks',
    shortLabel: 'Unseen',
    start: '2023-05-15',
    end: '2023-06-14',
  },
  {
    id: 'detection-disclosure',
    label: 'Detection and disclosure',
    shortLabel: 'Detected',
    start: '2023-06-15',
    end: '2023-07-31',
  },
  {
    id: 'investigations-fallout',
    label: 'Investigations and fallout',
    shortLabel: 'Fallout',
    start: '2023-08-01',
    end: '2024-12-31',
  },
] as const satisfies readonly Phase[];
