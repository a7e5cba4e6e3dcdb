// /embed.js runs on newsroom pages: these tests build it from its source,
// as the site's build does, load it into jsdom and throw every kind of
// message at it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMBED_SENTINEL, heightMessage } from '@/embed/embed-messages';
import { bundleStandalone } from '../../scripts/standalone.mjs';

const source = await bundleStandalone('src/standalone/embed.ts');
const EMBED_ORIGIN = 'https://embed.example';
const SCRIPT_URL = `${EMBED_ORIGIN}/news/storm-0558/embed.js`;

type HostApi = { scan: () => void; version: number };
const host = () => (window as unknown as { Storm0558Embed?: HostApi }).Storm0558Embed;

function runHostScript(src = SCRIPT_URL) {
  // As if loaded by <script src=… async>.
  Object.defineProperty(document, 'currentScript', { value: { src }, configurable: true });
  // Running the file's text is the point of this test: it is the real host script.
  new Function(source)();
  Reflect.deleteProperty(document, 'currentScript');
}

function addFrame(src: string, attributes: Record<string, string> = {}) {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.title = 'An embed';
  iframe.setAttribute('data-storm-embed', '');
  for (const [name, value] of Object.entries(attributes)) iframe.setAttribute(name, value);
  document.body.append(iframe);
  return iframe;
}

function post(data: unknown, source: Window | null, origin = EMBED_ORIGIN) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

beforeEach(() => {
  document.body.replaceChildren();
});

afterEach(() => {
  Reflect.deleteProperty(window, 'Storm0558Embed');
});

