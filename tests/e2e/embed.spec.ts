// Embeds on a second origin (see host-page.ts).
import { expect, test, type Response } from '@playwright/test';
import { embedCopy } from '../../src/content/embed';
import { graphicsOf } from '../../src/content/graphics';
import { siteCopy } from '../../src/content/site';
import { BASE_PORT } from './playwright.config';
import { chapters, timelineEvents } from '../paths';
import { hydrated, watchErrors } from './helpers';
import {
  allowLocalFrames,
  EMBED,
  expectSizedToContent,
  frameOf,
  HOST,
  hostPage,
  serveHost,
  snippetFor,
} from './host-page';

allowLocalFrames();
const chapter = chapters[0]!;
const event = timelineEvents[4]!;

test.describe('a host page using pym.js', () => {
  test('pym.Parent sizes the iframe to the embed’s content, at 1000px and after narrowing to 360px', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1000, height: 800 });
    await serveHost(page, {
      '/pym.html': hostPage(
        `<div id="storm-timeline"></div><script src="/pym.v1.min.js"></script>` +
          `<script>new pym.Parent('storm-timeline', '${EMBED}/embed/timeline/', { title: 'Timeline of the intrusion' });</script>`,
      ),
    });
    await page.goto(`${HOST}/pym.html`);
    const iframe = page.locator('#storm-timeline iframe');
    const wide = await expectSizedToContent(iframe);
    await page.setViewportSize({ width: 360, height: 800 });
    const narrow = await expectSizedToContent(iframe);
    expect(narrow).toBeGreaterThan(wide);
    expect(errors).toEqual([]);
  });
});

test.describe('the Embed dialog', () => {
  test('its snippet, pasted into a host page, renders at full height with a title', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: EMBED });
    await page.goto(`/${chapter.id}/`);
    await page.getByRole('button', { name: embedCopy.button.chapter }).click();
    const dialog = page.getByRole('dialog', { name: embedCopy.dialog.title });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: embedCopy.dialog.copy }).click();
    await expect(dialog.getByRole('button', { name: embedCopy.dialog.copied })).toBeVisible();
    await expect(dialog.getByRole('status')).toHaveText(embedCopy.dialog.copiedStatus);
    const snippet = await dialog.getByRole('textbox', { name: embedCopy.dialog.codeLabel }).inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    expect(snippet).not.toMatch(/<script>|<script [^>]*>[^<]/);

    const errors = watchErrors(page);
    await serveHost(page, { '/article.html': hostPage(`<p>Some reporting.</p>${snippet}<p>More reporting.</p>`) });
    await page.goto(`${HOST}/article.html`);
    const iframe = page.locator('iframe[data-storm-embed]');
    // The chapter's first graphic is what the dialog offers first.
    const graphic = graphicsOf(chapter.id)[0]!;
    const title = await iframe.getAttribute('title');
    expect(title).toContain(graphic.title);
    await expect(page.getByTitle(title!)).toBeVisible();
    await expectSizedToContent(iframe);
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1, name: graphic.title })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('opening it preloads no script the page has already loaded (Firefox fires an error event on such a link)', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const added: string[] = [];
      (window as unknown as { addedPreloads: string[] }).addedPreloads = added;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLLinkElement && node.rel === 'modulepreload' && document.readyState === 'complete')
              added.push(node.href);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`/${chapter.id}/`);
    await hydrated(page);
    await page.getByRole('button', { name: embedCopy.button.chapter }).click();
    await expect(page.getByRole('dialog', { name: embedCopy.dialog.title })).toBeVisible();
    const { added, scripts } = await page.evaluate(() => ({
      added: (window as unknown as { addedPreloads: string[] }).addedPreloads,
      scripts: [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].map(
        (script) => script.src,
      ),
    }));
    expect(scripts.length).toBeGreaterThan(0);
    expect(added.filter((href) => scripts.includes(href))).toEqual([]);
  });

  test('works from the keyboard: focus moves in, Escape closes and returns focus', async ({ page }) => {
    await page.goto(`/timeline/${event.id}/`);
    // The timeline's Embed button comes with the app, which the reader's first key loads.
    await hydrated(page);
    const button = page.getByRole('button', { name: embedCopy.button.timeline });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: embedCopy.dialog.title });
    await expect(dialog).toBeVisible();
    const part = dialog.getByRole('combobox', { name: embedCopy.dialog.partLabel });
    await expect(part).toBeFocused();
    await expect(part.locator('option:checked')).toContainText(graphicsOf('timeline')[0]!.title);
    await expect(dialog.getByRole('combobox', { name: embedCopy.dialog.eventLabel })).toHaveValue(event.id);
    await expect(dialog.getByTitle(/^Preview: /)).toHaveAttribute(
      'src',
      `${EMBED}/embed/graphics/timeline/${event.id}/?theme=auto`,
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });
});

