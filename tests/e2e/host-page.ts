// Host pages on a second origin for the embed tests. The embed is served by
// the test's static server (127.0.0.1); pages on http://host.example are
// answered by page.route, so no second server is needed.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import config, { PORT } from './playwright.config';

export const EMBED = `http://127.0.0.1:${PORT}`;
export const HOST = 'http://host.example';

/**
 * Chromium's Local Network Access checks stop a public page (host.example)
 * from framing a local address (127.0.0.1). Real hosts and embeds are both
 * public, so switch the check off rather than test the browser's LAN rules.
 * Call at the top of a spec file.
 */
export function allowLocalFrames(): void {
  const launchOptions = config.use?.launchOptions ?? {};
  test.use({
    launchOptions: {
      ...launchOptions,
      args: [...(launchOptions.args ?? []), '--disable-features=LocalNetworkAccessChecks'],
    },
  });
}

const pymSource = readFileSync(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url), 'utf8');

/** Answers every request to HOST: the given pages, pym.js, and 404 for the rest. */
export async function serveHost(page: Page, pages: Record<string, string>) {
  await page.route(`${HOST}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/pym.v1.min.js') return route.fulfill({ contentType: 'text/javascript', body: pymSource });
    const body = pages[path];
    return body === undefined
      ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
      : route.fulfill({ contentType: 'text/html; charset=utf-8', body });
  });
}

export const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom article</title></head><body><h1>A newsroom article</h1>${body}</body></html>`;

export const snippetFor = (path: string, title: string, extra = '') =>
  `<iframe src="${EMBED}${path}" title="${title}" loading="lazy" height="800" data-storm-embed ${extra}></iframe>` +
  `<script src="${EMBED}/embed.js" async></script>`;

export async function frameOf(iframe: Locator) {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('no frame');
  return frame;
}

/**
 * The iframe's box is its document's content height, within 2px, once it is
 * on screen. (Chromium pauses rendering, and so ResizeObserver, in cross-origin
 * frames that are off screen; the embed catches up as it scrolls into view.)
 * An embed left unhydrated (a script failed) must size itself all the same:
 * pass `hydrated: false` not to wait for hydration.
 */
export async function expectSizedToContent(iframe: Locator, { hydrated = true } = {}) {
  await iframe.scrollIntoViewIfNeeded();
  const frame = await frameOf(iframe);
  if (hydrated) await frame.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  await expect
    .poll(
      async () => {
        const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
        const box = await iframe.evaluate((element) => element.getBoundingClientRect().height);
        return Math.abs(content - box);
      },
      { timeout: 10_000 },
    )
    .toBeLessThanOrEqual(2);
  return iframe.evaluate((element) => element.getBoundingClientRect().height);
}
