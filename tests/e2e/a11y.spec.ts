// Accessibility checks that are not per page (axe, headings and 320 px on
// every page are in pages.spec): zoom, the skip link, reduced motion.
import { expect, test } from '@playwright/test';
import { drawDeferred, hydrated } from './helpers';

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
