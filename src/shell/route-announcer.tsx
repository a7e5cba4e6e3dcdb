import { useRouterState } from '@tanstack/react-router';
import { useLayoutEffect } from 'react';
import { siteCopy } from '@/content/site';
import { notFoundHead, pageMetaFrom } from '@/site/page-meta';
import { useRouteFocus } from './use-route-focus';

/**
 * Keeps document.title in step with the routes' head() (the prerender wrote
 * the same title into the HTML) and, after each client-side navigation,
 * announces the new page's title in a live region.
 */
export function RouteAnnouncer() {
  const title = useRouterState({
    select: (state) =>
      pageMetaFrom(
        state.matches.some((match) => match.status === 'notFound' || match._notFound)
          ? [notFoundHead()]
          : state.matches,
      ).title,
  });
  // A layout effect, so the title is set before the announcer reads it.
  useLayoutEffect(() => {
    if (title) document.title = title;
  }, [title]);
  const announcement = useRouteFocus();
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement ? `${siteCopy.routeAnnounced} ${announcement}` : ''}
    </p>
  );
}
