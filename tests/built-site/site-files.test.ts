// The built site's files beyond its pages: structured data, robots.txt and
// the sitemap, the social image, the data downloads and the precompressed
// copies.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, it } from 'vitest';
import { COMPRESSIBLE } from '../../scripts/lib/precompress.mjs';
import { sitePaths, timelineEvents } from '../paths';
import { builtFile, distDir, readBuilt } from './read-built';

it('the cover carries NewsArticle JSON-LD', () => {
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(readBuilt('/'))![1]!);
  expect(jsonLd).toMatchObject({
    '@type': 'NewsArticle',
    headline: expect.any(String),
    description: expect.any(String),
  });
  expect(jsonLd.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(jsonLd.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(jsonLd.author.length).toBeGreaterThan(0);
  expect(jsonLd.image[0]).toMatch(/social-card\.png$/);
});

it('robots.txt names the sitemap and lets crawlers fetch every page, and the sitemap lists every site page', () => {
  const robots = readBuilt('/robots.txt');
  expect(robots).toMatch(/Sitemap: https:\/\/.+\/sitemap\.xml/);
  // Embeds stay out of search through their noindex, which crawlers only see if robots.txt lets them fetch the page.
  expect(robots).not.toMatch(/^Disallow: \S/m);
  const locations = [...readBuilt('/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  expect(locations.sort()).toEqual(sitePaths.filter((path) => !path.startsWith('/embed/')).sort());
});

it('the social image is a 1200×630 PNG', () => {
  const bytes = readFileSync(builtFile('/social-card.png'));
  expect([...bytes.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
  // Width and height are big-endian at bytes 16 and 20.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});

it('the data files are published in the documented shape', () => {
  const json = JSON.parse(readBuilt('/data/timeline.json'));
  expect(json.events).toHaveLength(timelineEvents.length);
  expect(json.events[0]).toMatchObject({ id: timelineEvents[0]!.id, date: timelineEvents[0]!.date });
  expect(Array.isArray(json.lanes)).toBe(true);
  const csv = readBuilt('/data/timeline.csv');
  // The UTF-8 byte-order mark, once, so that Excel reads the file as UTF-8.
  expect([...readFileSync(builtFile('/data/timeline.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.lastIndexOf('\uFEFF')).toBe(0);
  expect(csv.trim().split('\r\n')).toHaveLength(timelineEvents.length + 1);
});

it('the published folder holds no .vite/, and a .br and .gz beside every compressible file', () => {
  expect(existsSync(join(distDir, '.vite'))).toBe(false);
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });
  const compressible = files.filter((file) => COMPRESSIBLE.has(extname(file)));
  expect(compressible.length).toBeGreaterThan(100);
  const present = new Set(files);
  expect(compressible.filter((file) => !present.has(`${file}.br`) || !present.has(`${file}.gz`))).toEqual([]);
});
