import { afterNextPaint } from '@/lib/after-paint';

/**
 * A page can name one classic script to start once its first screen is
 * drawn, in <head>: <meta name="after-first-paint" content="/x.js" data-…>.
 * The script gets the meta's data- attributes on its own tag. The site's
 * timeline pages start their boot script this way (see
 * hydrate-on-interaction.ts): a script the browser fetched before the first
 * paint would hold that paint back on a slow connection.
 */
export const AFTER_FIRST_PAINT = 'after-first-paint';

export function startAfterFirstPaint(doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  const start = () => {
    const meta = doc.querySelector(`meta[name="${AFTER_FIRST_PAINT}"]`);
    const src = meta?.getAttribute('content');
    if (!meta || !src) return;
    afterNextPaint(() => {
      const script = doc.createElement('script');
      for (const { name, value } of meta.attributes) if (name.startsWith('data-')) script.setAttribute(name, value);
      script.src = src;
      doc.head.append(script);
    }, win);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
