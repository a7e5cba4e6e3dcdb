import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { COMPRESSIBLE } from '../../scripts/lib/precompress.mjs';
import { findGraphic, type GraphicId } from '../../src/content/graphics';
import { BASE_PORT } from './playwright.config';
import { chapters, sitePaths, timelineEvents } from './paths';
import { hydrated, watchProblems } from './helpers';

test.describe('every built path', () => {
  test('loads directly with status 200, one h1, no console problem and hydrates', async ({ page }) => {
    test.setTimeout(180_000);
    const problems = watchProblems(page);
    for (const path of sitePaths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
      await hydrated(page);
      expect(problems, path).toEqual([]);
    }
  });

  test('shows its content with JavaScript off', async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of sitePaths) {
      await page.goto(path);
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1, path).toBeVisible();
      expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(80);
    }
    await context.close();
  });

  test('built HTML has no inline executable script', async ({ request }) => {
    for (const path of sitePaths.slice(0, 12)) {
      const html = await (await request.get(path)).text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      for (const [, attributes, body] of scripts) {
        const isData = /type="application\/ld\+json"/.test(attributes ?? '');
        if (!isData) {
          expect(attributes, path).toMatch(/\bsrc="/);
          expect(body?.trim(), path).toBe('');
        }
      }
    }
  });
});

test('the scripts that hydrate a page are fetched at low priority, after what its first paint needs', async ({
  request,
}) => {
  // (The site's timeline runs no module before the first interaction: see timeline.spec.)
  for (const path of ['/', '/what/', '/sources/', '/embed/who/']) {
    const html = await (await request.get(path)).text();
    const tags = html.match(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g) ?? [];
    expect(tags.length, path).toBeGreaterThan(1);
    for (const tag of tags) expect(tag, path).toContain('fetchpriority="low"');
    // The stylesheets keep their normal (highest) priority.
    expect(html, path).not.toMatch(/<link rel="stylesheet"[^>]*fetchpriority/);
  }
});

test('pages are served with a strict CSP and break none of it', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  for (const path of ['/', '/timeline/', `/timeline/${timelineEvents[3]!.id}/`, '/what/', '/embed/timeline/']) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});

test('an unknown path gets the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See every event on the timeline' })).toBeVisible();
});

