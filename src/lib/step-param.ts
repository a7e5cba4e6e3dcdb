/**
 * Reads the stepper's `?step=` value, as the router parsed it (a number) or
 * as raw text. Returns a whole step number from 1 to `total`, or undefined
 * for anything else, so a bad or stale link falls back to the first step.
 */
export function parseStepParam(value: unknown, total: number): number | undefined {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d{1,3}$/.test(value.trim())
        ? Number(value.trim())
        : Number.NaN;
  return Number.isInteger(number) && number >= 1 && number <= total ? number : undefined;
}
