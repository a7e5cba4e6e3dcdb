import { Link, useHydrated } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { timelineLink, type Shell } from './links';

type EventLinkProps = {
  readonly eventId: string;
  readonly children: ReactNode;
  /** Inside an embed, events open in the embed. */
  readonly shell?: Shell;
  /**
   * From one event to another of the same timeline: keep the chart's view and
   * lane filter (search parameters) and the scroll position. Only once the
   * page has hydrated: the server renders the plain path, so hydration never
   * sees a different href.
   */
  readonly withinTimeline?: boolean;
  readonly current?: boolean;
  readonly className?: string;
  readonly onNavigate?: () => void;
};

/** A link to a timeline event's page. */
export function EventLink({
  eventId,
  children,
  shell = 'site',
  withinTimeline = false,
  current = false,
  className,
  onNavigate,
}: EventLinkProps) {
  const hydrated = useHydrated();
  return (
    <Link
      {...timelineLink(eventId, shell)}
      search={withinTimeline && hydrated ? true : undefined}
      resetScroll={withinTimeline ? false : undefined}
      className={className}
      onClick={onNavigate}
      // The router marks a link current by path prefix; an event is current only on its own page.
      activeOptions={{ exact: true, includeSearch: false }}
      {...(current ? { 'aria-current': 'page' as const } : {})}
    >
      {children}
    </Link>
  );
}