test.describe('embed.js on a host page', () => {
  test('sizes several embeds on one page, each to its own content', async ({ page }) => {
    await serveHost(page, {
      '/two.html': hostPage(
        snippetFor('/embed/timeline/', 'Timeline') + snippetFor(`/embed/${chapter.id}/`, chapter.title),
      ),
    });
    await page.goto(`${HOST}/two.html`);
    const timeline = await expectSizedToContent(page.locator('iframe').nth(0));
    const who = await expectSizedToContent(page.locator('iframe').nth(1));
    expect(Math.abs(timeline - who)).toBeGreaterThan(2);
  });

  test('an embed whose chapter script fails to load keeps its text and is still sized to it', async ({ page }) => {
    const errors = watchErrors(page);
    await page.route(/\/assets\/what-chapter-[^/]*\.js$/, (route) => route.abort());
    const what = chapters.find((candidate) => candidate.id === 'what')!;
    await serveHost(page, { '/failed.html': hostPage(snippetFor('/embed/what/', what.title)) });
    await page.goto(`${HOST}/failed.html`);
    const iframe = page.locator('iframe');
    await expectSizedToContent(iframe, { hydrated: false });
    const frame = await frameOf(iframe);
    await expect(frame.getByRole('heading', { level: 1, name: what.title })).toBeVisible();
    await expect(frame.getByRole('heading', { name: siteCopy.error.title })).toHaveCount(0);
    expect(errors.filter((error) => !error.includes('Failed to load resource'))).toEqual([]);
  });

  test('ignores height messages from any other window', async ({ page }) => {
    const fakes = [
      "{ sentinel: 'storm-0558-embed', type: 'height', id: '', height: 5 }",
      "{ sentinel: 'storm-0558-embed', type: 'height', id: 'storm-embed-1', height: 7 }",
      "{ sentinel: 'amp', type: 'embed-size', height: 9 }",
      "'pymxPYMxstormxPYMxheightxPYMx11'",
    ];
    const spam = `var sent = 0; setInterval(function () { [${fakes.join(',')}].forEach(function (m) { TARGET.postMessage(m, '*'); }); sent += 1; window.sent = sent; }, 40);`;
    const attackerPage = `<!doctype html><title>ad</title><script>${spam.replace('TARGET', 'parent')}</script>`;
    // One attacker on another origin, one on the embed's own origin (only event.source tells it apart).
    await page.route(`${EMBED}/not-an-embed.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: attackerPage }),
    );
    await serveHost(page, {
      '/spoof.html': hostPage(
        snippetFor('/embed/timeline/', 'Timeline') +
          `<iframe src="${HOST}/attacker.html" title="An advertisement"></iframe>` +
          `<iframe src="${EMBED}/not-an-embed.html" title="Another frame"></iframe>` +
          `<script>${spam.replace('TARGET', 'window')}</script>`,
      ),
      '/attacker.html': attackerPage,
    });
    await page.goto(`${HOST}/spoof.html`);
    const iframe = page.locator('iframe[data-storm-embed]');
    await expectSizedToContent(iframe);
    for (const title of ['An advertisement', 'Another frame']) {
      const attacker = await frameOf(page.getByTitle(title));
      // Off-screen cross-origin frames get their timers throttled: a few rounds are enough.
      await attacker.waitForFunction(() => (window as unknown as { sent?: number }).sent! >= 5);
    }
    await page.waitForFunction(() => (window as unknown as { sent?: number }).sent! >= 25);
    const box = await expectSizedToContent(iframe);
    expect(box).toBeGreaterThan(100);
  });

  test('a sandboxed iframe renders the timeline with no uncaught error', async ({ page }) => {
    const errors = watchErrors(page);
    await serveHost(page, {
      '/sandboxed.html': hostPage(snippetFor('/embed/timeline/', 'Timeline', 'sandbox="allow-scripts allow-popups"')),
    });
    await page.goto(`${HOST}/sandboxed.html`);
    const iframe = page.locator('iframe[data-storm-embed]');
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible();
    // It hydrates (storage throws in there) and embed.js accepts its opaque origin.
    await expectSizedToContent(iframe);
    expect(errors).toEqual([]);
    // No allow-top-navigation in this sandbox: the way out opens a new tab instead.
    const popup = page.waitForEvent('popup');
    await page.frameLocator('iframe').getByRole('link', { name: embedCopy.readFull }).click();
    await expect(await popup).toHaveURL(`${EMBED}/timeline/`);
    expect(page.url()).toBe(`${HOST}/sandboxed.html`);
  });

  test('sandboxed on a host that sends no CORS headers, the embed keeps its styles, and embed.js tells the host why it stays unsized', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    // In a sandbox without allow-same-origin every module script is a CORS request;
    // with no Access-Control-Allow-Origin the browser refuses it, as this abort does.
    await page.route(`${EMBED}/assets/**`, (route) =>
      route.request().resourceType() === 'script' ? route.abort('blockedbyclient') : route.continue(),
    );

    await serveHost(page, {
      '/sandboxed.html': hostPage(snippetFor(`/embed/${chapter.id}/`, chapter.title, 'sandbox="allow-scripts"')),
    });
    await page.goto(`${HOST}/sandboxed.html`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1, name: chapter.title })).toBeVisible();
    // A stylesheet link without crossorigin is fetched in no-cors mode, which needs no such header.
    const styles = frame.locator('link[rel="stylesheet"]');
    expect(await styles.count()).toBeGreaterThan(0);
    await expect(frame.locator('link[rel="stylesheet"][crossorigin]')).toHaveCount(0);
    const font = await frame.locator('body').evaluate((body) => getComputedStyle(body).fontFamily);
    expect(font).not.toMatch(/^"?Times/);
    await expect
      .poll(() => warnings.find((text) => text.includes('no height message')), { timeout: 20_000 })
      .toContain('Access-Control-Allow-Origin');
  });

  test('“Read the full explainer” opens the full page in the top window', async ({ page }) => {
    await serveHost(page, { '/article.html': hostPage(snippetFor(`/embed/${chapter.id}/`, chapter.title)) });
    await page.goto(`${HOST}/article.html`);
    const link = page.frameLocator('iframe').getByRole('link', { name: embedCopy.readFull });
    await expect(link).toHaveAttribute('target', '_top');
    await link.click();
    await expect(page).toHaveURL(`${EMBED}/${chapter.id}/`);
    await expect(page.getByRole('heading', { level: 1, name: chapter.title })).toBeVisible();
  });

  test('a link that leaves the embed, such as an event’s chapter, opens in the top window', async ({ page }) => {
    const eventChapter = chapters.find((c) => c.id === event.chapter)!;
    // The timeline names chapters as the site navigation does.
    const chapterLabel = siteCopy.nav.find((item) => item.page === eventChapter.id)!.label;
    await serveHost(page, { '/article.html': hostPage(snippetFor(`/embed/timeline/${event.id}/`, 'Timeline')) });
    await page.goto(`${HOST}/article.html`);
    const iframe = page.locator('iframe[data-storm-embed]');
    await expectSizedToContent(iframe);
    await page.frameLocator('iframe').getByRole('link', { name: chapterLabel, exact: true }).first().click();
    await expect(page).toHaveURL(`${EMBED}/${eventChapter.id}/`);
  });

  test('loading an embed takes neither focus nor scroll from the host page', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await serveHost(page, {
      '/below.html': hostPage(
        `<button type="button">Host control</button><div style="height: 2000px"></div>` +
          `<iframe src="${EMBED}/embed/timeline/${event.id}/" title="Timeline" data-storm-embed></iframe>` +
          `<script src="${EMBED}/embed.js" async></script>`,
      ),
    });
    await page.goto(`${HOST}/below.html`);
    await page.getByRole('button', { name: 'Host control' }).focus();
    const iframe = page.locator('iframe[data-storm-embed]');
    // Loaded, hydrated and reporting its height, all while out of view.
    await expect(iframe).toHaveAttribute('height', /^\d+$/, { timeout: 10_000 });
    const frame = await frameOf(iframe);
    await frame.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    await expect(page.getByRole('button', { name: 'Host control' })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test.describe('embed pages', () => {
  test('?theme=dark survives selecting an event, which updates the frame’s own URL', async ({ page }) => {
    await serveHost(page, { '/dark.html': hostPage(snippetFor('/embed/timeline/?theme=dark', 'Timeline')) });
    await page.goto(`${HOST}/dark.html`);
    const iframe = page.locator('iframe[data-storm-embed]');
    await expectSizedToContent(iframe);
    const frame = await frameOf(iframe);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.frameLocator('iframe').getByRole('link', { name: event.title }).first().click();
    await expect.poll(() => frame.url()).toBe(`${EMBED}/embed/timeline/${event.id}/?theme=dark`);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(page.url()).toBe(`${HOST}/dark.html`);
    await expectSizedToContent(iframe);
  });

  test('an unknown theme is ignored and the system setting applies', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/embed/timeline/?theme=purple');
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto('/embed/timeline/?theme=light');
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(background);
  });

  for (const path of ['/embed/timeline/', `/embed/timeline/${event.id}/`, ...chapters.map((c) => `/embed/${c.id}/`)]) {
    test(`${path} fits 300px without scrolling sideways`, async ({ page }) => {
      await page.setViewportSize({ width: 300, height: 600 });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

/** What the embed shell may add to a page's scripts (decompressed): today about 4 KB. */
const FRAME_CODE_BYTES = 8 * 1024;

test.describe('hosting', () => {
  test('an embed page loads no more JavaScript than its full page, beyond a few KB of frame code', async ({ page }) => {
    // Bytes of script the page runs once interactive (decompressed), chart
    // chunks included: the site's timeline loads its app at the first key.
    const scriptsOf = async (path: string) => {
      const sizes = new Map<string, number>();
      const listener = async (response: Response) => {
        if (response.request().resourceType() !== 'script') return;
        sizes.set(response.url(), (await response.body()).length);
      };
      page.on('response', listener);
      await page.goto(path);
      await hydrated(page);
      await page.waitForLoadState('networkidle');
      page.off('response', listener);
      return sizes;
    };
    const total = (sizes: Map<string, number>) => [...sizes.values()].reduce((a, b) => a + b, 0);
    for (const [embed, full] of [
      [`/embed/${chapter.id}/`, `/${chapter.id}/`],
      ['/embed/timeline/', '/timeline/'],
    ] as const) {
      const embedScripts = await scriptsOf(embed);
      const fullScripts = await scriptsOf(full);
      expect(embedScripts.size, embed).toBeGreaterThan(0);
      // The embed's own frame code (height messages in three dialects, the
      // host's theme) is all it may add; the site's navigation and footer it skips.
      expect(total(embedScripts), embed).toBeLessThanOrEqual(total(fullScripts) + FRAME_CODE_BYTES);
    }
  });

  test('the demo page embeds the timeline and a chapter, under the strict CSP, with no error', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/embed-demo.html');
    const iframes = page.locator('iframe[data-storm-embed]');
    await expect(iframes).toHaveCount(2);
    for (const index of [0, 1]) await expectSizedToContent(iframes.nth(index));
    expect(errors).toEqual([]);
  });

  test('under a sub-path, the demo page and its embeds work the same', async ({ page }) => {
    const base = `http://127.0.0.1:${BASE_PORT}/news/storm-0558/`;
    const errors = watchErrors(page);
    await page.goto(`${base}embed-demo.html`);
    const first = page.locator('iframe[data-storm-embed]').first();
    await expect(first).toHaveJSProperty('src', `${base}embed/timeline/?theme=auto`);
    await expectSizedToContent(first);
    await expect(page.frameLocator('iframe').first().getByRole('link', { name: embedCopy.readFull })).toHaveAttribute(
      'href',
      '/news/storm-0558/timeline/',
    );
    expect(errors).toEqual([]);
  });
});
