import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { timelineCopy } from '../../src/content/sections/timeline';
import { formatCalendarDate } from '../../src/lib/calendar-date';
import { timelineEvents } from './paths';
import { AXE_TAGS, watchProblems } from './helpers';

type TimelineEvent = (typeof timelineEvents)[number];

const markName = (event: TimelineEvent) => `${event.title}, ${formatCalendarDate(event.date)}`;
const chart = (page: Page) => page.getByRole('group', { name: timelineCopy.chart.title });
const mark = (page: Page, event: TimelineEvent) => chart(page).getByRole('button', { name: markName(event), exact: true });
const detailsHeading = (page: Page, event: TimelineEvent) =>
  page.getByRole('heading', { level: 2, name: event.title, exact: true });
const byId = (id: string) => timelineEvents.find((event) => event.id === id)!;

test.describe('the interactive timeline', () => {
  test('clicking a mark selects it: the URL, the details and the title follow', async ({ page }) => {
    const problems = watchProblems(page);
    await page.goto('/timeline/');
    const event = byId('2023-07-12-cisa-fbi-advisory');
    await mark(page, event).click();
    await expect(page).toHaveURL(new RegExp(`/timeline/${event.id}/$`));
    await expect(detailsHeading(page, event)).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(event.title));
    await expect(mark(page, event)).toHaveAttribute('aria-current', 'page');
    expect(problems).toEqual([]);
  });

  test('keyboard: one tab stop, ArrowRight and Enter select the next event, Back returns', async ({ page }) => {
    const [first, second] = [timelineEvents[14]!, timelineEvents[15]!];
    await page.goto(`/timeline/${first.id}/`);
    await expect(mark(page, first)).toBeVisible();
    // Tab from the last lane toggle lands on the selected event, and the next Tab leaves the chart.
    await page.getByRole('button', { name: 'Researchers', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(mark(page, first)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, second)).toBeFocused();
    // The tooltip shows the focused mark's date and title.
    await expect(page.getByText(second.title, { exact: true }).first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/timeline/${first.id}/$`));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/timeline/${second.id}/$`));
    await expect(detailsHeading(page, second)).toBeVisible();
    await expect(mark(page, second)).toBeFocused();
    // Arrow keys are the chart's: the page did not scroll.
    const scrollBefore = await page.evaluate(() => scrollY);
    await page.keyboard.press('End');
    await expect(mark(page, timelineEvents.at(-1)!)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(mark(page, timelineEvents[0]!)).toBeFocused();
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/timeline/${first.id}/$`));
    await expect(detailsHeading(page, first)).toBeVisible();
    // Focus was in the chart, so it follows the selection back.
    await expect(mark(page, first)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(chart(page).locator(':focus')).toHaveCount(0);
  });

  test('from /timeline/, selecting with the keyboard keeps focus in the chart', async ({ page }) => {
    await page.goto('/timeline/');
    // The lane toggles are drawn before the marks (which wait for the plot's
    // size): tabbing on from a toggle before the marks exist would skip them.
    await expect(mark(page, timelineEvents[0]!)).toBeVisible();
    await page.getByRole('button', { name: 'Researchers', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(mark(page, timelineEvents[0]!)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, timelineEvents[1]!)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/timeline/${timelineEvents[1]!.id}/$`));
    await expect(detailsHeading(page, timelineEvents[1]!)).toBeVisible();
    await expect(mark(page, timelineEvents[1]!)).toBeFocused();
  });

  test('a direct load of an event page selects that event', async ({ page }) => {
    const event = byId('2023-06-15-state-big-yellow-taxi-alert');
    await page.goto(`/timeline/${event.id}/`);
    await expect(detailsHeading(page, event)).toBeVisible();
    await expect(mark(page, event)).toHaveAttribute('aria-current', 'page');
    await expect(mark(page, event)).toHaveAttribute('tabindex', '0');
    const list = page.getByRole('region', { name: timelineCopy.listHeading });
    await expect(list.getByRole('link', { name: event.title })).toHaveAttribute('aria-current', 'page');
  });

  test('the lane filter lives in the URL and survives selecting an event', async ({ page }) => {
    await page.goto('/timeline/?lanes=microsoft,us-government');
    const microsoft = timelineEvents.filter((e) => e.lane === 'microsoft' || e.lane === 'us-government');
    await expect(chart(page).getByRole('button')).toHaveCount(microsoft.length);
    await page.getByRole('button', { name: 'Victims', exact: true }).click();
    await expect(page).toHaveURL(/lanes=victims(%2C|,)microsoft(%2C|,)us-government/);
    const victim = byId('2023-07-12-raimondo-mailbox-accessed');
    await mark(page, victim).click();
    await expect(page).toHaveURL(new RegExp(`/timeline/${victim.id}/\\?lanes=victims`));
    await page.goto('/timeline/?lanes=nonsense&view=nonsense');
    await expect(chart(page).getByRole('button')).toHaveCount(timelineEvents.length);
  });

  test('the same event reads the same date in every time zone', async ({ browser }) => {
    const event = byId('2023-06-16-state-reports-to-microsoft');
    const seen: string[] = [];
    for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const context = await browser.newContext({ timezoneId });
      const page = await context.newPage();
      await page.goto(`/timeline/${event.id}/`);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      const article = page.getByRole('article', { name: event.title });
      const date = (await article.locator('time').first().textContent()) ?? '';
      await expect(mark(page, event)).toBeVisible();
      seen.push(`${date} | ${await mark(page, event).getAttribute('aria-label')}`);
      await context.close();
    }
    expect(seen[0]).toBe(`June 16, 2023 | ${markName(event)}`);
    expect(seen[1]).toBe(seen[0]);
  });

  test('an embed keeps selection inside the embed', async ({ page }) => {
    const event = byId('2023-07-19-microsoft-expands-free-logging');
    await page.goto(`/embed/timeline/${timelineEvents[0]!.id}/`);
    await mark(page, event).click();
    await expect(page).toHaveURL(new RegExp(`/embed/timeline/${event.id}/$`));
    await expect(detailsHeading(page, event)).toBeVisible();
  });
});

