import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ComponentProps } from 'react';
import { AttackStepper } from './attack-stepper';
import { parseStepParam } from './step-param';

type RoutedAttackStepperProps = Omit<ComponentProps<typeof AttackStepper>, 'step' | 'onStepChange'>;

/**
 * The stepper with its step kept in the URL (`?step=3`), on /what/ and in
 * the embed alike. Steps replace the history entry rather than push one:
 * a step is view state, and Back should leave the page, not rewind seven
 * steps. The scroll position stays put.
 */
export function RoutedAttackStepper(props: RoutedAttackStepperProps) {
  const search: { readonly step?: unknown } = useSearch({ strict: false });
  const navigate = useNavigate();
  const step = parseStepParam(search.step, props.steps.length) ?? 1;
  return (
    <AttackStepper
      {...props}
      step={step}
      onStepChange={(next) => {
        void navigate({
          to: './',
          search: (previous) => ({ ...previous, step: next }),
          replace: true,
          resetScroll: false,
        });
      }}
    />
  );
}
