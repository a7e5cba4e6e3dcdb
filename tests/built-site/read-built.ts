// The built site on disk, as the tests in this folder read it: DIST_DIR
// (default dist/), made by `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const distDir = resolve(process.env.DIST_DIR ?? 'dist');

if (!existsSync(join(distDir, 'index.html'))) {
  throw new Error(`No built site in ${distDir}: run \`npm run build\` first (these tests check its output).`);
}

/** A published file by its URL path: a path ending in / is its index.html. */
export function readBuilt(path: string): string {
  return readFileSync(builtFile(path), 'utf8');
}

export function builtFile(path: string): string {
  return join(distDir, path.endsWith('/') ? `${path}index.html` : path);
}

/** A published URL (on the build's SITE_URL) as a path on the site. */
export const pathOf = (url: string) => new URL(url).pathname;

/** The content of a page's `<meta {attribute}="{name}">`. */
export function metaContent(html: string, attribute: 'name' | 'property', name: string): string | undefined {
  return new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1];
}
