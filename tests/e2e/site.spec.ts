// Addresses, navigation and hosting: not-found pages, moved events, trailing
// slashes, in-page navigation, a sub-path, framing and encodings. (Every
// path's own checks are in pages.spec; what its HTML holds, in tests/built-site/.)
import { expect, test } from '@playwright/test';
import { BASE_PORT } from './playwright.config';
import { chapters, timelineEvents } from '../paths';
import { hydrated, watchProblems } from './helpers';

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
