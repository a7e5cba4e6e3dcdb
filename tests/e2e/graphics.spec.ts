// Every entry of /data/embeds.json, as a newsroom would use it: framed by
// pym.js at a 700 px article column and by embed.js at 360 px, its oEmbed
// document, and its URL options.
import { expect, test, type Page } from '@playwright/test';
import { embedCopy } from '../../src/content/embed';
import { attackStepperCopy, attackSteps } from '../../src/content/sections/attack-steps';
import { timelineCopy } from '../../src/content/sections/timeline';
import { lanes } from '../../src/data/lanes';
import { fillTemplate } from '../../src/lib/fill-template';
import { hydrated, watchErrors } from './helpers';
import { allowLocalFrames, EMBED, expectSizedToContent, HOST, hostPage, serveHost } from './host-page';
import { chapterPaths, eventPaths, timelineEvents } from './paths';

allowLocalFrames();
test.describe.configure({ mode: 'parallel' });

type EmbedOption = { readonly name: string; readonly in: string; readonly values: unknown };
type Embed = {
  readonly id: string;
  readonly kind: 'graphic' | 'page';
  readonly title: string;
  readonly iframeTitle: string;
  readonly embedUrl: string;
  readonly oembedUrl: string;
  readonly defaultHeight: number;
  readonly options: readonly EmbedOption[];
};

/** The limits for a graphic's first state, by frame width. */
const LIMITS = { 700: 900, 360: 1400 } as const;

/** A published URL (on the build's SITE_URL) as a path on the test server. */
const local = (url: string) => new URL(url).pathname;

async function loadCatalog(page: Page): Promise<Embed[]> {
  const response = await page.request.get('/data/embeds.json');
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { embeds: Embed[] }).embeds;
}

// Each entry is its own test, so the ids are listed here; the first test checks the catalog holds exactly these.
const ENTRY_IDS = [
  'timeline',
  'attack-stepper',
  'victims-grid',
  'numbers-disagree',
  'audit-log',
  'advisory-checklist',
  'dwell-chart',
  'page-timeline',
  'page-who',
  'page-what',
  'page-response',
  'page-spy-game',
];

test('/data/embeds.json lists every graphic and whole page, each with its options', async ({ page }) => {
  const embeds = await loadCatalog(page);
  expect(embeds.filter((embed) => embed.kind === 'graphic')).toHaveLength(7);
  expect(embeds.filter((embed) => embed.kind === 'page').map((embed) => local(embed.embedUrl))).toEqual([
    '/embed/timeline/',
    ...chapterPaths.map((path) => `/embed${path}`),
  ]);
  expect(embeds.map((embed) => embed.id)).toEqual(ENTRY_IDS);
  expect(new Set(embeds.map((embed) => embed.oembedUrl)).size).toBe(embeds.length);
  for (const embed of embeds)
    expect(
      embed.options.map((option) => option.name),
      embed.id,
    ).toContain('theme');
});

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

  test(`${id}: its oEmbed document is valid oEmbed 1.0 and its iframe points back at it`, async ({ page }) => {
    const embed = (await loadCatalog(page)).find((candidate) => candidate.id === id)!;
    const response = await page.request.get(local(embed.oembedUrl));
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const oembed = await response.json();
    expect(oembed).toMatchObject({
      type: 'rich',
      version: '1.0',
      title: embed.title,
      provider_name: expect.any(String),
    });
    expect(new URL(oembed.provider_url).protocol).toBe('https:');
    for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) {
      expect(Number.isInteger(oembed[field]) && oembed[field] > 0, field).toBe(true);
    }
    expect(oembed.height).toBe(embed.defaultHeight);
    expect(typeof oembed.thumbnail_url).toBe('string');
    const iframes = [...(oembed.html as string).matchAll(/<iframe\b[^>]*\ssrc="([^"]+)"[^>]*>/g)];
    expect(iframes).toHaveLength(1);
    expect(iframes[0]![1]).toBe(embed.embedUrl);
    expect(oembed.html).toContain(`title="${embed.iframeTitle}"`);
    expect(oembed.html).toContain(`height="${embed.defaultHeight}"`);
    // No inline script: only the external embed.js, which a CMS may strip.
    const scripts = [...(oembed.html as string).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc="[^"]+\/embed\.js"/);
      expect(body).toBe('');
    }
  });
}

test('every page and graphic names its oEmbed document, which exists and frames the right embed', async ({ page }) => {
  test.setTimeout(90_000);
  const embeds = await loadCatalog(page);
  const byDocument = new Map(embeds.map((embed) => [local(embed.oembedUrl), embed]));
  const expected: Record<string, string> = {
    '/': '/embed/graphics/timeline/',
    '/who/': '/embed/graphics/victims-grid/',
    '/what/': '/embed/graphics/attack-stepper/',
    '/response/': '/embed/graphics/audit-log/',
    '/spy-game/': '/embed/graphics/dwell-chart/',
    '/timeline/': '/embed/graphics/timeline/',
    '/sources/': '/embed/graphics/timeline/',
    [eventPaths[3]!]: `/embed/graphics/timeline/${timelineEvents[3]!.id}/`,
    ...Object.fromEntries(
      embeds.filter((embed) => embed.kind === 'graphic').map((embed) => [local(embed.embedUrl), local(embed.embedUrl)]),
    ),
  };
  for (const [path, framed] of Object.entries(expected)) {
    const html = await (await page.request.get(path)).text();
    const links = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)];
    expect(links, path).toHaveLength(1);
    const document = local(links[0]![1]!);
    const response = await page.request.get(document);
    expect(response.ok(), `${path} → ${document}`).toBe(true);
    const oembed = await response.json();
    expect(local(/\ssrc="([^"]+)"/.exec(oembed.html)![1]!), path).toBe(framed);
    if (!document.startsWith('/oembed/timeline/')) expect(byDocument.has(document), document).toBe(true);
  }
});

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
