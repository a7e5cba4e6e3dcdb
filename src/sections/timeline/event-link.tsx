import { Link, useHydrated } from '@tanstack/react-router';
import type { ReactNode } from 'react';

type EventLinkProps = {
  /** `/timeline/<id>/` or `/embed/timeline/<id>/`. */
  readonly to: string;
  readonly children: ReactNode;
  readonly current?: boolean;
  readonly onNavigate?: () => void;
};

/**
 * A link to another event of the same timeline. It keeps the chart's view
 * and lane filter (search parameters) once the page has hydrated; the
 * server renders the plain path, so hydration never sees a different href.
 * The page does not jump to the top: the section decides where focus goes.
 */
export function EventLink({ to, children, current = false, onNavigate }: EventLinkProps) {
  const hydrated = useHydrated();
  return (
    <Link
      // Paths come from the event data, so the router's literal path types cannot check them.
      to={to as '/'}
      search={hydrated ? true : undefined}
      resetScroll={false}
      onClick={onNavigate}
      {...(current ? { 'aria-current': 'page' as const } : {})}
    >
      {children}
    </Link>
  );
}
