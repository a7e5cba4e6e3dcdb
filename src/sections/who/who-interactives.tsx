import type { ReactNode } from 'react';
import { numbersCopy, victimsGridCopy } from '@/content/sections/who';
import type { InteractiveId } from '@/content/types';
import { figuresThatDisagree } from '@/data/figures-that-disagree';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import { victims } from '@/data/victims';
import { NumbersTable } from './numbers-table';
import { VictimsGrid } from './victims-grid';

/** The interactives the who chapter's copy places, bound to their copy and data. */
export const whoInteractives: Partial<Record<InteractiveId, ReactNode>> = {
  'victims-grid': (
    <VictimsGrid
      copy={victimsGridCopy}
      victims={victims}
      sources={sources}
      events={timelineEvents}
      eventPath={(id) => `/timeline/${id}/`}
    />
  ),
  'numbers-disagree': <NumbersTable copy={numbersCopy} claims={figuresThatDisagree} sources={sources} />,
};
