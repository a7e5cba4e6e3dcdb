import { afterEach, describe, expect, it, vi } from 'vitest';
import { AFTER_FIRST_PAINT, FIRST_PAINT_TIMEOUT_MS, startAfterFirstPaint } from '../../src/site/after-first-paint';

// What the page asks the browser to run: no reader sees <head>, so no role finds it.
const scriptsInHead = () => [...document.head.querySelectorAll('script')];
const BOOT_META = `<meta name="${AFTER_FIRST_PAINT}" content="/timeline-boot.js" data-app="/assets/index.js" data-stories="/timeline/stories.html" lang="en">`;

/** A browser that reports paints: the test says when each is on screen. */
function reportPaints() {
  const observers: Array<(names: string[]) => void> = [];
  class FakeObserver {
    static readonly supportedEntryTypes = ['paint'];
    constructor(private readonly callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {}
    observe() {
      observers.push((names) => this.callback({ getEntriesByName: (name) => names.filter((entry) => entry === name) }));
    }
    disconnect() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return (...names: string[]) => observers.forEach((report) => report(names));
}

afterEach(() => {
  document.head.replaceChildren();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('startAfterFirstPaint', () => {
  it('starts the script a page names a frame later where the browser reports no paints, with the meta’s data attributes on its tag', async () => {
    document.head.innerHTML = BOOT_META;
    startAfterFirstPaint(document);
    expect(scriptsInHead()).toHaveLength(0);
    await vi.waitFor(() => expect(scriptsInHead()).toHaveLength(1));
    const [script] = scriptsInHead();
    expect(script).toHaveAttribute('src', '/timeline-boot.js');
    expect(script).toHaveAttribute('data-app', '/assets/index.js');
    expect(script).toHaveAttribute('data-stories', '/timeline/stories.html');
    expect(script).not.toHaveAttribute('lang');
  });

  it('waits for the first contentful paint where the browser reports it, and starts the script once', async () => {
    const paint = reportPaints();
    document.head.innerHTML = BOOT_META;
    startAfterFirstPaint(document);
    await new Promise((resolve) => setTimeout(resolve, 50));
    paint('first-paint');
    expect(scriptsInHead()).toHaveLength(0);
    paint('first-paint', 'first-contentful-paint');
    paint('first-contentful-paint');
    expect(scriptsInHead()).toHaveLength(1);
  });

  it('starts the script anyway if no contentful paint is reported in time', () => {
    vi.useFakeTimers();
    reportPaints();
    document.head.innerHTML = BOOT_META;
    startAfterFirstPaint(document);
    vi.advanceTimersByTime(FIRST_PAINT_TIMEOUT_MS - 1);
    expect(scriptsInHead()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(scriptsInHead()).toHaveLength(1);
  });

  it('starts nothing on a page that names no script, or names none in its content', async () => {
    startAfterFirstPaint(document);
    document.head.innerHTML = `<meta name="${AFTER_FIRST_PAINT}" data-app="/assets/index.js">`;
    startAfterFirstPaint(document);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scriptsInHead()).toHaveLength(0);
  });
});
