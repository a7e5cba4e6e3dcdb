import { startTransition, useLayoutEffect, useState, type RefObject } from 'react';

export type BoxSize = { readonly width: number; readonly height: number };

/**
 * The content size of `ref`'s element, kept up to date with a
 * ResizeObserver. The box is sized by CSS (its height is reserved, so the
 * page never moves); the chart fills whatever it is given. Updates are
 * transitions, so drawing the chart never blocks the main thread for long.
 */
export function useBoxSize(ref: RefObject<HTMLElement | null>): BoxSize {
  const [size, setSize] = useState<BoxSize>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      startTransition(() => {
        setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
      });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
