import type { ReactNode } from 'react';
import { DwellChart } from '@/charts/dwell-chart/dwell-chart';
import { dwellChartCopy } from '@/content/sections/dwell-chart';
import type { InteractiveId } from '@/content/types';
import { intrusions } from '@/data/intrusions';
import { sources } from '@/data/sources';

/** The interactives the spy-game chapter's copy places, bound to their copy and data. */
export const spyGameInteractives: Partial<Record<InteractiveId, ReactNode>> = {
  'dwell-chart': <DwellChart copy={dwellChartCopy} intrusions={intrusions} sources={sources} />,
};
