import { expect, test, type Locator, type Page } from '@playwright/test';
import { advisoryChecklistItems } from '../../src/content/sections/advisory-checklist';
import { auditLogApps, auditLogCopy, auditLogRows, watchedOperation } from '../../src/content/sections/audit-log';
import { dwellChartCopy } from '../../src/content/sections/dwell-chart';
import { sourcesCopy } from '../../src/content/sections/sources';
import { intrusions as intrusionData } from '../../src/data/intrusions';
import { sources } from '../../src/data/sources';
import { timelineEvents } from '../../src/data/timeline-events';
import type { Intrusion } from '../../src/data/types';
import { axeViolations, hydrated, openFrameHost, watchProblems } from './helpers';

const intrusions: readonly Intrusion[] = intrusionData;
const standardRows = auditLogRows.filter((row) => row.tier === 'standard');
const baselineIds: readonly string[] = auditLogApps.baseline.map((app) => app.appId);
const intruderRows = auditLogRows.filter(
  (row) => row.operation === watchedOperation && !baselineIds.includes(row.appId),
);
/** The lazily loaded chart chunks: Recharts and the plot built on it. */
const CHART_CHUNK = /\/assets\/(dwell-plot|CartesianChart)-[^/]+\.js$/;

/**
 * Presses Tab from the top of the page until `target` has focus. Fails if
 * focus ever moves back up the page (Tab went past the end and wrapped
 * round, so it passed the target by) or after `max` presses. `pace` is the
 * pause between presses, in ms (a quick human is about 100).
 */
async function tabTo(page: Page, target: Locator, { max = 200, pace = 0 } = {}) {
  await page.locator('body').focus();
  await page.evaluate(() => {
    (window as unknown as { lastFocus: Element | null }).lastFocus = null;
  });
  for (let presses = 0; presses < max; presses += 1) {
    if (pace > 0) await page.waitForTimeout(pace);
    await page.keyboard.press('Tab');
    // count() does not wait: a target that is not there yet is simply not focused.
    if ((await target.count()) > 0 && (await target.evaluate((element) => element === document.activeElement))) {
      return presses + 1;
    }
    const forward = await page.evaluate(() => {
      const state = window as unknown as { lastFocus: Element | null };
      const now = document.activeElement;
      const ok =
        now !== null &&
        now !== document.body &&
        (state.lastFocus === null ||
          Boolean(state.lastFocus.compareDocumentPosition(now) & Node.DOCUMENT_POSITION_FOLLOWING));
      state.lastFocus = now;
      return ok;
    });
    if (!forward)
      throw new Error(`Tab passed the target by (after ${presses + 1} presses focus went back up the page)`);
  }
  throw new Error(`Tab never reached the target in ${max} presses`);
}

