import { useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';

/**
 * After a client-side navigation to another page (never on first load, and
 * not between events of one timeline, where focus stays with the reader),
 * moves focus to the new page's h1 and returns its title for a live region,
 * so screen-reader users hear where they are.
 */
export function useRouteFocus() {
  const router = useRouter();
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    return router.subscribe('onResolved', ({ fromLocation, toLocation, pathChanged }) => {
      if (!fromLocation || !pathChanged) return;
      const sameRoute = routeIdOf(router, fromLocation.pathname) === routeIdOf(router, toLocation.pathname);
      // Wait for React to commit the new page before looking for its heading.
      requestAnimationFrame(() => {
        if (!sameRoute) document.querySelector<HTMLElement>('main h1')?.focus();
        setAnnouncement(document.title);
      });
    });
  }, [router]);
  return announcement;
}

/** The leaf route a path renders: two timeline events share one, two chapters do not (their params differ). */
function routeIdOf(router: ReturnType<typeof useRouter>, pathname: string): string | undefined {
  const matches = router.matchRoutes(pathname);
  const leaf = matches.at(-1);
  return leaf?.routeId === '/_site/timeline/{-$eventId}' || leaf?.routeId === '/embed/timeline/{-$eventId}'
    ? leaf.routeId
    : leaf?.id;
}
