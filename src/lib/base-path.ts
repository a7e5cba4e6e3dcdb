// The build's base path (BASE_PATH, normalised by vite.config.ts into
// import.meta.env.BASE_URL, e.g. `/news/storm-0558/`): the router adds it to
// every link; plain links to files take it from here.

/** The router's basepath: the base without its trailing slash, `/` at the site root. */
export const routerBasepath = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** Prefixes a site path with the base path, for plain links to files. */
export function withBase(path: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
}
