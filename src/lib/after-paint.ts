/**
 * Runs fn once the frame after this task has been drawn: work the reader is
 * not waiting for goes after what they are.
 */
export function afterNextPaint(fn: () => void, win: Window = window): void {
  win.requestAnimationFrame(() => win.setTimeout(fn, 0));
}
