import { expect, test, type Locator, type Page } from '@playwright/test';
import { timelineCopy } from '../../src/content/sections/timeline';
import { phases } from '../../src/data/phases';
import { formatCalendarDate } from '../../src/lib/calendar-date';
import { timelineEvents } from '../paths';
import { axeViolations, hydrated, storiesReady, watchProblems } from './helpers';

type TimelineEvent = (typeof timelineEvents)[number];

const markName = (event: TimelineEvent) => `${formatCalendarDate(event.date)}: ${event.title}`;
// The chart is drawn once per range of widths and CSS shows the one that
// fits: the hidden drawings are out of the accessibility tree, so the role
// query finds the one a reader sees.
const chart = (page: Page) => page.getByRole('group', { name: timelineCopy.chart.title });
const mark = (page: Page, event: TimelineEvent) =>
  chart(page).getByRole('link', { name: markName(event), exact: true });
const story = (page: Page) => page.getByRole('region', { name: timelineCopy.details.panelLabel });
const storyHeading = (page: Page, event: TimelineEvent) =>
  story(page).getByRole('heading', { level: 2, name: event.title, exact: true });
const byId = (id: string) => timelineEvents.find((event) => event.id === id)!;

/**
 * The page is hydrated and the chart has taken over its marks (one tab stop
 * among them): the chart's route hydrates after the root, so the page-wide
 * flag alone can come a moment early.
 */
async function chartReady(page: Page): Promise<void> {
  await hydrated(page);
  await chart(page).locator('a[tabindex="-1"]').first().waitFor({ state: 'attached' });
}

/** The element's box lies inside the viewport. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  return Boolean(
    box && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width,
  );
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
function overlapping(boxes: readonly (Box & { name: string })[]): string[] {
  return boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => overlap(a, b))
      .map((b) => `${a.name} / ${b.name}`),
  );
}

/** The boxes of every text drawn on the visible chart: phase names, key-moment labels, lane names and ticks. */
async function textBoxes(page: Page) {
  const drawing = chart(page);
  return drawing.locator('text').evaluateAll((texts) =>
    texts.map((text) => {
      const box = text.getBoundingClientRect();
      return { name: text.textContent ?? '', x: box.x, y: box.y, width: box.width, height: box.height };
    }),
  );
}

const selectCases = [
  { name: 'at 1280×800', path: '/timeline/', width: 1280, height: 800, touch: false },
  { name: 'on a 390×844 phone', path: '/timeline/', width: 390, height: 844, touch: true },
  { name: 'in /embed/timeline/ at 700 px', path: '/embed/timeline/', width: 700, height: 900, touch: false },
];

