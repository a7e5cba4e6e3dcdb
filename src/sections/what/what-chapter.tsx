import { attackStepperCopy, attackSteps } from '@/content/sections/attack-steps';
import { whatCopy } from '@/content/sections/what';
import { sources } from '@/data/sources';
import { timelineEvents } from '@/data/timeline-events';
import { chapterSection } from '@/sections/chapter/chapter-section';
import { RoutedAttackStepper } from './routed-attack-stepper';
import { citations } from './what-interactive-sources';

/** The what chapter, with the interactive its copy places bound to its copy and data. */
export const chapter = chapterSection(whatCopy, citations, {
  'attack-stepper': ({ shell }) => (
    <RoutedAttackStepper
      shell={shell}
      compact={shell === 'graphic'}
      copy={attackStepperCopy}
      steps={attackSteps}
      sources={sources}
      events={timelineEvents}
    />
  ),
});
