import { createRoute } from '@tanstack/react-router';
import { attackSteps } from '@/content/sections/attack-steps';
import { parseStepParam } from '@/sections/what/step-param';
import { ChapterPage } from './-chapter-page';
import { Route as siteRoute } from './_site';

/** `?step=N` is the attack stepper's step; a bad or missing value means step 1. */
export type WhatSearch = { readonly step?: number };

export const Route = createRoute({
  getParentRoute: () => siteRoute,
  path: 'what',
  validateSearch: (search: Record<string, unknown>): WhatSearch => {
    const step = parseStepParam(search.step, attackSteps.length);
    return step === undefined ? {} : { step };
  },
  component: WhatPage,
});

function WhatPage() {
  return <ChapterPage id="what" />;
}
