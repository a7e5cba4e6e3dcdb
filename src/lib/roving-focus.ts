/** Keys that move through a row of items; with `vertical`, up and down too. */
const STEPS: Record<string, -1 | 1> = { ArrowLeft: -1, ArrowRight: 1 };
const VERTICAL_STEPS: Record<string, -1 | 1> = { ...STEPS, ArrowUp: -1, ArrowDown: 1 };

/**
 * Where a key moves focus in a group that is one tab stop (the WAI-ARIA
 * roving tabindex): the index of the item to focus, kept within the group,
 * or null when the key does not move it. Every keyboard-navigable row on
 * the site (the timeline's marks, the attack steps, the dwell bars) moves
 * by this.
 */
export function rovingIndex(key: string, index: number, count: number, { vertical = false } = {}): number | null {
  if (count <= 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = (vertical ? VERTICAL_STEPS : STEPS)[key];
  if (step === undefined) return null;
  return Math.min(count - 1, Math.max(0, index + step));
}