describe('embed.js', () => {
  it('sizes an embed iframe from its own height message', () => {
    const iframe = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/timeline/?theme=auto`);
    runHostScript();
    post(heightMessage('', 1234.4), iframe.contentWindow);
    expect(iframe).toHaveAttribute('height', '1235');
    expect(iframe).toHaveStyle({ height: '1235px', width: '100%' });
    expect(iframe).toHaveStyle({ borderWidth: '0px' });
  });

  it('sizes several embeds independently', () => {
    const first = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/timeline/`);
    const second = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/who/`);
    runHostScript();
    post(heightMessage('', 300), first.contentWindow);
    post(heightMessage('', 900), second.contentWindow);
    expect(first).toHaveAttribute('height', '300');
    expect(second).toHaveAttribute('height', '900');
  });

  it('ignores height messages from any other window', () => {
    const iframe = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/timeline/`);
    const stranger = addFrame('https://evil.example/page.html');
    stranger.removeAttribute('data-storm-embed');
    runHostScript();
    post(heightMessage('', 5), stranger.contentWindow);
    post(heightMessage('', 5), window);
    post(heightMessage('', 5), null);
    expect(iframe).not.toHaveAttribute('height');
  });

  it('ignores a message from the right window but the wrong origin', () => {
    const iframe = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/timeline/`);
    runHostScript();
    post(heightMessage('', 5), iframe.contentWindow, 'https://evil.example');
    post(heightMessage('', 5), iframe.contentWindow, 'https://embed.example.evil.example');
    post(heightMessage('', 5), iframe.contentWindow, 'null');
    expect(iframe).not.toHaveAttribute('height');
  });

  it('accepts the opaque "null" origin only from an iframe sandboxed without allow-same-origin, and tells the host what that sandbox costs', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const iframe = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/timeline/`, {
      sandbox: 'allow-scripts allow-popups',
    });
    runHostScript();
    post(heightMessage('', 640), iframe.contentWindow, 'null');
    expect(iframe).toHaveAttribute('height', '640');
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/allow-same-origin .*CORS/);
  });

  it('says which sandbox flags keep the embed from working, and stays quiet for a sandbox that allows what it needs', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/timeline/`, { sandbox: 'allow-same-origin' });
    addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/who/`, {
      sandbox: 'allow-scripts allow-same-origin allow-popups allow-top-navigation-by-user-activation',
    });
    runHostScript();
    expect(warn).toHaveBeenCalledOnce();
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toContain('/embed/timeline/');
    expect(message).toMatch(/allow-scripts .*allow-popups or allow-top-navigation-by-user-activation/);
  });

  it('tells the host when an embed has sent no height 10 s after loading, and only about that embed', () => {
    vi.useFakeTimers();
    try {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const silent = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/timeline/`);
      const talking = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/who/`);
      runHostScript();
      post(heightMessage('', 500), talking.contentWindow);
      vi.advanceTimersByTime(9_000);
      expect(warn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1_000);
      expect(warn).toHaveBeenCalledOnce();
      const message = String(warn.mock.calls[0]?.[0]);
      expect(message).toContain(silent.src);
      expect(message).toMatch(/no height message .*Access-Control-Allow-Origin/);
      silent.dispatchEvent(new Event('load'));
      vi.advanceTimersByTime(20_000);
      expect(warn, 'one warning per embed').toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('sizes the embeds of two sites that share a page, each from its own script', () => {
    const OTHER = 'https://other.example/storm/';
    const ours = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/timeline/`);
    const theirs = addFrame(`${OTHER}embed/who/`);
    runHostScript();
    runHostScript(`${OTHER}embed.js`);
    post(heightMessage('', 300), ours.contentWindow);
    post(heightMessage('', 400), theirs.contentWindow, 'https://other.example');
    expect(ours).toHaveAttribute('height', '300');
    expect(theirs).toHaveAttribute('height', '400');
  });

  it('forgets an embed the page removes, so the same iframe put back is greeted again', () => {
    const iframe = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/timeline/`);
    runHostScript();
    iframe.remove();
    host()!.scan();
    document.body.append(iframe);
    const hello = vi.spyOn(iframe.contentWindow!, 'postMessage');
    host()!.scan();
    expect(hello).toHaveBeenCalledWith(expect.objectContaining({ type: 'hello' }), '*');
  });

  it.each([
    ['a string', 'pymxPYMxstormxPYMxheightxPYMx5'],
    ['null', null],
    ['an array', [EMBED_SENTINEL, 'height', 5]],
    ['a JSON string', JSON.stringify(heightMessage('', 5))],
    ['a string height', { sentinel: EMBED_SENTINEL, type: 'height', id: '', height: '5' }],
    ['a negative height', heightMessage('', -5)],
    ['NaN', heightMessage('', Number.NaN)],
    ['an absurd height', heightMessage('', 1e9)],
    ['a missing id', { sentinel: EMBED_SENTINEL, type: 'height', height: 5 }],
    ['another embed’s id', heightMessage('storm-embed-999', 5)],
    ['the AMP sentinel', { sentinel: 'amp', type: 'embed-size', height: 5 }],
  ])('ignores a malformed message: %s', (_label, data) => {
    const iframe = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/timeline/`);
    runHostScript();
    expect(() => post(data, iframe.contentWindow)).not.toThrow();
    expect(iframe).not.toHaveAttribute('height');
  });

  it('leaves iframes that are not this site’s embeds alone', () => {
    const elsewhere = addFrame('https://other.example/embed/timeline/');
    const notAnEmbed = addFrame(`${EMBED_ORIGIN}/news/storm-0558/timeline/`);
    runHostScript();
    post(heightMessage('', 5), elsewhere.contentWindow, 'https://other.example');
    post(heightMessage('', 5), notAnEmbed.contentWindow);
    expect(elsewhere).not.toHaveAttribute('height');
    expect(notAnEmbed).not.toHaveAttribute('height');
    expect(elsewhere).not.toHaveAttribute('style');
  });

  it('turns a placeholder link into a titled, lazy embed iframe', () => {
    const link = document.createElement('a');
    link.href = `${EMBED_ORIGIN}/news/storm-0558/embed/who/`;
    link.textContent = '  Who did it,\n and who was hit  ';
    link.setAttribute('data-storm-embed', '');
    document.body.append(link);
    runHostScript();
    const iframe = document.querySelector('iframe');
    expect(iframe).toHaveAttribute('src', link.href);
    expect(iframe).toHaveAttribute('title', 'Who did it, and who was hit');
    expect(iframe).toHaveAttribute('loading', 'lazy');
    post(heightMessage('', 700), iframe?.contentWindow ?? null);
    expect(iframe).toHaveAttribute('height', '700');
  });

  it('does not turn a placeholder to another site into an iframe', () => {
    const link = document.createElement('a');
    link.href = 'javascript:alert(1)';
    link.setAttribute('data-storm-embed', '');
    document.body.append(link);
    runHostScript();
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('defines one global, and a second copy of the script adds embeds instead of listening twice', () => {
    const before = new Set(Object.keys(window));
    const first = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/timeline/`);
    runHostScript();
    expect([...Object.keys(window)].filter((key) => !before.has(key))).toEqual(['Storm0558Embed']);
    const api = host();
    const second = addFrame(`${EMBED_ORIGIN}/news/storm-0558/embed/what/`);
    runHostScript();
    expect(host()).toBe(api);
    post(heightMessage('', 410), second.contentWindow);
    post(heightMessage('', 420), first.contentWindow);
    expect(second).toHaveAttribute('height', '410');
    expect(first).toHaveAttribute('height', '420');
  });
});