test.describe('clicking through the timeline', () => {
  for (const { name, path, width, height, touch } of selectCases) {
    test(`${name}, a mark's story shows in view, without scrolling, and Next and Previous step in date order`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(path);
      await chartReady(page);
      const event = byId('2023-06-16-state-reports-to-microsoft');
      await mark(page, event).scrollIntoViewIfNeeded();
      const scrolled = await page.evaluate(() => scrollY);
      if (touch) await mark(page, event).tap();
      else await mark(page, event).click();
      await expect(page).toHaveURL(new RegExp(`${path}${event.id}/$`));
      await expect(storyHeading(page, event)).toBeVisible();
      expect(await inViewport(page, storyHeading(page, event)), 'story heading in view').toBe(true);
      expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      await expect(mark(page, event)).toHaveAttribute('aria-current', 'page');

      // Next, then Previous: date order, the story in view, the chart following, each step its own URL.
      const index = timelineEvents.indexOf(event);
      const next = timelineEvents[index + 1]!;
      await story(page)
        .getByRole('link', { name: new RegExp(`^${timelineCopy.details.next}`) })
        .click();
      await expect(page).toHaveURL(new RegExp(`${path}${next.id}/$`));
      await expect(storyHeading(page, next)).toBeVisible();
      expect(await inViewport(page, storyHeading(page, next)), 'next story heading in view').toBe(true);
      await expect(mark(page, next)).toHaveAttribute('aria-current', 'page');
      await story(page)
        .getByRole('link', { name: new RegExp(`^${timelineCopy.details.previous}`) })
        .click();
      await expect(storyHeading(page, event)).toBeVisible();
      expect(await inViewport(page, storyHeading(page, event)), 'previous story heading in view').toBe(true);
      await page.goBack();
      await expect(storyHeading(page, next)).toBeVisible();
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  test('Next and Previous keep to the lanes shown', async ({ page }) => {
    await page.goto('/timeline/?lanes=microsoft');
    await chartReady(page);
    const microsoft = timelineEvents.filter((event) => event.lane === 'microsoft');
    await mark(page, microsoft[2]!).click();
    await expect(storyHeading(page, microsoft[2]!)).toBeVisible();
    await story(page)
      .getByRole('link', { name: new RegExp(`^${timelineCopy.details.next}`) })
      .click();
    await expect(storyHeading(page, microsoft[3]!)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/timeline/${microsoft[3]!.id}/\\?lanes=microsoft$`));
  });

  test('in the summer view, stepping past its end switches to the whole story so the mark stays on the chart', async ({
    page,
  }) => {
    const inSummer = timelineEvents.filter((event) => event.date >= '2023-05' && event.date < '2023-11');
    const last = inSummer.at(-1)!;
    const after = timelineEvents[timelineEvents.indexOf(last) + 1]!;
    await page.goto(`/timeline/${last.id}/?view=summer-2023`);
    await chartReady(page);
    await expect(mark(page, last)).toHaveAttribute('aria-current', 'page');
    await story(page)
      .getByRole('link', { name: new RegExp(`^${timelineCopy.details.next}`) })
      .click();
    await expect(storyHeading(page, after)).toBeVisible();
    await expect(mark(page, after)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('button', { name: timelineCopy.chart.views['whole-story'] })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('keyboard: one tab stop, arrows move focus, Enter selects, Back returns', async ({ page }) => {
    const [first, second] = [timelineEvents[14]!, timelineEvents[15]!];
    await page.goto(`/timeline/${first.id}/`);
    await chartReady(page);
    await page.getByRole('button', { name: 'Researchers', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect(mark(page, first)).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(mark(page, second)).toBeFocused();
    await expect(page).toHaveURL(new RegExp(`/timeline/${first.id}/$`));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/timeline/${second.id}/$`));
    await expect(storyHeading(page, second)).toBeVisible();
    await expect(mark(page, second)).toBeFocused();
    const scrollBefore = await page.evaluate(() => scrollY);
    await page.keyboard.press('End');
    await expect(mark(page, timelineEvents.at(-1)!)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(mark(page, timelineEvents[0]!)).toBeFocused();
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
    await page.goBack();
    await expect(storyHeading(page, first)).toBeVisible();
    await expect(mark(page, first)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(chart(page).locator(':focus')).toHaveCount(0);
  });

  test('the lane filter lives in the URL and survives selecting an event; bad values fall back', async ({ page }) => {
    await page.goto('/timeline/?lanes=microsoft,us-government');
    await chartReady(page);
    const shown = timelineEvents.filter((e) => e.lane === 'microsoft' || e.lane === 'us-government');
    await expect(chart(page).getByRole('link')).toHaveCount(shown.length);
    await page.getByRole('button', { name: 'Victims', exact: true }).click();
    await expect(page).toHaveURL(/lanes=victims(%2C|,)microsoft(%2C|,)us-government/);
    const victim = byId('2023-07-12-raimondo-mailbox-accessed');
    await mark(page, victim).click();
    await expect(page).toHaveURL(new RegExp(`/timeline/${victim.id}/\\?lanes=victims`));
    await page.goto('/timeline/?lanes=nonsense&view=nonsense');
    await chartReady(page);
    await expect(chart(page).getByRole('link')).toHaveCount(timelineEvents.length);
  });

  test('the same event reads the same date in every time zone', async ({ browser }) => {
    const event = byId('2023-06-16-state-reports-to-microsoft');
    const seen: string[] = [];
    for (const timezoneId of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const context = await browser.newContext({ timezoneId });
      const page = await context.newPage();
      await page.goto(`/timeline/${event.id}/`);
      await chartReady(page);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      const date = (await story(page).locator('time').first().textContent()) ?? '';
      seen.push(`${date} | ${await mark(page, event).getAttribute('aria-label')}`);
      await context.close();
    }
    expect(seen[0]).toBe(`June 16, 2023 | ${markName(event)}`);
    expect(seen[1]).toBe(seen[0]);
  });
});

test.describe('the chart before and without JavaScript', () => {
  test('with JavaScript off, /timeline/ is an SVG with one link per event, each to its page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/timeline/');
    const links = chart(page).getByRole('link');
    await expect(links).toHaveCount(timelineEvents.length);
    expect(await chart(page).evaluate((element) => element.tagName.toLowerCase())).toBe('svg');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs)).toEqual(new Set(timelineEvents.map((event) => `/timeline/${event.id}/`)));
    // Drawn, not an empty box promising a chart that never comes: every mark is painted inside the chart.
    const frame = (await chart(page).boundingBox())!;
    expect(frame.height).toBeGreaterThan(100);
    for (const box of await links.evaluateAll((anchors) =>
      anchors.map((a) => a.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      expect(box.width * box.height).toBeGreaterThan(0);
      expect(box.y).toBeGreaterThanOrEqual(frame.y - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
    }
    await links.first().click();
    await expect(page).toHaveURL(/\/timeline\/[^/]+\/$/);
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    await context.close();
  });

  test('the chart does not move when the page becomes interactive (no layout shift)', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shifts: number[] }).shifts = [];
      new PerformanceObserver((list) => {
        // Every shift, after input too: the key press that loads the app must not move anything either.
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          (window as unknown as { shifts: number[] }).shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/timeline/');
    const before = await chart(page).boundingBox();
    await chartReady(page);
    await page.waitForTimeout(300);
    expect(await chart(page).boundingBox()).toEqual(before);
    const shift = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
    );
    expect(shift).toBe(0);
  });
});

