import { parseStepParam } from '@/lib/step-param';

/** `?step=N`: the what chapter's attack stepper step; a bad or missing value means step 1. */
export type ChapterSearch = { readonly step?: number };

// Any whole number passes here; the stepper itself falls back to step 1 for
// one past its last step, so the route need not load the steps' copy.
const MAX_STEP = 99;

export function validateChapterSearch(search: Record<string, unknown>): ChapterSearch {
  const step = parseStepParam(search.step, MAX_STEP);
  return step === undefined ? {} : { step };
}
