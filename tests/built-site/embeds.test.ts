// The embed catalog (/data/embeds.json) and the oEmbed documents, as a CMS
// reads them; graphics.spec frames each entry in a browser.
import { describe, expect, it } from 'vitest';
import { embedEntries } from '@/embed/embed-catalog';
import { chapterPaths, eventPaths, timelineEvents } from '../paths';
import type { PublishedEmbed as Embed } from '../published-embed';
import { pathOf, readBuilt } from './read-built';

const embeds = (JSON.parse(readBuilt('/data/embeds.json')) as { embeds: Embed[] }).embeds;
const readOembed = (path: string) => JSON.parse(readBuilt(path));

it('/data/embeds.json lists every graphic and whole page, each with its options', () => {
  expect(embeds.filter((embed) => embed.kind === 'graphic')).toHaveLength(7);
  expect(embeds.filter((embed) => embed.kind === 'page').map((embed) => pathOf(embed.embedUrl))).toEqual([
    '/embed/timeline/',
    ...chapterPaths.map((path) => `/embed${path}`),
  ]);
  // graphics.spec frames each entry of this list in a browser.
  expect(embeds.map((embed) => embed.id)).toEqual(embedEntries.map((entry) => entry.id));
  expect(new Set(embeds.map((embed) => embed.id)).size).toBe(embeds.length);
  expect(new Set(embeds.map((embed) => embed.oembedUrl)).size).toBe(embeds.length);
  for (const embed of embeds)
    expect(
      embed.options.map((option) => option.name),
      embed.id,
    ).toContain('theme');
});

describe.each(embeds)('$id', (embed) => {
  it('has a valid oEmbed 1.0 document whose iframe points back at the embed', () => {
    const oembed = readOembed(pathOf(embed.oembedUrl));
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
    for (const [, attributes, body] of (oembed.html as string).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(attributes).toMatch(/\ssrc="[^"]+\/embed\.js"/);
      expect(body).toBe('');
    }
  });
});

it('every page and graphic names its oEmbed document, which frames the right embed', () => {
  const documents = new Set(embeds.map((embed) => pathOf(embed.oembedUrl)));
  const graphics = embeds.filter((embed) => embed.kind === 'graphic').map((embed) => pathOf(embed.embedUrl));
  const expected: Record<string, string> = {
    '/': '/embed/graphics/timeline/',
    '/who/': '/embed/graphics/victims-grid/',
    '/what/': '/embed/graphics/attack-stepper/',
    '/response/': '/embed/graphics/audit-log/',
    '/spy-game/': '/embed/graphics/dwell-chart/',
    '/timeline/': '/embed/graphics/timeline/',
    '/sources/': '/embed/graphics/timeline/',
    [eventPaths[3]!]: `/embed/graphics/timeline/${timelineEvents[3]!.id}/`,
    ...Object.fromEntries(graphics.map((path) => [path, path])),
  };
  for (const [path, framed] of Object.entries(expected)) {
    const links = [
      ...readBuilt(path).matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g),
    ];
    expect(links, path).toHaveLength(1);
    const document = pathOf(links[0]![1]!);
    expect(pathOf(/\ssrc="([^"]+)"/.exec(readOembed(document).html)![1]!), path).toBe(framed);
    if (!document.startsWith('/oembed/timeline/')) expect(documents.has(document), document).toBe(true);
  }
});
