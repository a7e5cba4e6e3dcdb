import { afterNextPaint } from '@/lib/after-paint';

/**
 * A page can name one classic script to start once its first screen is on
 * screen, in <head>: <meta name="after-first-paint" content="/x.js" data-…>.
 * The script gets the meta's data- attributes on its own tag. The site's
 * timeline pages start their boot script this way (see
 * hydrate-on-interaction.ts): anything fetched before the first paint
 * competes with it on a slow connection.
 */
export const AFTER_FIRST_PAINT = 'after-first-paint';
/** If the browser reports no first contentful paint by then, start anyway. */
export const FIRST_PAINT_TIMEOUT_MS = 3000;

export function startAfterFirstPaint(doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  const start = () => {
    const meta = doc.querySelector(`meta[name="${AFTER_FIRST_PAINT}"]`);
    const src = meta?.getAttribute('content');
    if (!meta || !src) return;
    whenFirstPainted(win, () => {
      const script = doc.createElement('script');
      for (const { name, value } of meta.attributes) if (name.startsWith('data-')) script.setAttribute(name, value);
      script.src = src;
      doc.head.append(script);
    });
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

/**
 * Runs fn once: when the browser reports the first contentful paint (which it
 * does once that frame is on screen, later than the frame's own task ends),
 * or a frame after now where it reports no paints, or after
 * FIRST_PAINT_TIMEOUT_MS.
 */
function whenFirstPainted(win: Window, fn: () => void) {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    win.clearTimeout(timer);
    fn();
  };
  const timer = win.setTimeout(once, FIRST_PAINT_TIMEOUT_MS);
  const observer =
    typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')
      ? new PerformanceObserver((list) => {
          if (list.getEntriesByName('first-contentful-paint').length > 0) once();
        })
      : undefined;
  if (observer) observer.observe({ type: 'paint', buffered: true });
  else afterNextPaint(once, win);
}