test.describe('the timeline page itself', () => {
  test('fits 320 px without horizontal scrolling, in both views', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    for (const path of ['/timeline/', `/timeline/${timelineEvents[8]!.id}/`, '/timeline/?view=summer-2023']) {
      await page.goto(path);
      await expect(chart(page).getByRole('button').first()).toBeVisible();
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(widths[0], path).toBeLessThanOrEqual(widths[1]!);
    }
  });

  test('the chart mounts without moving the list (no layout shift)', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/timeline/');
    const listHeading = page.getByRole('heading', { level: 2, name: timelineCopy.listHeading });
    await expect(chart(page).getByRole('button').first()).toBeVisible();
    const before = await listHeading.boundingBox();
    await page.waitForTimeout(600);
    expect(await listHeading.boundingBox()).toEqual(before);
    const shift = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
    expect(shift).toBeLessThan(0.01);
  });

  test('the prerendered HTML carries the list, no chart and no inline styles', async ({ request }) => {
    for (const path of ['/timeline/', `/timeline/${timelineEvents[3]!.id}/`, '/embed/timeline/']) {
      const html = await (await request.get(path)).text();
      expect(html, path).not.toMatch(/\sstyle=/);
      expect(html, path).toContain(timelineCopy.chart.loading);
      expect(html, path).toContain(timelineEvents.at(-1)!.title.replace(/'/g, '&#x27;'));
      expect(html, path).not.toContain('recharts');
    }
  });

  test('Recharts loads only where there is a chart', async ({ page }) => {
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (/timeline-chart-[^/]*\.js$/.test(request.url())) chunks.push(request.url());
    });
    await page.goto('/');
    await page.goto('/sources/');
    await page.waitForLoadState('networkidle');
    expect(chunks).toEqual([]);
    await page.goto('/timeline/');
    await expect(chart(page)).toBeVisible();
    expect(chunks).toHaveLength(1);
  });

  test('if the chart fails to load, the list stays, with a message and a retry that works', async ({ page }) => {
    let block = true;
    await page.route(/timeline-chart-[^/]*\.js$/, (route) => (block ? route.abort() : route.continue()));
    await page.goto('/timeline/');
    await expect(page.getByText(timelineCopy.chart.failed)).toBeVisible();
    await expect(page.getByRole('region', { name: timelineCopy.listHeading })).toBeVisible();
    block = false;
    await page.getByRole('button', { name: timelineCopy.chart.retry }).click();
    await expect(chart(page).getByRole('button').first()).toBeVisible();
    await expect(page.getByText(timelineCopy.chart.failed)).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the timeline and an event page (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      for (const path of ['/timeline/', `/timeline/${byId('2023-07-21-wiz-says-key-reached-further').id}/?view=summer-2023`]) {
        await page.goto(path);
        await expect(chart(page).getByRole('button').first()).toBeVisible();
        // Focus a mark so its tooltip and focus ring are checked too.
        await chart(page).locator('[tabindex="0"]').focus();
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
      }
    });
  }
});
