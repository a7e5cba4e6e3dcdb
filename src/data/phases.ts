import type { Phase } from './types';

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
    end: '2023-06-15',
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
    end: '2025-01-31',
  },
] as const satisfies readonly Phase[];
