import { describe, expect, it } from 'vitest';
import {
  EMBED_ATTRIBUTE,
  embedPath,
  embedScriptUrl,
  embedSnippet,
  embedUrl,
  escapeAttribute,
  INITIAL_EMBED_HEIGHT,
  publicRoot,
} from '@/embed/embed-url';

describe('publicRoot', () => {
  it('joins the page’s origin and the build’s base path', () => {
    expect(publicRoot('https://news.example', '/')).toBe('https://news.example/');
    expect(publicRoot('https://news.example', '/news/storm-0558/')).toBe('https://news.example/news/storm-0558/');
    expect(publicRoot('https://news.example/', 'news/storm-0558')).toBe('https://news.example/news/storm-0558/');
  });

  it('defaults to where the page is served from', () => {
    expect(publicRoot()).toBe(`${window.location.origin}${import.meta.env.BASE_URL}`);
  });
});

describe('embed URLs', () => {
  const root = 'https://news.example/news/storm-0558/';

  it('points each kind of embed at its page', () => {
    expect(embedPath({ kind: 'timeline' })).toBe('/embed/timeline/');
    expect(embedPath({ kind: 'event', eventId: '2023-06-16-state-reports' })).toBe('/embed/timeline/2023-06-16-state-reports/');
    expect(embedPath({ kind: 'chapter', chapterId: 'spy-game' })).toBe('/embed/spy-game/');
  });

  it('keeps a hostile id inside its path segment', () => {
    expect(embedPath({ kind: 'event', eventId: '../../x?y#z' })).toBe('/embed/timeline/..%2F..%2Fx%3Fy%23z/');
  });

  it('carries the theme and honours a sub-path', () => {
    expect(embedUrl({ kind: 'chapter', chapterId: 'who' }, 'dark', root)).toBe(
      'https://news.example/news/storm-0558/embed/who/?theme=dark',
    );
    expect(embedScriptUrl(root)).toBe('https://news.example/news/storm-0558/embed.js');
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    src: 'https://x.example/embed/timeline/?theme=auto&a=1',
    scriptSrc: 'https://x.example/embed.js',
    title: 'The “timeline” <of> Storm-0558 & more',
  });

  it('is a titled lazy iframe plus one external script, and no inline script', () => {
    // Parsed into a detached element: nothing loads, and innerHTML never runs scripts.
    const doc = document.createElement('div');
    doc.innerHTML = snippet;
    const iframe = doc.querySelector('iframe');
    expect(iframe).toHaveAttribute('src', 'https://x.example/embed/timeline/?theme=auto&a=1');
    expect(iframe).toHaveAttribute('title', 'The “timeline” <of> Storm-0558 & more');
    expect(iframe).toHaveAttribute('loading', 'lazy');
    expect(iframe).toHaveAttribute('height', String(INITIAL_EMBED_HEIGHT));
    expect(iframe).toHaveAttribute(EMBED_ATTRIBUTE);
    const scripts = doc.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toHaveAttribute('src', 'https://x.example/embed.js');
    expect(scripts[0]).toHaveAttribute('async');
    expect(scripts[0]?.textContent).toBe('');
  });

  it('escapes attribute values so a title cannot break out of its attribute', () => {
    expect(escapeAttribute('"><script>x</script>&')).toBe('&quot;&gt;&lt;script&gt;x&lt;/script&gt;&amp;');
    expect(snippet).not.toContain('<of>');
  });
});
