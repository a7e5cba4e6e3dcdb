import { useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';

type RouteFocusOptions = {
  readonly titleFor: (pathname: string) => string;
  /** True when moving between these paths stays in one view (focus stays put). */
  readonly sameView: (from: string, to: string) => boolean;
};

/**
 * After a client-side navigation (never on first load), sets the title,
 * moves focus to the new page's h1 and returns text for a live region, so
 * screen-reader users hear where they are.
 */
export function useRouteFocus({ titleFor, sameView }: RouteFocusOptions) {
  const router = useRouter();
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    return router.subscribe('onResolved', ({ fromLocation, toLocation, pathChanged }) => {
      const to = toLocation.pathname;
      document.title = titleFor(to);
      if (!fromLocation || !pathChanged) return;
      // Wait for React to commit the new page before looking for its heading.
      requestAnimationFrame(() => {
        if (!sameView(fromLocation.pathname, to)) {
          document.querySelector<HTMLElement>('main h1')?.focus();
        }
        setAnnouncement(titleFor(to));
      });
    });
  }, [router, titleFor, sameView]);
  return announcement;
}
