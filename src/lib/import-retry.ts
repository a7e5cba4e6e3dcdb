// Browsers remember a module script that failed to load (a dropped
// connection, a 404 during a deploy) and fail every later import() of the
// same URL at once, without fetching it again. A retry therefore imports
// the failed URL afresh, under a query string the browser has not seen.

/** The module URL a failed dynamic import names; Chromium and Firefox put it in the message. */
export function failedModuleUrl(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return /(https?:\/\/[^\s'"]+?\.m?js)(?=[\s'"]|$)/.exec(message)?.[1];
}

/**
 * Runs `load`; on attempt 1 or later, if it fails on a module the browser
 * names, imports that module again under a fresh URL. Its own imports
 * resolve to the URLs already loaded, so nothing else is fetched twice.
 */
export function importWithRetry<M>(load: () => Promise<M>, attempt: number): Promise<M> {
  return load().catch((error: unknown) => {
    const url = failedModuleUrl(error);
    if (attempt === 0 || !url) throw error;
    const fresh = `${url}${url.includes('?') ? '&' : '?'}retry=${attempt}`;
    return import(/* @vite-ignore */ fresh) as Promise<M>;
  });
}
