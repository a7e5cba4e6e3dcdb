import { useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { publicUrl } from './embed-url';
import { isFramed } from './frame';

/**
 * Inside a frame, a link that leaves the embed pages (a chapter, the sources
 * page, a source's own site) opens in the top window, as the "Read the full
 * explainer" link does, rather than squeezing a whole page into the frame.
 * Links between embed pages (selecting an event) stay in the frame.
 *
 * In a sandbox without allow-same-origin (the page's origin is "null") the
 * host rarely grants allow-top-navigation, so such links open a new tab
 * instead, which allow-popups permits.
 */
export function useLinksOpenInTop(): void {
  const embedHref = useRouter().buildLocation({ to: '/embed/' }).publicHref;
  useEffect(() => startLinksOpenInTop(embedHref), [embedHref]);
}

/** What useLinksOpenInTop runs, for a page left as prerendered (see main.tsx); returns its stop. */
export function startLinksOpenInTop(embedHref: string): () => void {
  if (!isFramed()) return () => {};
  // Every embed page's absolute URL starts with this, e.g. `https://x.org/embed/`
  // (the router's href carries the frame's retained ?theme=, which is not part of it).
  const embedPrefix = publicUrl(embedHref).replace(/[?#].*$/, '');
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const leaves = !anchor.href.startsWith(embedPrefix);
    if (anchor.target !== '_top' && (anchor.target || !leaves)) return;
    if (window.origin === 'null') {
      anchor.target = '_blank';
      anchor.rel = 'noopener';
    } else {
      anchor.target = '_top';
    }
    // Capture phase on the document runs before React's listeners on #root:
    // the router never sees the click, and the browser follows the target.
    event.stopPropagation();
  };
  document.addEventListener('click', onClick, true);
  return () => document.removeEventListener('click', onClick, true);
}
