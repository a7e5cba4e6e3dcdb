import { expect, test } from '@playwright/test';
import { embedCopy } from '../../src/content/embed';
import { notInteractiveCopy, siteCopy } from '../../src/content/site';
import { storyMeta } from '../../src/content/story';
import { chapters, timelineEvents } from '../paths';
import { hydrated, openFrameHost, watchErrors } from './helpers';

test('junk search parameters and hostile values change nothing', async ({ page }) => {
  const errors = watchErrors(page);
  const junk = '?lanes=%3Cscript%3E,nope&step=-999&view=%00&theme=%22onload&utm_source=x&x[]=1';
  for (const path of ['/', '/what/', '/timeline/', `/timeline/${timelineEvents[2]!.id}/`, '/embed/timeline/']) {
    const response = await page.goto(path + junk);
    expect(response?.status(), path).toBe(200);
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('pages work when storage throws, and the colour choice still applies', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const deny = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: deny });
    Object.defineProperty(window, 'sessionStorage', { get: deny });
  });
  await page.goto('/who/');
  await hydrated(page);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(errors).toEqual([]);
});

test('the colour choice is remembered where storage works', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await hydrated(page);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(18, 20, 23)');
  await hydrated(page);
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await page.getByRole('radio', { name: 'Auto' }).check();
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('a light choice holds against a dark system setting, and an embed’s ?theme=light too', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await hydrated(page);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(18, 20, 23)');
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe('rgb(255, 255, 255)');
  await page.goto('/embed/timeline/?theme=light');
  expect(await background()).toBe('rgb(255, 255, 255)');
});

// Only embed/ pages may be framed (the full site sends frame-ancestors 'none').
test('a framed sandbox without same-origin renders the story with no uncaught error', async ({ page, baseURL }) => {
  const errors = watchErrors(page);
  await openFrameHost(
    page,
    baseURL,
    `<iframe title="embed" sandbox="allow-scripts allow-popups" src="${baseURL}/embed/${chapters[0]!.id}/" width="600" height="800"></iframe>`,
  );
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1, name: chapters[0]!.title })).toBeVisible();
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
});

test('pages hold together at 2560 px', async ({ page }) => {
  await page.setViewportSize({ width: 2560, height: 1400 });
  for (const path of ['/', '/timeline/', '/what/']) {
    await page.goto(path);
    await hydrated(page);
    const mainWidth = await page.locator('main').evaluate((el) => el.getBoundingClientRect().width);
    expect(mainWidth, path).toBeLessThan(1400);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('printing a chapter hides navigation and buttons and shows source URLs', async ({ page }) => {
  await page.goto(`/${chapters[1]!.id}/`);
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Chapter navigation' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
});

test('printing the timeline prints the full event list without controls', async ({ page }) => {
  await page.goto('/timeline/');
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  const list = page.getByRole('list').filter({ has: page.getByRole('link', { name: timelineEvents[0]!.title }) });
  await expect(list).toBeVisible();
  for (const event of timelineEvents) {
    await expect(page.getByRole('link', { name: event.title, exact: true }).first()).toBeVisible();
  }
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  for (const chart of await page.locator('svg.recharts-surface').all()) await expect(chart).toBeHidden();
});

for (const chapter of chapters) {
  for (const path of [`/${chapter.id}/`, `/embed/${chapter.id}/`]) {
    test(`${path}: when its chapter's script fails to load, the text stays, a notice offers a retry, and the retry brings the page to life`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const chunk = new RegExp(`/assets/${chapter.id}-chapter-[^/]*\\.js$`);
      await page.route(chunk, (route) => route.abort());
      await page.goto(path);
      const heading = page.getByRole('heading', { level: 1, name: chapter.title });
      await expect(heading).toBeVisible();
      const notice = page.getByRole('status').filter({ hasText: notInteractiveCopy.message });
      await expect(notice).toBeVisible();
      await expect(page.getByRole('heading', { name: siteCopy.error.title })).toHaveCount(0);
      const text = await page.locator('main').innerText();
      expect(text.length).toBeGreaterThan(3_000);
      expect(await page.locator('main p').count()).toBeGreaterThan(10);
      // The browser reports the blocked request itself; nothing else may fail.
      expect(errors.filter((error) => !error.includes('Failed to load resource'))).toEqual([]);

      await page.unroute(chunk);
      await notice.getByRole('button', { name: notInteractiveCopy.retry }).click();
      await hydrated(page);
      await expect(heading).toBeVisible();
      await expect(notice).toHaveCount(0);
    });
  }
}

test('a failed Embed dialog script leaves the chapter and offers a retry that opens the dialog', async ({ page }) => {
  const errors = watchErrors(page);
  const chunk = /\/assets\/loaded-embed-dialog-[^/]*\.js$/;
  await page.route(chunk, (route) => route.abort());
  await page.goto(`/${chapters[0]!.id}/`);
  await hydrated(page);
  const heading = page.getByRole('heading', { level: 1, name: chapters[0]!.title });
  await page.getByRole('button', { name: embedCopy.button.chapter }).click();
  const notice = page.getByRole('status').filter({ hasText: embedCopy.loadFailed });
  await expect(notice).toBeVisible();
  await expect(heading).toBeVisible();
  await expect(page.getByRole('heading', { name: siteCopy.error.title })).toHaveCount(0);
  expect(errors.filter((error) => !error.includes('Failed to load resource'))).toEqual([]);

  await page.unroute(chunk);
  await notice.getByRole('button', { name: embedCopy.retry }).click();
  await expect(page.getByRole('dialog', { name: embedCopy.dialog.title })).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('printing keeps the credit line and the sourcing note, not the footer links and settings', async ({ page }) => {
  await page.goto('/who/');
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByText(storyMeta.credit)).toBeVisible();
  await expect(footer.getByText(siteCopy.footer.note)).toBeVisible();
  await expect(footer.getByRole('link', { name: siteCopy.footer.sourcesLink })).toBeHidden();
  await expect(footer.getByRole('radio', { name: 'Dark' })).toBeHidden();
});

test('a slow in-app navigation keeps the page, marks it busy and shows progress, then lands on the next page', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const chapter = chapters[0]!;
  await page.goto('/');
  await hydrated(page);
  // The chapter's scripts arrive 3 s late, as on a slow line.
  await page.route(new RegExp(`/assets/${chapter.id}-[^/]*\\.js$`), async (route) => {
    await new Promise((done) => setTimeout(done, 3_000));
    await route.continue();
  });
  const cover = page.getByRole('heading', { level: 1 });
  const coverTitle = await cover.textContent();
  const label = siteCopy.nav.find((item) => item.page === chapter.id)!.label;
  await page
    .getByRole('navigation', { name: siteCopy.navLabel })
    .getByRole('link', { name: label, exact: true })
    .click();
  const progress = page.getByRole('progressbar', { name: siteCopy.navigationPending });
  await expect(progress).toBeAttached();
  await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  // Shown after half a second, so quick navigations never flash it.
  await expect.poll(() => progress.evaluate((bar) => getComputedStyle(bar).opacity), { timeout: 2_000 }).toBe('1');
  await expect(cover).toHaveText(coverTitle!);
  await expect(page.getByRole('heading', { level: 1, name: chapter.title })).toBeVisible({ timeout: 10_000 });
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy');
  expect(errors).toEqual([]);
});
