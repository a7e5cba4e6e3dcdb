import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { timelineCopy } from '../../src/content/sections/timeline';
import { samplePaths, sitePaths, timelineEvents } from './paths';
import { AXE_TAGS, drawDeferred, hydrated } from './helpers';

// One test per page, so both workers share them and a failure names its page.
test.describe.configure({ mode: 'parallel' });

/** Heading levels never skip (h2 then h4) and there is exactly one h1. */
async function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => !h.closest('[hidden]'))
      .map((h) => Number(h.tagName[1]));
    const problems: string[] = [];
    if (levels.filter((l) => l === 1).length !== 1)
      problems.push(`${levels.filter((l) => l === 1).length} h1 elements`);
    levels.forEach((level, i) => {
      const previous = levels[i - 1];
      if (previous !== undefined && level > previous + 1) problems.push(`h${previous} followed by h${level}`);
    });
    return problems;
  });
}

async function axeViolations(page: Page, label: string, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes
      .map((n) => n.target.join(' '))
      .slice(0, 3)
      .join(', ');
    return `${label}: ${violation.id} (${targets})`;
  });
}

async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrated(page);
  await drawDeferred(page);
}

// An event's page is the timeline page with that event's story in the
// panel; the rest of it is checked whole on /timeline/ and its embed. So
// each event's story is checked by stepping through them all with Next, as
// a reader clicking through would, and axe reads the panel each time.
const storyPanel = `section[aria-label="${timelineCopy.details.panelLabel}"]`;
const isEventPage = (path: string) => /\/timeline\/[^/]+\/$/.test(path);

/** Opens the first event under `shell`, then steps to each next one with Next, calling `check` once each story shows. */
async function stepThroughEvents(
  page: Page,
  shell: string,
  check: (event: (typeof timelineEvents)[number]) => Promise<void>,
) {
  await openPage(page, `${shell}${timelineEvents[0]!.id}/`);
  for (const [index, event] of timelineEvents.entries()) {
    if (index > 0)
      await page
        .locator(storyPanel)
        .getByRole('link', { name: new RegExp(`^${timelineCopy.details.next}`) })
        .click();
    await expect(page).toHaveURL(new RegExp(`${shell}${event.id}/$`));
    await expect(
      page.locator(storyPanel).getByRole('heading', { level: 2, name: event.title, exact: true }),
    ).toBeVisible();
    await check(event);
  }
}

for (const shell of ['/timeline/', '/embed/timeline/']) {
  test(`every event's story under ${shell}: axe finds no violation and headings never skip a level`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    const failures: string[] = [];
    await stepThroughEvents(page, shell, async (event) => {
      failures.push(...(await headingProblems(page)).map((problem) => `${event.id}: ${problem}`));
      failures.push(...(await axeViolations(page, event.id, storyPanel)));
    });
    expect(failures).toEqual([]);
  });
}

// Every other built path once, whole, light at desktop width, with its heading outline.
for (const path of sitePaths.filter((candidate) => !isEventPage(candidate))) {
  test(`${path}: axe finds no violation (light, 1280 px) and headings never skip a level`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPage(page, path);
    const failures = [...(await headingProblems(page)), ...(await axeViolations(page, 'light, 1280px'))];
    expect(failures).toEqual([]);
  });
}

// One page of each kind (the cover, every chapter, the timeline, an event,
// the sources, the embeds) in the other three combinations: the pages of a
// kind share their components, so these cover dark colours and the phone
// layout without checking 74 event pages four times over.
for (const path of samplePaths) {
  test(`${path}: axe finds no violation in dark at 1280 px and light and dark at 375 px`, async ({ page }) => {
    // Three axe runs over a long page (the sources list): well over the default 30 s on a busy 2-core machine.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await openPage(page, path);
    const failures: string[] = [];
    for (const { colorScheme, width } of [
      { colorScheme: 'dark', width: 1280 },
      { colorScheme: 'dark', width: 375 },
      { colorScheme: 'light', width: 375 },
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      failures.push(...(await axeViolations(page, `${colorScheme}, ${width}px`)));
    }
    expect(failures).toEqual([]);
  });
}

const overflowAt = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('no page scrolls sideways at 320 px', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 800 });
  const wide: string[] = [];
  for (const path of sitePaths.filter((candidate) => !isEventPage(candidate))) {
    await openPage(page, path);
    await page.waitForTimeout(50);
    const overflow = await overflowAt(page);
    if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
  }
  expect(wide).toEqual([]);
});

for (const shell of ['/timeline/', '/embed/timeline/']) {
  test(`no event's story under ${shell} scrolls sideways at 320 px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 320, height: 800 });
    const wide: string[] = [];
    await stepThroughEvents(page, shell, async (event) => {
      const overflow = await overflowAt(page);
      if (overflow > 0) wide.push(`${event.id}: ${overflow}px too wide`);
    });
    expect(wide).toEqual([]);
  });
}

test('the layout holds at 200% zoom (a 640 px window seen at 1280)', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  for (const path of ['/', '/what/', '/timeline/']) {
    await page.goto(path);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('a skip link is the first stop and jumps to the content', async ({ page }) => {
  await page.goto('/who/');
  await hydrated(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('reduced motion turns off every transition and animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const path of ['/', '/what/', '/timeline/', '/spy-game/']) {
    await page.goto(path);
    await hydrated(page);
    await drawDeferred(page);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((el) => {
        const style = getComputedStyle(el);
        const seconds = (value: string) =>
          Math.max(...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
        const long = seconds(style.transitionDuration) > 0.001 || seconds(style.animationDuration) > 0.001;
        return long ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
      }),
    );
    expect(moving, path).toEqual([]);
  }
});
