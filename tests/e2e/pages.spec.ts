// The checks every page must pass, each page visited once: status 200 with
// a strict CSP, one h1, hydration with no console problem, no CSP violation,
// no request to another origin, headings that never skip a level, no axe
// violation, nothing wider than a 320 px screen. One page of each kind
// (tests/paths.ts samplePaths) is also checked by axe in dark at 1280 px and
// in light and dark at 375 px: the pages of a kind share their components.
// Event pages: every one in the site's shell, and one in each embed shell
// (/embed/timeline/, /embed/graphics/timeline/), where an event's page is
// the same route and story in another shell. What every built page's HTML
// holds, all of them, is checked without a browser in tests/built-site/.
import { expect, test, type Page } from '@playwright/test';
import { timelineCopy } from '../../src/content/sections/timeline';
import { eventPaths, samplePaths, sitePaths, timelineEvents } from '../paths';
import { axeViolations, drawDeferred, hydrated, watchProblems } from './helpers';

test.describe.configure({ mode: 'parallel' });

const storyPanel = `section[aria-label="${timelineCopy.details.panelLabel}"]`;
const eventOf = (path: string) => timelineEvents.find((event) => path.endsWith(`/timeline/${event.id}/`));

/** Heading levels never skip (h2 then h4) and there is exactly one h1. */
async function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => !h.closest('[hidden]'))
      .map((h) => Number(h.tagName[1]));
    const problems: string[] = [];
    const h1s = levels.filter((level) => level === 1).length;
    if (h1s !== 1) problems.push(`${h1s} h1 elements`);
    levels.forEach((level, i) => {
      const previous = levels[i - 1];
      if (previous !== undefined && level > previous + 1) problems.push(`h${previous} followed by h${level}`);
    });
    return problems;
  });
}

/** Starts recording, for the life of the page, CSP violations and requests to any other origin. */
async function watchPolicy(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`asked ${request.url()}`);
  });
  return problems;
}

/**
 * How far the page is wider than the window, once a resize has settled:
 * charts redraw a few frames after it (Recharts' ResponsiveContainer waits
 * for its ResizeObserver), longer on a busy machine, so an overflow counts
 * only if it lasts a second.
 */
async function settledOverflow(page: Page): Promise<number> {
  const measure = () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() =>
            resolve(document.documentElement.scrollWidth - document.documentElement.clientWidth),
          ),
        ),
    );
  let overflow = await measure();
  for (let waited = 0; overflow > 0 && waited < 1000; waited += 100) {
    await page.waitForTimeout(100);
    overflow = await measure();
  }
  return overflow;
}

/** Every per-page check for one path; returns what failed, each naming the path. */
async function checkPage(page: Page, path: string): Promise<string[]> {
  const sample = samplePaths.includes(path);
  const event = eventOf(path);
  const failures: string[] = [];
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
  await hydrated(page);
  await drawDeferred(page);
  if (event) {
    await expect(
      page.locator(storyPanel).getByRole('heading', { level: 2, name: event.title, exact: true }),
      path,
    ).toBeVisible();
  }
  failures.push(...(await headingProblems(page)));
  // An event's page is its timeline page with that event's story: the page
  // around the story is checked whole on one event page of each shell (the
  // samples), and on the others axe reads the story.
  if (!event || sample) failures.push(...(await axeViolations(page, 'light, 1280px')));
  else failures.push(...(await axeViolations(page, 'light, 1280px', storyPanel)));
  if (sample) {
    await page.waitForLoadState('networkidle');
    for (const { colorScheme, width } of [
      { colorScheme: 'dark', width: 1280 },
      { colorScheme: 'dark', width: 375 },
      { colorScheme: 'light', width: 375 },
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      failures.push(...(await axeViolations(page, `${colorScheme}, ${width}px`)));
    }
  }
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await settledOverflow(page);
  if (overflow > 0) failures.push(`${overflow}px too wide at 320px`);
  return failures.map((failure) => `${path}: ${failure}`);
}

/** The paths in groups small enough to share between workers: each page on its own, the site's events seven at a time. */
function groups(): string[][] {
  const pages = sitePaths.filter((path) => !eventOf(path) || samplePaths.includes(path)).map((path) => [path]);
  const events = eventPaths.filter((path) => !samplePaths.includes(path));
  const chunks: string[][] = [];
  for (let start = 0; start < events.length; start += 7) chunks.push(events.slice(start, start + 7));
  return [...pages, ...chunks];
}

for (const paths of groups()) {
  const name = paths.length === 1 ? paths[0]! : `${paths[0]} and ${paths.length - 1} more events`;
  test(`${name}: loads, hydrates cleanly, keeps to its CSP and origin, and passes axe, headings and 320 px`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const problems = watchProblems(page);
    const policy = await watchPolicy(page, new URL(baseURL!).origin);
    const failures: string[] = [];
    for (const path of paths) {
      failures.push(...(await checkPage(page, path)));
      // What the console and policy watchers saw meanwhile, named by the page.
      failures.push(...[...problems.splice(0), ...policy.splice(0)].map((problem) => `${path}: ${problem}`));
    }
    expect(failures).toEqual([]);
  });
}

test('with JavaScript off, a page of each kind shows its heading and its content', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of samplePaths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(80);
  }
  await context.close();
});
