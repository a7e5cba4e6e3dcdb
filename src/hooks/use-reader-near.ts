import { useCallback, useState } from 'react';

/**
 * Whether the reader has come near the element: it is within `rootMargin`
 * of the viewport, or they have started moving through the page with Tab
 * (so keyboard focus never passes the element by while it is not drawn yet).
 * Once true it stays true; where IntersectionObserver is missing, it is true
 * at once. For work a reader may never reach, such as a chart far down a
 * chapter: it is done when they get near, not while the page loads.
 *
 * Trade-offs: the first Tab anywhere does the work, even far from the
 * element; in a cross-origin iframe (an embed) browsers ignore `rootMargin`,
 * so it happens only once the element is on screen; and until then what it
 * guards is not in the page (a screen reader's list of buttons, say), so it
 * must have a text alternative that is.
 *
 * @returns a ref callback for the element, and the flag.
 */
export function useReaderNear<T extends Element>(rootMargin = '50% 0px'): [(element: T | null) => void, boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useCallback(
    (element: T | null) => {
      if (!element || near) return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) setNear(true);
        },
        { rootMargin },
      );
      const onKeyDown = (event: KeyboardEvent) => {
        if (event.key === 'Tab') setNear(true);
      };
      observer.observe(element);
      document.addEventListener('keydown', onKeyDown);
      return () => {
        observer.disconnect();
        document.removeEventListener('keydown', onKeyDown);
      };
    },
    [near, rootMargin],
  );
  return [ref, near];
}
