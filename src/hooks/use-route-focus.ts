import { useLocation } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';

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
  const pathname = useLocation({ select: (l) => l.pathname });
  const previous = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const title = titleFor(pathname);
    document.title = title;
    const from = previous.current;
    previous.current = pathname;
    if (from === null || from === pathname) return;
    if (!sameView(from, pathname)) {
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
    setAnnouncement(title);
  }, [pathname, titleFor, sameView]);
  return announcement;
}
