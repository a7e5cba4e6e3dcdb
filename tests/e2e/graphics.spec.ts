// Every entry of /data/embeds.json, as a newsroom would use it: framed by
// pym.js at a 700 px article column and by embed.js at 360 px, its oEmbed
// document, and its URL options.
import { expect, test, type Page } from '@playwright/test';
import { embedCopy } from '../../src/content/embed';
import { attackStepperCopy, attackSteps } from '../../src/content/sections/attack-steps';
import { timelineCopy } from '../../src/content/sections/timeline';
import { lanes } from '../../src/data/lanes';
import { embedEntries } from '../../src/embed/embed-catalog';
import { fillTemplate } from '../../src/lib/fill-template';
import { hydrated, watchErrors } from './helpers';
import { allowLocalFrames, EMBED, expectSizedToContent, HOST, hostPage, serveHost } from './host-page';
import { timelineEvents } from '../paths';
import type { PublishedEmbed as Embed } from '../published-embed';

allowLocalFrames();
test.describe.configure({ mode: 'parallel' });

/** The limits for a graphic's first state, by frame width. */
const LIMITS = { 700: 900, 360: 1400 } as const;

/** A published URL (on the build's SITE_URL) as a path on the test server. */
const local = (url: string) => new URL(url).pathname;

async function loadCatalog(page: Page): Promise<Embed[]> {
  const response = await page.request.get('/data/embeds.json');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { embeds: Embed[] }).embeds;
}

// Each entry of the catalog is its own test (tests/built-site/embeds.test.ts checks the published catalog is this list).
const ENTRY_IDS = embedEntries.map((entry) => entry.id);

for (const id of ENTRY_IDS) {
  test(`${id}: sized by pym.js at 700 px and embed.js at 360 px, within its limits, with no console error`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const embed = (await loadCatalog(page)).find((candidate) => candidate.id === id);
    expect(embed, `${id} is in /data/embeds.json`).toBeDefined();
    const src = `${EMBED}${local(embed!.embedUrl)}`;
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1000, height: 900 });
    await serveHost(page, {
      '/article.html': hostPage(
        `<div id="pym-column" style="width:700px"></div>` +
          `<div style="width:360px"><iframe src="${src}" title="${embed!.iframeTitle}" height="${embed!.defaultHeight}" style="border:0;width:100%" data-storm-embed></iframe></div>` +
          `<script src="/pym.v1.min.js"></script><script src="${EMBED}/embed.js" async></script>` +
          `<script>new pym.Parent('pym-column', '${src}', { title: 'pym' });</script>`,
      ),
    });
    await page.goto(`${HOST}/article.html`);
    const column = await expectSizedToContent(page.locator('#pym-column iframe'));
    const phone = await expectSizedToContent(page.locator('iframe[data-storm-embed]'));
    if (embed!.kind === 'graphic') {
      expect(column, 'height at 700 px').toBeLessThanOrEqual(LIMITS[700]);
      expect(phone, 'height at 360 px').toBeLessThanOrEqual(LIMITS[360]);
      // The snippet's fixed height (for pages that strip its script) holds the graphic at 700 px.
      expect(embed!.defaultHeight, 'fixed height').toBeGreaterThanOrEqual(column);
    }
    expect(errors).toEqual([]);
  });
}

test.describe('URL options', () => {
  test('the timeline graphic opens at an event, in the summer view, with one lane, and keeps them as the reader clicks on', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const event = timelineEvents.find(
      (candidate) => candidate.lane === 'microsoft' && candidate.date.startsWith('2023-07'),
    )!;
    await page.goto(`/embed/graphics/timeline/${event.id}/?view=summer-2023&lanes=microsoft&theme=dark`);
    await hydrated(page);
    await expect(page.getByRole('heading', { level: 2, name: event.title, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: timelineCopy.chart.views['summer-2023'] })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const microsoft = lanes.find((lane) => lane.id === 'microsoft')!;
    for (const lane of lanes) {
      await expect(page.getByRole('button', { name: lane.label, exact: true })).toHaveAttribute(
        'aria-pressed',
        String(lane === microsoft),
      );
    }
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('link', { name: new RegExp(`^${timelineCopy.details.next}`) }).click();
    await expect(page).toHaveURL(/\/embed\/graphics\/timeline\/[a-z0-9-]+\/\?.*lanes=microsoft/);
    await expect(page).toHaveURL(/theme=dark/);
    expect(errors).toEqual([]);
  });

  test('bad option values fall back to the defaults, with no error', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/embed/graphics/timeline/?view=%3Cscript%3E&lanes=nope,,%00&theme=purple');
    await hydrated(page);
    await expect(page.getByRole('button', { name: timelineCopy.chart.views['whole-story'] })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    for (const lane of lanes)
      await expect(page.getByRole('button', { name: lane.label, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: /^Showing / })).toHaveText(
      fillTemplate(timelineCopy.chart.status, { shown: timelineEvents.length, total: timelineEvents.length }),
    );
    await expect(page.locator('html')).not.toHaveAttribute('data-theme');
    await page.goto('/embed/graphics/attack-stepper/?step=99');
    await hydrated(page);
    await expect(
      page.getByText(fillTemplate(attackStepperCopy.stepOf, { n: 1, total: attackSteps.length }), { exact: true }),
    ).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the attack stepper graphic opens at the step its URL names', async ({ page }) => {
    await page.goto('/embed/graphics/attack-stepper/?step=3');
    await hydrated(page);
    await expect(
      page.getByText(fillTemplate(attackStepperCopy.stepOf, { n: 3, total: attackSteps.length }), { exact: true }),
    ).toBeVisible();
  });

  test('an unknown graphic or event is the not-found page, with status 404', async ({ page }) => {
    for (const path of ['/embed/graphics/no-such-graphic/', '/embed/graphics/timeline/no-such-event/']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
});

test('the Embed dialog previews the chosen graphic at 360 px, as tall as the graphic says it is', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/who/');
  await hydrated(page);
  await page.getByRole('button', { name: embedCopy.button.chapter }).click();
  const dialog = page.getByRole('dialog', { name: embedCopy.dialog.title });
  await dialog.getByRole('radio', { name: embedCopy.dialog.previewWidths.phone }).check();
  const preview = dialog.getByTitle(/^Preview: /);
  await preview.scrollIntoViewIfNeeded();
  await expect.poll(() => preview.evaluate((element) => element.getBoundingClientRect().width)).toBeCloseTo(362, -1);
  const frame = page.frameLocator('iframe[title^="Preview: "]');
  await expect(frame.locator('html[data-hydrated]')).toBeAttached();
  await expect
    .poll(async () => {
      const content = await frame.locator('html').evaluate((element) => element.getBoundingClientRect().height);
      const box = await preview.evaluate((element) => element.clientHeight);
      return Math.abs(content - box);
    })
    .toBeLessThanOrEqual(2);
});
