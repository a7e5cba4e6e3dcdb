import { expect, test, type Page } from '@playwright/test';
import { attackStepperCopy as stepperCopy, attackSteps } from '../../src/content/sections/attack-steps';
import { siteCopy } from '../../src/content/site';
import { whatCopy } from '../../src/content/sections/what';
import { victimsGridCopy as gridCopy, whoCopy } from '../../src/content/sections/who';
import { victims } from '../../src/data/victims';
import { timelineEvents } from '../paths';
import { axeViolations, hydrated, watchProblems } from './helpers';

const total = attackSteps.length;

const stepper = (page: Page) => page.getByRole('region', { name: stepperCopy.heading });
const stepTitle = (page: Page, n: number) =>
  stepper(page).getByRole('heading', { level: 4, name: attackSteps[n - 1]!.title });

async function expectStep(page: Page, n: number) {
  await expect(page).toHaveURL(new RegExp(`[?&]step=${n}(&|$)`));
  await expect(stepTitle(page, n)).toBeVisible();
  await expect(stepper(page).getByRole('heading', { level: 4 })).toHaveCount(1);
}

test.describe('the attack stepper on /what/', () => {
  test('walks by keyboard alone, with the step in the URL and the page left where it was', async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto('/what/');
    await hydrated(page);
    await expect(stepTitle(page, 1)).toBeVisible();
    await expect(stepper(page).getByRole('heading', { level: 4 })).toHaveCount(1);

    // Reach the stepper with Tab, the way a keyboard reader would.
    const next = stepper(page).getByRole('button', { name: stepperCopy.next });
    await next.scrollIntoViewIfNeeded();
    const first = stepper(page)
      .getByRole('navigation', { name: stepperCopy.stepListLabel })
      .getByRole('button')
      .first();
    await first.focus();
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 40 && !(await next.evaluate((el) => el === document.activeElement)); i += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(next).toBeFocused();
    const scrollBefore = await page.evaluate(() => window.scrollY);

    await page.keyboard.press('Enter');
    await expectStep(page, 2);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 3);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 4);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, 3);
    await page.keyboard.press('End');
    await expectStep(page, total);
    await page.keyboard.press('Home');
    await expectStep(page, 1);
    await page.keyboard.press('Space');
    await expectStep(page, 2);

    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(whatCopy.title);
    expect(problems).toEqual([]);
  });

  test('arrow keys outside the stepper leave the step alone', async ({ page }) => {
    await page.goto('/what/?step=2');
    await hydrated(page);
    await expect(stepTitle(page, 2)).toBeVisible();
    await page.getByRole('heading', { level: 1 }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/step=2/);
    await expect(stepTitle(page, 2)).toBeVisible();
  });

  test('a shared link opens its step, hydrating cleanly; a bad value opens step 1', async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto('/what/?step=5');
    await hydrated(page);
    await expect(stepTitle(page, 5)).toBeVisible();
    await expect(
      stepper(page)
        .getByRole('navigation', { name: stepperCopy.stepListLabel })
        .getByRole('button', { name: attackSteps[4]!.short }),
    ).toHaveAttribute('aria-current', 'step');
    for (const bad of ['0', '99', 'three']) {
      await page.goto(`/what/?step=${bad}`);
      await hydrated(page);
      await expect(stepTitle(page, 1)).toBeVisible();
      await expect(stepper(page).getByRole('heading', { level: 4 })).toHaveCount(1);
    }
    expect(problems).toEqual([]);
  });

  test('every step links to its timeline event', async ({ page }) => {
    await page.goto(`/what/?step=${total}`);
    await hydrated(page);
    const eventId = attackSteps[total - 1]!.eventIds[0]!;
    const event = timelineEvents.find((e) => e.id === eventId)!;
    await stepper(page).getByRole('link', { name: event.title }).click();
    await expect(page).toHaveURL(`/timeline/${eventId}/`);
    await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
  });

  test('without JavaScript every step is readable, in order', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/what/?step=4');
    const titles = await stepper(page).getByRole('heading', { level: 4 }).allTextContents();
    expect(titles).toEqual(attackSteps.map((step) => step.title));
    for (let n = 1; n <= total; n += 1) await expect(stepTitle(page, n)).toBeVisible();
    await expect(stepper(page).getByRole('button')).toHaveCount(0);
    await context.close();
  });

  test('axe finds nothing in steps 2, 5 and the last, in light at 1280 px and dark at 320 px, and none scrolls sideways', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const failures: string[] = [];
    for (const [width, colorScheme] of [
      [1280, 'light'],
      [320, 'dark'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      for (const n of [2, 5, total]) {
        await page.goto(`/what/?step=${n}`);
        await hydrated(page);
        await expect(stepTitle(page, n)).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        failures.push(...(await axeViolations(page, `step ${n}, ${colorScheme} ${width}`)));
      }
    }
    expect(failures).toEqual([]);
  });
});

