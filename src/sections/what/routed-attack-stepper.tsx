import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ComponentProps } from 'react';
import { parseStepParam } from '@/lib/step-param';
import type { Shell } from '@/site/links';
import { AttackStepper } from './attack-stepper';

type RoutedAttackStepperProps = Omit<ComponentProps<typeof AttackStepper>, 'step' | 'onStepChange'> & {
  /** In an embed, the step lives in the embed page's URL. */
  readonly shell: Shell;
};

const routeIds = {
  site: '/_site/$chapterId',
  embed: '/embed/$chapterId',
  graphic: '/embed/graphics/$graphicId',
} as const;

/**
 * The stepper with its step kept in the URL (`?step=3`), on /what/ and in
 * the embeds alike. Steps replace the history entry rather than push one:
 * a step is view state, and Back should leave the page, not rewind seven
 * steps. The scroll position stays put.
 */
export function RoutedAttackStepper({ shell, ...props }: RoutedAttackStepperProps) {
  const search = useSearch({ from: routeIds[shell] });
  const navigate = useNavigate();
  const step = parseStepParam(search.step, props.steps.length) ?? 1;
  return (
    <AttackStepper
      {...props}
      step={step}
      onStepChange={(next) => {
        void navigate({ to: './', search: { ...search, step: next }, replace: true, resetScroll: false });
      }}
    />
  );
}
