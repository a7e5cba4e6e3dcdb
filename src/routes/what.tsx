import { createRoute } from '@tanstack/react-router';
import { parseStepParam } from '@/sections/what/step-param';
import { loadSection } from '@/sections/registry';
import { Route as siteRoute } from './_site';

/** `?step=N` is the attack stepper's step; a bad or missing value means step 1. */
export type WhatSearch = { readonly step?: number };

// Any whole number passes here; the stepper itself falls back to step 1 for
// one past its last step, so this file need not load the steps' copy.
const MAX_STEP = 99;

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'what',
  validateSearch: (search: Record<string, unknown>): WhatSearch => {
    const step = parseStepParam(search.step, MAX_STEP);
    return step === undefined ? {} : { step };
  },
  loader: () => loadSection('what'),
}).lazy(() => import('./what.lazy').then((m) => m.Route));
