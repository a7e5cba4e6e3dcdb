import { afterEach, describe, expect, it, vi } from 'vitest';
import { AFTER_FIRST_PAINT, startAfterFirstPaint } from '../../src/site/after-first-paint';

// What the page asks the browser to run: no reader sees <head>, so no role finds it.
const scriptsInHead = () => [...document.head.querySelectorAll('script')];

afterEach(() => {
  document.head.replaceChildren();
});

describe('startAfterFirstPaint', () => {
  it('starts the script a page names once a frame has been drawn, with the meta’s data attributes on its tag', async () => {
    document.head.innerHTML = `<meta name="${AFTER_FIRST_PAINT}" content="/timeline-boot.js" data-app="/assets/index.js" data-stories="/timeline/stories.html" lang="en">`;
    startAfterFirstPaint(document);
    expect(scriptsInHead()).toHaveLength(0);
    await vi.waitFor(() => expect(scriptsInHead()).toHaveLength(1));
    const [script] = scriptsInHead();
    expect(script).toHaveAttribute('src', '/timeline-boot.js');
    expect(script).toHaveAttribute('data-app', '/assets/index.js');
    expect(script).toHaveAttribute('data-stories', '/timeline/stories.html');
    expect(script).not.toHaveAttribute('lang');
  });

  it('starts nothing on a page that names no script, or names none in its content', async () => {
    startAfterFirstPaint(document);
    document.head.innerHTML = `<meta name="${AFTER_FIRST_PAINT}" data-app="/assets/index.js">`;
    startAfterFirstPaint(document);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scriptsInHead()).toHaveLength(0);
  });
});
