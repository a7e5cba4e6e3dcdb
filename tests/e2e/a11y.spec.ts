import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePaths } from './paths';
import { AXE_TAGS, drawDeferred, hydrated } from './helpers';

// The two halves of the all-paths axe run are the slowest tests: let them
// run on both workers at once instead of one after the other.
test.describe.configure({ mode: 'parallel' });

/** Heading levels never skip (h2 then h4) and there is exactly one h1. */
async function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => !h.closest('[hidden]'))
      .map((h) => Number(h.tagName[1]));
    const problems: string[] = [];
    if (levels.filter((l) => l === 1).length !== 1) problems.push(`${levels.filter((l) => l === 1).length} h1 elements`);
    levels.forEach((level, i) => {
      const previous = levels[i - 1];
      if (previous !== undefined && level > previous + 1) problems.push(`h${previous} followed by h${level}`);
    });
    return problems;
  });
}

const COMBOS = [
  { colorScheme: 'light', width: 1280 },
  { colorScheme: 'dark', width: 1280 },
  { colorScheme: 'light', width: 375 },
  { colorScheme: 'dark', width: 375 },
] as const;

// Every built path, in both colour schemes at desktop and phone widths. Each
// page is loaded once and checked in all four combinations; the paths are
// split in halves so both workers share the load.
const halves = [sitePaths.filter((_, i) => i % 2 === 0), sitePaths.filter((_, i) => i % 2 === 1)];
halves.forEach((paths, half) => {
  test(`axe finds no violation on any page, light and dark, 1280 and 375 px (part ${half + 1} of 2)`, async ({ page }) => {
    test.setTimeout(900_000);
    const failures: string[] = [];
    for (const path of paths) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await hydrated(page);
      await drawDeferred(page);
      for (const problem of await headingProblems(page)) failures.push(`${path}: ${problem}`);
      for (const { colorScheme, width } of COMBOS) {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        for (const violation of results.violations) {
          const targets = violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ');
          failures.push(`${path} (${colorScheme}, ${width}px): ${violation.id} (${targets})`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

test('no page scrolls sideways at 320 px', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 800 });
  const wide: string[] = [];
  for (const path of sitePaths) {
    await page.goto(path);
    await hydrated(page);
    await drawDeferred(page);
    await page.waitForTimeout(50);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${path}: ${overflow}px too wide`);
  }
  expect(wide).toEqual([]);
});

test('the layout holds at 200% zoom (a 640 px window seen at 1280)', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  for (const path of ['/', '/what/', '/timeline/']) {
    await page.goto(path);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
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
        const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
        const long = seconds(style.transitionDuration) > 0.001 || seconds(style.animationDuration) > 0.001;
        return long ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
      }),
    );
    expect(moving, path).toEqual([]);
  }
});