test('an unknown event id gets the not-found page with a link to the timeline', async ({ page }) => {
  const problems = watchProblems(page);
  const response = await page.goto('/timeline/no-such-event/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'See every event on the timeline' }).click();
  await expect(page).toHaveURL(/\/timeline\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
});

test('an event’s address from before a correction still works and hands over to the current one', async ({ page }) => {
  const problems = watchProblems(page);
  const moved = timelineEvents.find((event) => 'formerIds' in event)! as (typeof timelineEvents)[number] & {
    formerIds: readonly string[];
  };
  const response = await page.goto(`/timeline/${moved.formerIds[0]}/`);
  expect(response?.status()).toBe(200);
  // Readable at once, from the HTML, and kept out of search in favour of the current page.
  await expect(page.getByRole('heading', { level: 2, name: moved.title })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/timeline/${moved.id}/$`));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page).toHaveURL(new RegExp(`/timeline/${moved.id}/$`));
  expect(problems).toEqual([]);
});

test('a path without its trailing slash redirects to the page', async ({ page }) => {
  const response = await page.goto('/who');
  expect(response?.url()).toMatch(/\/who\/$/);
  await expect(page.getByRole('heading', { level: 1, name: chapters[0]!.title })).toBeVisible();
});

test('navigating between chapters happens in the page and moves focus to the heading', async ({ page }) => {
  await page.goto('/who/');
  await hydrated(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page
    .getByRole('navigation', { name: 'Chapter navigation' })
    .getByRole('link', { name: new RegExp(chapters[1]!.title) })
    .click();
  await expect(page).toHaveURL(/\/what\/$/);
  const heading = page.getByRole('heading', { level: 1, name: chapters[1]!.title });
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(new RegExp(chapters[1]!.title));
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('the data files are published in the documented shape', async ({ request }) => {
  const json = await (await request.get('/data/timeline.json')).json();
  expect(json.events).toHaveLength(timelineEvents.length);
  expect(json.events[0]).toMatchObject({ id: timelineEvents[0]!.id, date: timelineEvents[0]!.date });
  expect(Array.isArray(json.lanes)).toBe(true);
  const csvResponse = await request.get('/data/timeline.csv');
  expect(csvResponse.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const bytes = await csvResponse.body();
  // The UTF-8 byte-order mark, once, so that Excel reads the file as UTF-8.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  expect(csv.lastIndexOf('\uFEFF')).toBe(0);
  expect(csv.trim().split('\r\n')).toHaveLength(timelineEvents.length + 1);
});

test.describe('hosted under a sub-path', () => {
  const base = `http://127.0.0.1:${BASE_PORT}/news/storm-0558`;

  test('pages, assets, client navigation and data work under BASE_PATH', async ({ page, request }) => {
    const problems = watchProblems(page);
    const response = await page.goto(`${base}/`);
    expect(response?.status()).toBe(200);
    await hydrated(page);
    await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(page).toHaveURL(`${base}/timeline/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const eventPage = await page.goto(`${base}/timeline/${timelineEvents[0]!.id}/`);
    expect(eventPage?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 2, name: timelineEvents[0]!.title })).toBeVisible();
    const data = await request.get(`${base}/data/timeline.json`);
    expect(data.status()).toBe(200);
    expect(problems).toEqual([]);
  });
});

/** The full page an embed stands for (its canonical page): a graphic's is its chapter, or the timeline at the same event. */
function fullPageOf(path: string): string {
  const graphic = /^\/embed\/graphics\/([a-z-]+)\/(.*)$/.exec(path);
  if (!graphic) return path.replace(/^\/embed/, '');
  const { chapterId } = findGraphic(graphic[1] as GraphicId);
  return chapterId === 'timeline' ? `/timeline/${graphic[2]}` : `/${chapterId}/`;
}

test('every page has its own title, description, canonical URL, Open Graph and Twitter card', async ({ request }) => {
  const titles = new Set<string>();
  for (const path of sitePaths) {
    const html = await (await request.get(path)).text();
    const meta = (attribute: string, name: string) =>
      new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1];
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
    expect(title, path).toBeTruthy();
    if (!path.startsWith('/embed/')) {
      expect(titles.has(title!), `${path} repeats the title "${title}"`).toBe(false);
      titles.add(title!);
    }
    expect(meta('name', 'description')?.length ?? 0, path).toBeGreaterThanOrEqual(50);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(canonical, path).toMatch(/^https:\/\/[^/]+\/(.*\/)?$/);
    expect(canonical.endsWith(fullPageOf(path)), path).toBe(true);
    expect(meta('property', 'og:title'), path).toBeTruthy();
    expect(meta('property', 'og:url'), path).toBe(canonical);
    expect(meta('property', 'og:image'), path).toMatch(/^https:\/\/.+\/social-card\.png$/);
    expect(meta('property', 'og:image:alt')?.length ?? 0, path).toBeGreaterThan(10);
    expect(meta('name', 'twitter:card'), path).toBe('summary_large_image');
    expect(html.includes('<meta name="robots" content="noindex" />'), path).toBe(path.startsWith('/embed/'));
  }
});

test('the cover carries NewsArticle JSON-LD, and the site ships robots.txt, a sitemap and its social image', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(html)![1]!);
  expect(jsonLd).toMatchObject({
    '@type': 'NewsArticle',
    headline: expect.any(String),
    description: expect.any(String),
  });
  expect(jsonLd.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(jsonLd.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(jsonLd.author.length).toBeGreaterThan(0);
  expect(jsonLd.image[0]).toMatch(/social-card\.png$/);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https:\/\/.+\/sitemap\.xml/);
  // Embeds stay out of search through their noindex, which crawlers only see if robots.txt lets them fetch the page.
  expect(robots).not.toMatch(/^Disallow: \S/m);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap.match(/<loc>/g)).toHaveLength(sitePaths.filter((p) => !p.startsWith('/embed/')).length);
  const image = await request.get('/social-card.png');
  expect(image.headers()['content-type']).toBe('image/png');
  const bytes = await image.body();
  // PNG header: width and height are big-endian at bytes 16 and 20.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('the published folder holds no .vite/, and a .br and .gz beside every compressible file', () => {
  const dist = join(fileURLToPath(new URL('../..', import.meta.url)), process.env.E2E_DIST ?? 'dist');
  expect(existsSync(join(dist, '.vite'))).toBe(false);
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  const compressible = files.filter((file) => COMPRESSIBLE.has(extname(file)));
  expect(compressible.length).toBeGreaterThan(100);
  const present = new Set(files);
  expect(compressible.filter((file) => !present.has(`${file}.br`) || !present.has(`${file}.gz`))).toEqual([]);
});

test('the full site refuses to be framed; the served encoding follows Accept-Encoding', async ({ request }) => {
  const site = await request.get('/who/');
  expect(site.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const embed = await request.get('/embed/who/');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  const br = await request.get('/embed.js', { headers: { 'Accept-Encoding': 'br' } });
  expect(br.headers()['content-encoding']).toBe('br');
  const plain = await request.get('/embed.js', { headers: { 'Accept-Encoding': 'gzip;q=0, identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(await br.text()).toBe(await plain.text());
});
