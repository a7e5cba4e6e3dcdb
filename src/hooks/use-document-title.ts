import { useLayoutEffect } from 'react';

/**
 * Keeps document.title in step after client-side navigation. A layout
 * effect, so the title is set when the page commits, before the route
 * announcer reads it. The prerendered HTML already carries the same title.
 */
export function useDocumentTitle(title: string) {
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
}
