import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ampSizeMessage, encodePymMessage, heightMessage, helloMessage } from '@/embed/embed-messages';

type Posted = { data: unknown; target: string };

/** Pretends the page is framed: window.parent is a fake host that records what it is told. */
function frameIn() {
  const posted: Posted[] = [];
  const parent = { postMessage: (data: unknown, target: string) => posted.push({ data, target }) };
  vi.spyOn(window, 'parent', 'get').mockReturnValue(parent as unknown as Window);
  return { parent, posted };
}

/** The hook module reads pym's childId when it loads, so load it after setting the URL. */
async function loadHook(search: string) {
  window.history.replaceState(null, '', `/embed/timeline/${search}`);
  vi.resetModules();
  return import('@/embed/use-auto-height');
}

function fromHost(source: unknown, data: unknown) {
  window.dispatchEvent(new MessageEvent('message', { data, source: source as Window, origin: 'https://host.example' }));
}

let height = 500;
beforeEach(() => {
  height = 500;
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
});
afterEach(() => window.history.replaceState(null, '', '/'));

describe('useAutoHeight', () => {
  it('does nothing when the page is not framed', async () => {
    const { useAutoHeight } = await loadHook('');
    const post = vi.spyOn(window, 'postMessage');
    renderHook(() => useAutoHeight());
    expect(post).not.toHaveBeenCalled();
  });

  it('tells the host its height in AMP and embed.js form, to any origin', async () => {
    const { posted } = frameIn();
    const { useAutoHeight } = await loadHook('?theme=dark');
    renderHook(() => useAutoHeight());
    expect(posted).toContainEqual({ data: ampSizeMessage(500), target: '*' });
    expect(posted).toContainEqual({ data: heightMessage('', 500), target: '*' });
    expect(posted.some((p) => typeof p.data === 'string')).toBe(false);
  });

  it('speaks pym.js to a pym.Parent, answering its width message', async () => {
    const { parent, posted } = frameIn();
    const { useAutoHeight } = await loadHook('?initialWidth=984&childId=storm&parentTitle=Host&parentUrl=x');
    renderHook(() => useAutoHeight());
    expect(posted.map((p) => p.data)).toContain(encodePymMessage('storm', 'height', '500'));
    posted.length = 0;
    height = 640;
    fromHost(parent, encodePymMessage('storm', 'width', '360'));
    expect(posted.map((p) => p.data)).toContain(encodePymMessage('storm', 'height', '640'));
  });

  it('answers embed.js’s hello with its height under the id it was given', async () => {
    const { parent, posted } = frameIn();
    const { useAutoHeight } = await loadHook('');
    renderHook(() => useAutoHeight());
    posted.length = 0;
    fromHost(parent, helloMessage('storm-embed-3'));
    expect(posted).toContainEqual({ data: heightMessage('storm-embed-3', 500), target: '*' });
  });

  it('ignores messages from any window but its host, and malformed ones', async () => {
    const { parent, posted } = frameIn();
    const { useAutoHeight } = await loadHook('?childId=storm');
    renderHook(() => useAutoHeight());
    posted.length = 0;
    const sibling = {};
    fromHost(sibling, helloMessage('x'));
    fromHost(sibling, encodePymMessage('storm', 'width', '360'));
    fromHost(window, helloMessage('x'));
    fromHost(parent, encodePymMessage('other', 'width', '360'));
    fromHost(parent, { sentinel: 'storm-0558-embed', type: 'hello', id: '<script>' });
    fromHost(parent, null);
    fromHost(parent, 'pymxPYMxstormxPYMx');
    expect(posted).toEqual([]);
  });

  it('keeps working when a sandbox makes window.parent throw', async () => {
    vi.spyOn(window, 'parent', 'get').mockImplementation(() => {
      throw new DOMException('Blocked', 'SecurityError');
    });
    const { useAutoHeight } = await loadHook('');
    const { isFramed } = await import('@/embed/frame');
    expect(isFramed()).toBe(true);
    const post = vi.spyOn(window, 'postMessage');
    expect(() => renderHook(() => useAutoHeight())).not.toThrow();
    expect(post).not.toHaveBeenCalled();
  });
});
