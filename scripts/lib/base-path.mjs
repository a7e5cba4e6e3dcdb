/**
 * The base path a build is served under (BASE_PATH, e.g. `/news/storm-0558/`),
 * always with one leading and one trailing slash; `/` for the site root.
 * Used by vite.config.ts, the prerender and the static server alike.
 */
export function normalizeBase(raw = '/') {
  const trimmed = String(raw).trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}
