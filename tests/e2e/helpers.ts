import { expect, type Page } from '@playwright/test';
import { dwellChartCopy } from '../../src/content/sections/dwell-chart';

/** The WCAG levels every axe check in these specs uses. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Collects uncaught errors and console errors and warnings (hydration warnings included). */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Collects uncaught errors and console errors only. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/**
 * Resolves once React has hydrated the prerendered page (the root route marks
 * <html data-hydrated>). The site's timeline loads React at the reader's
 * first interaction: there, a press of Shift, which the page ignores, is it.
 */
export async function hydrated(page: Page): Promise<void> {
  // A timeline page loads its app at the first interaction, once its boot script runs.
  if ((await page.locator('meta[name="after-first-paint"]').count()) > 0) {
    await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
    await page.keyboard.press('Shift');
  }
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** A timeline page's boot script has its stories file: a click on a mark now shows its story in place, before React. */
export async function storiesReady(page: Page): Promise<void> {
  await page.locator('html[data-stories-ready]').waitFor({ state: 'attached' });
}

/**
 * Draws what waits for the reader to come near it (the dwell chart far down
 * /spy-game/), so page-wide checks see it drawn: scrolls to it, as a reader
 * would, waits for it, and goes back to the top.
 */
export async function drawDeferred(page: Page): Promise<void> {
  const title = page.getByText(dwellChartCopy.frame.title, { exact: true });
  if ((await title.count()) === 0) return;
  await title.scrollIntoViewIfNeeded();
  await expect(page.getByRole('group', { name: dwellChartCopy.plotLabel }).getByRole('button').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Opens a page on the test server's origin holding the given iframes. Not
 * page.setContent: an about:blank parent has no origin that
 * `frame-ancestors *` (sent for embed/ pages) matches, while a newsroom's does.
 */
export async function openFrameHost(page: Page, baseURL: string | undefined, body: string): Promise<void> {
  const url = `${baseURL}/__frame-host.html`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><title>host</title>${body}` }),
  );
  await page.goto(url);
}
