import { expect, type Page } from '@playwright/test';
import axe from 'axe-core';
import { dwellChartCopy } from '../../src/content/sections/dwell-chart';

/** The WCAG levels every axe check in these specs uses. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * What axe-core finds on the page, or in the part `include` selects, at the
 * WCAG levels above: one "label: rule (first targets)" per violation. axe
 * runs in the page, injected once per document. (@axe-core/playwright
 * injects it again on every check and opens a page to merge frames'
 * results, several times slower; these pages hold no frame, and a page that
 * did would fail here rather than go unchecked.)
 */
export async function axeViolations(page: Page, label: string, include?: string): Promise<string[]> {
  expect(await page.locator('iframe').count(), `${label}: a frame axe would not check`).toBe(0);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ include, tags }) => {
      const { run } = (window as unknown as { axe: typeof axe }).axe;
      const context = include ? document.querySelector(include) : document;
      if (!context) throw new Error(`axe: nothing on the page matches ${include}`);
      const result = await run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((violation) => ({
        id: violation.id,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    { include, tags: AXE_TAGS },
  );
  return violations.map(({ id, targets }) => `${label}: ${id} (${targets.slice(0, 3).join(', ')})`);
}

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