/** Body rows of the audit log: rows that have a row header. */
function logRows(page: Page) {
  return page
    .getByRole('table', { name: /Reconstructed audit log/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
}

test.describe('/response/: what the defenders could see', () => {
  test('the tier and rule toggles work from the keyboard, and the page stays clean', async ({ page }) => {
    // Two axe passes over the whole chapter: on a busy CI machine they alone took 30 s.
    test.setTimeout(90_000);
    const problems = watchProblems(page);
    const chartRequests: string[] = [];
    page.on('request', (request) => {
      if (CHART_CHUNK.test(request.url())) chartRequests.push(request.url());
    });
    await page.goto('/response/');
    await hydrated(page);
    const standard = page.getByRole('button', { name: auditLogCopy.tiers.standard });
    const premium = page.getByRole('button', { name: auditLogCopy.tiers.premium });
    const rule = page.getByRole('button', { name: auditLogCopy.ruleButton });
    await expect(logRows(page)).toHaveCount(auditLogRows.length);

    await tabTo(page, standard);
    await expect(standard).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(standard).toHaveAttribute('aria-pressed', 'true');
    await expect(logRows(page)).toHaveCount(standardRows.length);
    await expect(page.getByRole('cell', { name: watchedOperation })).toHaveCount(0);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(rule).toBeFocused();
    await page.keyboard.press('Space');
    await expect(rule).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: auditLogCopy.status.ruleNothing })).toBeVisible();

    await page.keyboard.press('Shift+Tab');
    await expect(premium).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(logRows(page)).toHaveCount(auditLogRows.length);
    const flagged = page.getByRole('rowheader').filter({ hasText: auditLogCopy.flagged });
    await expect(flagged).toHaveCount(intruderRows.length);
    for (const row of intruderRows) await expect(flagged.filter({ hasText: row.when })).toBeVisible();

    expect(await axeViolations(page, 'light')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, 'dark')).toEqual([]);
    expect(problems).toEqual([]);
    expect(chartRequests, 'Recharts must not load on a page without a chart').toEqual([]);
  });

  test('the advisory checklist ticks by keyboard and remembers ticks after a reload', async ({ page }) => {
    await page.goto('/response/');
    await hydrated(page);
    const first = page.getByRole('checkbox', { name: advisoryChecklistItems[0]!.text });
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(page.getByText(`1 of ${advisoryChecklistItems.length}`)).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(page.getByRole('checkbox', { name: advisoryChecklistItems[0]!.text })).toBeChecked();
    await page.getByRole('checkbox', { name: advisoryChecklistItems[0]!.text }).uncheck();
  });

  test('in a sandboxed embed, where storage throws, the interactives still work', async ({ page, baseURL }) => {
    const problems = watchProblems(page);
    await openFrameHost(
      page,
      baseURL,
      `<iframe title="embed" sandbox="allow-scripts" src="${baseURL}/embed/response/" width="360" height="2400"></iframe>`,
    );
    const frame = page.frameLocator('iframe');
    const box = frame.getByRole('checkbox', { name: advisoryChecklistItems[1]!.text });
    await box.check();
    await expect(box).toBeChecked();
    await expect(frame.getByText(`1 of ${advisoryChecklistItems.length}`)).toBeVisible();
    await frame.getByRole('button', { name: auditLogCopy.tiers.standard }).click();
    await expect(
      frame
        .getByRole('status')
        .filter({ hasText: auditLogCopy.status.standard.replace('{count}', String(standardRows.length)) }),
    ).toBeVisible();
    expect(problems.filter((problem) => !/favicon/.test(problem))).toEqual([]);
  });

  test('without JavaScript the log is a static table with both tiers named', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/response/');
    await expect(logRows(page)).toHaveCount(auditLogRows.length);
    await expect(page.getByRole('cell', { name: auditLogCopy.recordedIn.premium })).toHaveCount(
      auditLogRows.length - standardRows.length,
    );
    await expect(page.getByText(auditLogCopy.noScript)).toBeVisible();
    await expect(page.getByRole('button', { name: auditLogCopy.ruleButton })).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(advisoryChecklistItems.length);
    await context.close();
  });
});

