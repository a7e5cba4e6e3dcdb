import { describe, expect, it } from 'vitest';
import { EMBED_ATTRIBUTE, INITIAL_EMBED_HEIGHT } from '@/embed/embed-messages';
import { embedScriptUrl, embedSnippet, embedUrl, escapeAttribute, publicUrl } from '@/embed/embed-url';
import { embedLink } from '@/site/links';
import { createTestRouter } from '../utils/render-with-router';

describe('embed URLs', () => {
  const origin = 'https://news.example';
  const href = (target: Parameters<typeof embedLink>[0]) =>
    createTestRouter('/').buildLocation(embedLink(target)).publicHref;

  it('points each kind of embed at its page', () => {
    expect(href({ kind: 'timeline' })).toBe('/embed/timeline/');
    expect(href({ kind: 'event', eventId: '2023-06-16-state-reports' })).toBe(
      '/embed/timeline/2023-06-16-state-reports/',
    );
    expect(href({ kind: 'chapter', chapterId: 'spy-game' })).toBe('/embed/spy-game/');
  });

  it('keeps a hostile id inside its path segment', () => {
    expect(href({ kind: 'event', eventId: '../../x?y#z' })).toBe('/embed/timeline/..%2F..%2Fx%3Fy%23z/');
  });

  it('makes the router’s href absolute on the page’s origin, with the theme', () => {
    expect(publicUrl('/news/storm-0558/embed/who/', origin)).toBe('https://news.example/news/storm-0558/embed/who/');
    expect(embedUrl('/news/storm-0558/embed/who/', { theme: 'dark' }, origin)).toBe(
      'https://news.example/news/storm-0558/embed/who/?theme=dark',
    );
    expect(embedScriptUrl(origin)).toBe(`https://news.example${import.meta.env.BASE_URL}embed.js`);
    expect(publicUrl('/embed/who/')).toBe(`${window.location.origin}/embed/who/`);
  });

  it('adds the options a host chose, and leaves the defaults out', () => {
    const timeline = '/embed/graphics/timeline/';
    expect(embedUrl(timeline, { theme: 'auto', view: 'summer-2023', lanes: 'microsoft,victims' }, origin)).toBe(
      'https://news.example/embed/graphics/timeline/?theme=auto&view=summer-2023&lanes=microsoft%2Cvictims',
    );
    expect(embedUrl('/embed/graphics/attack-stepper/', { theme: 'light', step: 3 }, origin)).toBe(
      'https://news.example/embed/graphics/attack-stepper/?theme=light&step=3',
    );
    expect(embedUrl('/embed/graphics/attack-stepper/', { theme: 'light', step: 1 }, origin)).toBe(
      'https://news.example/embed/graphics/attack-stepper/?theme=light',
    );
  });

  it('builds the graphic embeds’ paths, the timeline graphic at an event too', () => {
    expect(href({ kind: 'graphic', graphicId: 'victims-grid' })).toBe('/embed/graphics/victims-grid/');
    expect(href({ kind: 'timeline-graphic' })).toBe('/embed/graphics/timeline/');
    expect(href({ kind: 'timeline-graphic', eventId: 'a-b' })).toBe('/embed/graphics/timeline/a-b/');
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