test.describe('the victims grid on /who/', () => {
  const grid = (page: Page) => page.getByRole('region', { name: gridCopy.heading });
  const count = (shown: number) =>
    gridCopy.count.replace('{shown}', String(shown)).replace('{total}', String(victims.length));

  test('filters by kind with a live count, and cards open by keyboard', async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto('/who/');
    await hydrated(page);
    await expect(grid(page).getByRole('status')).toHaveText(count(victims.length));

    const lawmakers = victims.filter((victim) => victim.kind === 'lawmaker');
    await grid(page).getByRole('button', { name: gridCopy.filters.lawmaker }).click();
    await expect(grid(page).getByRole('button', { name: gridCopy.filters.lawmaker })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(grid(page).getByRole('status')).toHaveText(count(lawmakers.length));
    await expect(grid(page).getByRole('heading', { level: 4 })).toHaveText(lawmakers.map((victim) => victim.name));

    const toggle = grid(page).getByRole('button', { name: lawmakers[0]!.name });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(grid(page).getByText(lawmakers[0]!.known)).toBeVisible();
    expect(await axeViolations(page, 'who, filtered and open')).toEqual([]);
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(grid(page).getByText(lawmakers[0]!.known)).toBeHidden();

    await grid(page).getByRole('button', { name: gridCopy.filters.all }).click();
    await expect(grid(page).getByRole('status')).toHaveText(count(victims.length));
    expect(problems).toEqual([]);
  });

  test('without JavaScript every card shows its details', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/who/');
    for (const victim of victims.slice(0, 3)) await expect(grid(page).getByText(victim.known)).toBeVisible();
    await expect(grid(page).getByRole('button')).toHaveCount(0);
    await context.close();
  });
});

test('chapter navigation runs cover → who → what and back, moving focus to each title', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.getByRole('link', { name: whoCopy.title }).click();
  await expect(page).toHaveURL('/who/');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const nav = page.getByRole('navigation', { name: siteCopy.chapterNav.label });
  await nav.getByRole('link', { name: new RegExp(whatCopy.title) }).click();
  await expect(page).toHaveURL('/what/');
  await expect(page.getByRole('heading', { level: 1, name: whatCopy.title })).toBeFocused();
  await nav.getByRole('link', { name: new RegExp(whoCopy.title) }).click();
  await expect(page).toHaveURL('/who/');
  await expect(page.getByRole('heading', { level: 1, name: whoCopy.title })).toBeFocused();
});

test('a note link lands its note below the sticky chapter bar, in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/who/');
  await hydrated(page);
  await page
    .getByRole('link', { name: `${siteCopy.notes.noteLabel} 1`, exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(/#who-note-1$/);
  const note = page.locator('#who-note-1');
  await expect(note).toBeInViewport();
  // The sticky bar: the "Chapter 1 of 4" line and the progress track under it.
  const bar = await page
    .getByText(/^Chapter 1 of \d$/)
    .locator('..')
    .boundingBox();
  const box = await note.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
});