test.describe('/spy-game/: the dwell chart', () => {
  test('the bars are drawn only as the reader nears them, from code fetched while the page was idle', async ({
    page,
  }) => {
    const chartRequests: string[] = [];
    page.on('request', (request) => {
      if (CHART_CHUNK.test(new URL(request.url()).pathname)) chartRequests.push(request.url());
    });
    await page.goto('/spy-game/');
    await hydrated(page);
    await expect.poll(() => chartRequests.length).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const bars = page.getByRole('group', { name: dwellChartCopy.plotLabel }).getByRole('button');
    await expect(bars).toHaveCount(0);
    const fetched = chartRequests.length;
    await page.getByText(dwellChartCopy.frame.title, { exact: true }).scrollIntoViewIfNeeded();
    await expect(bars).toHaveCount(intrusions.length);
    expect(chartRequests).toHaveLength(fetched);
  });

  test('bars are reachable and selectable by keyboard, and the details follow', async ({ page }) => {
    // The walk passes every footnote and table link above the bars, at a human pace.
    test.setTimeout(120_000);
    const problems = watchProblems(page);
    await page.goto('/spy-game/');
    await hydrated(page);
    const bars = page.getByRole('group', { name: dwellChartCopy.plotLabel }).getByRole('button');

    // From the top of the loaded page, as a quick keyboard-only reader (ten
    // presses a second): Tab must not skip the chart, which their first Tab
    // starts drawing, on the way down.
    await page.waitForLoadState('networkidle');
    await tabTo(page, bars.first(), { pace: 100 });
    await expect(bars.first()).toBeFocused();
    await expect(bars.first()).toHaveAccessibleName(new RegExp(`^${intrusions[0]!.shortName}, `));

    const story = intrusions.findIndex((intrusion) => intrusion.isThisStory);
    for (let step = 0; step < story; step += 1) await page.keyboard.press('ArrowDown');
    await expect(bars.nth(story)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(bars.nth(story)).toHaveAttribute('aria-pressed', 'true');
    const details = page.getByRole('heading', { level: 3, name: intrusions[story]!.name });
    await expect(details).toBeVisible();
    await expect(page.getByText(intrusions[story]!.taken).first()).toBeVisible();

    await page.keyboard.press('End');
    await expect(bars.last()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(bars.last()).toHaveAttribute('aria-pressed', 'true');
    await expect(bars.nth(story)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('heading', { level: 3, name: intrusions.at(-1)!.name })).toBeVisible();

    // Tab leaves the chart in one step.
    await page.keyboard.press('Tab');
    await expect(bars.last()).not.toBeFocused();
    expect(
      await bars.evaluateAll((elements) => elements.filter((element) => element === document.activeElement).length),
    ).toBe(0);

    expect(await axeViolations(page, 'light')).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page, 'dark')).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the chart loads without shifting the layout', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/spy-game/');
    await hydrated(page);
    const figure = page.getByRole('figure', { name: dwellChartCopy.frame.title });
    await figure.getByText(dwellChartCopy.frame.title, { exact: true }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('group', { name: dwellChartCopy.plotLabel }).getByRole('button')).toHaveCount(
      intrusions.length,
    );
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.02);
  });

  test('without JavaScript, and in print, readers get the table with every intrusion', async ({ browser, page }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto('/spy-game/');
    const table = noJs.getByRole('table', { name: dwellChartCopy.table.caption });
    for (const intrusion of intrusions)
      await expect(table.getByRole('rowheader', { name: intrusion.name })).toBeVisible();
    await expect(table.getByText('290–300')).toBeVisible();
    await expect(noJs.getByRole('button', { name: new RegExp(intrusions[0]!.shortName!) })).toHaveCount(0);
    // No empty box is reserved for a chart that will never come.
    const figure = noJs.getByRole('figure', { name: dwellChartCopy.frame.title });
    const caption = await figure.locator('figcaption').boundingBox();
    const notes = await figure.getByText(dwellChartCopy.frame.notes).boundingBox();
    expect(notes!.y - (caption!.y + caption!.height)).toBeLessThan(40);
    await context.close();

    await page.goto('/spy-game/');
    await hydrated(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('group', { name: dwellChartCopy.plotLabel })).toBeHidden();
    await expect(page.getByRole('table', { name: dwellChartCopy.table.caption })).toBeVisible();
  });

  test('on a phone the table says it scrolls sideways and shades the edge that hides columns; on a wide screen it fits', async ({
    page,
  }) => {
    const region = page.getByRole('region', { name: dwellChartCopy.table.caption });
    const hint = page.getByText(dwellChartCopy.table.scrollHint);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('/spy-game/');
    await region.scrollIntoViewIfNeeded();
    expect(await region.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeGreaterThan(100);
    await expect(hint).toBeVisible();
    // The hint sits just above the table, where the reader meets the cut.
    const gap = (await region.boundingBox())!.y - ((await hint.boundingBox())!.y + (await hint.boundingBox())!.height);
    expect(gap).toBeLessThan(24);
    expect(await region.evaluate((box) => getComputedStyle(box).backgroundAttachment)).toContain('local');
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(hint).toBeHidden();
    expect(await region.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(0);
  });
});

test.describe('/sources/', () => {
  test('chapter notes land on the source, which lists who cites it', async ({ page }) => {
    const problems = watchProblems(page);
    const source = sources.find((candidate) => candidate.id === 'cisa-fbi-2023-07-12-aa23-193a')!;
    await page.goto(`/sources/#${source.id}`);
    await hydrated(page);
    const item = page.locator(`li#${source.id}`);
    await expect(item).toBeInViewport();
    await expect(item.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
    await expect(item.getByText(sourcesCopy.citedBy.pages)).toBeVisible();
    await expect(item.getByRole('link', { name: 'How it was caught, and what changed' })).toBeVisible();
    const event = timelineEvents.find((candidate) => candidate.id === '2023-06-15-state-big-yellow-taxi-alert')!;
    await item.getByRole('link', { name: new RegExp(event.title) }).click();
    await expect(page).toHaveURL(new RegExp(`/timeline/${event.id}/$`));
    expect(problems).toEqual([]);
  });

  test('a chapter note links to its source on the sources page', async ({ page }) => {
    await page.goto('/response/');
    await hydrated(page);
    const notes = page.getByRole('region', { name: 'Notes' });
    const first = notes.getByRole('listitem').first();
    await expect(first.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
    await notes.getByRole('link', { name: 'All sources' }).click();
    await expect(page).toHaveURL(/\/sources\/$/);
    await expect(page.getByRole('heading', { level: 1, name: sourcesCopy.heading })).toBeFocused();
  });
});
