import type { Lane } from './types';

export const lanes = [
  { id: 'attacker', label: 'Storm-0558' },
  { id: 'victims', label: 'Victims' },
  { id: 'microsoft', label: 'Microsoft' },
  { id: 'us-government', label: 'U.S. government' },
  { id: 'researchers', label: 'Researchers' },
] as const satisfies readonly Lane[];
