import { useEffect } from 'react';
import {
  ampSizeMessage,
  encodePymMessage,
  heightMessage,
  isValidEmbedId,
  parseHelloMessage,
  parsePymMessage,
} from './embed-messages';
import { hostWindow } from './frame';

// pym.Parent puts `childId` in the query string. Read it when the bundle
// starts, before any in-frame navigation can drop it from the URL.
const initialSearch = typeof window === 'undefined' ? '' : window.location.search;

/** pym's childId from a query string, if it is one we can answer to. */
export function readChildId(search: string): string {
  const childId = new URLSearchParams(search).get('childId') ?? '';
  return isValidEmbedId(childId) ? childId : '';
}

/** The content height: the root element's box, which does not grow with the frame. */
export function measureHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/**
 * Tells the framing page this page's height whenever it changes
 * (ResizeObserver, no polling), in pym.js, AMP and embed.js dialects.
 * Does nothing unless framed; never focuses or scrolls anything.
 */
export function useAutoHeight(): void {
  useEffect(() => startAutoHeight(), []);
}

/** What useAutoHeight runs, for a page left as prerendered (see main.tsx); returns its stop. */
export function startAutoHeight(): () => void {
  const parent = hostWindow();
  if (!parent) return () => {};
  const childId = readChildId(initialSearch);
  let hostId = childId;
  let last = -1;

  const post = (message: unknown) => {
    try {
      // Heights are not secret, and the host's origin is unknown: '*' is the only target that works.
      parent.postMessage(message, '*');
    } catch {
      // A host that has gone away cannot be told anything.
    }
  };
  const send = (force: boolean) => {
    const height = measureHeight();
    if (!force && height === last) return;
    last = height;
    if (childId) post(encodePymMessage(childId, 'height', String(height)));
    post(ampSizeMessage(height));
    post(heightMessage(hostId, height));
  };
  const onMessage = (event: MessageEvent) => {
    // Only the framing page may ask; a sibling frame or the page itself may not.
    if (event.source !== parent) return;
    const hello = parseHelloMessage(event.data);
    if (hello) {
      hostId = hello.id;
      send(true);
      return;
    }
    if (parsePymMessage(event.data, childId)?.type === 'width') send(true);
  };

  window.addEventListener('message', onMessage);
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => send(false));
  observer?.observe(document.documentElement);
  send(true);
  return () => {
    window.removeEventListener('message', onMessage);
    observer?.disconnect();
  };
}
