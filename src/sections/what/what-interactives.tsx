import type { ReactNode } from 'react';
import { attackStepperCopy, attackSteps } from '@/content/sections/attack-steps';
import type { InteractiveId } from '@/content/types';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import { RoutedAttackStepper } from './routed-attack-stepper';

/** The interactives the what chapter's copy places, bound to their copy and data. */
export const whatInteractives: Partial<Record<InteractiveId, ReactNode>> = {
  'attack-stepper': (
    <RoutedAttackStepper
      copy={attackStepperCopy}
      steps={attackSteps}
      sources={sources}
      events={timelineEvents}
      eventPath={(id) => `/timeline/${id}/`}
    />
  ),
};