/** A tree's markup with each element's attributes in name order: two serializations of one page compare equal. */
function canonicalMarkup(root: Element): string {
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node.nodeType === Node.COMMENT_NODE) return `<!--${node.textContent}-->`;
    if (!(node instanceof Element)) return '';
    const attributes = [...node.attributes]
      .map((a) => `${a.name}="${a.value}"`)
      .sort()
      .join(' ');
    return `<${node.localName} ${attributes}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
  };
  return walk(root);
}

/** #root of a page as the prerender wrote it, canonical. */
async function servedRoot(page: Page, path: string): Promise<string> {
  const html = await (await page.request.get(path)).text();
  return page.evaluate(
    ({ html, source }) => {
      const canonical = new Function(`return ${source}`)() as (root: Element) => string;
      return canonical(new DOMParser().parseFromString(html, 'text/html').getElementById('root')!);
    },
    { html, source: canonicalMarkup.toString() },
  );
}

async function liveRoot(page: Page): Promise<string> {
  return page.evaluate((source) => {
    const canonical = new Function(`return ${source}`)() as (root: Element) => string;
    return canonical(document.getElementById('root')!);
  }, canonicalMarkup.toString());
}

test.describe('before the first interaction', () => {
  test('/timeline/ runs no module before the reader does something: two small scripts, then the app at the first press', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/timeline/');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(scripts).toEqual(['/theme.js', '/timeline-boot.js']);
    await page.keyboard.press('Shift');
    await hydrated(page);
    expect(scripts.some((path) => path.includes('/assets/framework-'))).toBe(true);
  });

  test('a click before React shows the story in place, and the page then reads exactly as that event’s own page; Back restores it', async ({
    page,
  }) => {
    // No app at all: what the reader sees comes from the boot script alone.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/timeline/');
    await storiesReady(page);
    const event = byId('2023-06-16-state-reports-to-microsoft');
    const before = await page.evaluate(() => window.scrollY);
    await mark(page, event).click();
    await expect(storyHeading(page, event)).toBeVisible();
    expect(await inViewport(page, storyHeading(page, event))).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await expect(page).toHaveURL(`/timeline/${event.id}/`);
    await expect(page).toHaveTitle(new RegExp(`^${event.title}`));
    await expect(mark(page, event)).toBeFocused();
    expect(await liveRoot(page)).toBe(await servedRoot(page, `/timeline/${event.id}/`));
    // Next, from the story panel: the focus stays on Next.
    const next = story(page).getByRole('link', { name: /^Next event/ });
    await next.click();
    await expect(story(page).getByRole('link', { name: /^Next event/ })).toBeFocused();
    const nextId = timelineEvents[timelineEvents.findIndex((e) => e.id === event.id) + 1]!.id;
    await expect(page).toHaveURL(`/timeline/${nextId}/`);
    expect(await liveRoot(page)).toBe(await servedRoot(page, `/timeline/${nextId}/`));
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL('/timeline/');
    await expect(story(page).getByText(timelineCopy.details.none)).toBeVisible();
    expect(await liveRoot(page)).toBe(await servedRoot(page, '/timeline/'));
  });

  test('React takes over a page the boot script changed without a hydration error, and then answers the chart itself', async ({
    page,
  }) => {
    const problems = watchProblems(page);
    await page.goto('/timeline/');
    await storiesReady(page);
    const first = byId('2023-06-16-state-reports-to-microsoft');
    await mark(page, first).click();
    await expect(storyHeading(page, first)).toBeVisible();
    await chartReady(page);
    const later = byId('2023-07-11-microsoft-discloses-storm-0558');
    await mark(page, later).click();
    await expect(storyHeading(page, later)).toBeVisible();
    await expect(page).toHaveURL(`/timeline/${later.id}/`);
    await page.goBack();
    await expect(storyHeading(page, first)).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('a button pressed while the app is still loading is pressed for the reader once it runs', async ({ page }) => {
    // The app's modules arrive late, as on a slow connection.
    await page.route('**/assets/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.goto('/timeline/');
    const lane = page.getByRole('button', { name: 'Victims', exact: true });
    await lane.click();
    await hydrated(page);
    await expect(page).toHaveURL(/[?&]lanes=/);
  });
});

test.describe('the chart at every width', () => {
  for (const width of [320, 390, 700]) {
    test(`at ${width} px, every phase is named in words and no two labels overlap`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/timeline/', '/timeline/?view=summer-2023']) {
        await page.goto(path);
        await chartReady(page);
        const texts = await textBoxes(page);
        for (const [index, phase] of phases.entries()) {
          const named = texts.some(
            (text) => text.name === `${index + 1} ${phase.label}` || text.name === `${index + 1} ${phase.shortLabel}`,
          );
          // The summer view shows only the phases it reaches.
          if (path.includes('summer') && !named) continue;
          expect(named, `${path}: phase ${index + 1}`).toBe(true);
        }
        expect(
          texts.filter((text) => /^[1-9]$/.test(text.name)),
          `${path}: a bare phase number`,
        ).toEqual([]);
        expect(overlapping(texts.filter((text) => text.width > 0)), path).toEqual([]);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  }

  test('at 390 px every mark is a tap target of at least 24×24 px, none overlapping another', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/timeline/', '/timeline/?view=summer-2023']) {
      await page.goto(path);
      await chartReady(page);
      const boxes = await chart(page)
        .getByRole('link')
        .evaluateAll((links) =>
          links.map((link) => {
            const box = link.getBoundingClientRect();
            return {
              name: link.getAttribute('aria-label') ?? '',
              x: box.x,
              y: box.y,
              width: box.width,
              height: box.height,
            };
          }),
        );
      expect(boxes.length).toBeGreaterThan(0);
      for (const box of boxes) {
        // Sub-pixel rounding of percentage positions aside.
        expect(box.width, box.name).toBeGreaterThanOrEqual(23.99);
        expect(box.height, box.name).toBeGreaterThanOrEqual(23.99);
      }
      expect(overlapping(boxes), path).toEqual([]);
    }
  });

  test('on a phone, after a tap selects a mark, nothing is left over its neighbours: each still takes its own tap', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('/timeline/');
    await chartReady(page);
    const tapped = timelineEvents[Math.floor(timelineEvents.length / 2)]!;
    await mark(page, tapped).tap();
    await expect(storyHeading(page, tapped)).toBeVisible();
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    // Once the page has settled, the top element at the centre of every drawn mark on screen is that mark
    // (or inside it), unless the story panel, pinned over the lower part of a phone screen, is there.
    const panel = await story(page).elementHandle();
    const covered = () =>
      chart(page)
        .getByRole('link')
        .evaluateAll(
          (links, storyPanel) =>
            links.flatMap((link) => {
              const box = link.getBoundingClientRect();
              const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
              const onScreen = box.width > 0 && box.top >= 0 && box.bottom <= innerHeight;
              const free = top !== null && (link.contains(top) || Boolean(storyPanel?.contains(top)));
              return onScreen && !free
                ? [`${link.getAttribute('aria-label')} (under ${top?.tagName.toLowerCase()})`]
                : [];
            }),
          panel,
        );
    await expect.poll(covered, { timeout: 5_000 }).toEqual([]);
    await context.close();
  });

  test('axe finds nothing on an event page in dark mode with a mark focused', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/timeline/${byId('2023-07-21-wiz-says-key-reached-further').id}/?view=summer-2023`);
    await chartReady(page);
    await chart(page).locator('a:not([tabindex="-1"])').focus();
    expect(await axeViolations(page, 'dark, a mark focused')).toEqual([]);
  });
});
