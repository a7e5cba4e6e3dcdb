import { useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';

type RouteFocusOptions = {
  /** True when moving between these paths stays in one view (focus stays put). */
  readonly sameView: (from: string, to: string) => boolean;
};

/**
 * After a client-side navigation (never on first load), moves focus to the
 * new page's h1 and returns its title (each page sets document.title as it
 * commits) for a live region, so screen-reader users hear where they are.
 */
export function useRouteFocus({ sameView }: RouteFocusOptions) {
  const router = useRouter();
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    return router.subscribe('onResolved', ({ fromLocation, toLocation, pathChanged }) => {
      const to = toLocation.pathname;
      if (!fromLocation || !pathChanged) return;
      // Wait for React to commit the new page before looking for its heading.
      requestAnimationFrame(() => {
        if (!sameView(fromLocation.pathname, to)) {
          document.querySelector<HTMLElement>('main h1')?.focus();
        }
        setAnnouncement(document.title);
      });
    });
  }, [router, sameView]);
  return announcement;
}
