import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { siteCopy } from '../../src/content/site';
import { storyPanelOf } from '../../src/entry-server';
import {
  ENHANCED_ATTRIBUTE,
  startBeforeHydration,
  STORIES_READY_ATTRIBUTE,
  TAKEOVER_EVENT,
  TAKEOVER_FAILED_EVENT,
} from '../../src/site/hydrate-on-interaction';

// A timeline page as the prerender writes it, cut down: two marks, a list
// and the empty story panel; and its stories file, with the templates for
// the timeline and three events.
const panel = (id: string, title: string) =>
  `<section id="timeline-story" aria-label="The selected event" data-has-event=""><nav>` +
  (id === 'b' ? `<a class="step" href="/timeline/a/">Previous event</a>` : '') +
  `<a class="step next" href="/timeline/${id === 'a' ? 'b' : 'c'}/">Next event</a></nav>` +
  `<h2 id="timeline-event-title" tabindex="-1">${title}</h2><p>Story of ${id}</p></section>`;
const empty = '<section id="timeline-story" aria-label="The selected event"><p>Choose an event</p></section>';
const PAGE = `
  <div id="root">
    <a class="skip-link" href="#main">Skip</a>
    <a href="/timeline/">Timeline</a>
    <svg role="group" aria-label="Chart">
      <a href="/timeline/a/" data-event-id="a" aria-label="Event A"><circle r="4"></circle></a>
      <a href="/timeline/b/" data-event-id="b" aria-label="Event B"><circle r="4"></circle></a>
    </svg>
    <button type="button">Victims</button>
    ${empty}
    <ol><li><a href="/timeline/a/">A in the list</a></li><li><a href="/timeline/b/">B in the list</a></li></ol>
    <a href="/who/">Who</a>
  </div>`;
const STORIES = `<!doctype html><html lang="en"><head><title>Stories</title></head><body>
  <template data-story-for="/timeline/" data-story-event="" data-story-title="Timeline">${empty}</template>
  <template data-story-for="/timeline/a/" data-story-event="a" data-story-title="Event A | Site">${panel('a', 'Event A')}</template>
  <template data-story-for="/timeline/b/" data-story-event="b" data-story-title="Event B | Site">${panel('b', 'Event B')}</template>
  <template data-story-for="/timeline/c/" data-story-event="c" data-story-title="Event C | Site">${panel('c', 'Event C')}</template>`;

const scripts = {
  app: '/assets/index.js',
  preload: ['/assets/framework.js', '/assets/timeline-page.js'],
  stories: '/timeline/stories.html',
};
const markOf = (name: string) => screen.getByRole('link', { name });
const click = (element: Element, init: MouseEventInit = {}) => fireEvent.click(element, { button: 0, ...init });

let stop: () => void;
let importApp: ReturnType<typeof vi.fn<(url: string) => Promise<unknown>>>;
let fetchText: ReturnType<typeof vi.fn<(url: string) => Promise<string>>>;

/** Starts the boot script and waits for its stories file. */
async function start(stories: Promise<string> = Promise.resolve(`${STORIES}</body></html>`)) {
  importApp = vi.fn<(url: string) => Promise<unknown>>(() => new Promise(() => {}));
  fetchText = vi.fn<(url: string) => Promise<string>>(() => stories);
  stop = startBeforeHydration(document, scripts, importApp, fetchText);
  await stories.then(
    () => vi.waitFor(() => expect(document.documentElement).toHaveAttribute(STORIES_READY_ATTRIBUTE)),
    () => undefined,
  );
}

beforeEach(() => {
  window.history.replaceState(null, '', '/timeline/');
  document.head.replaceChildren();
  document.body.innerHTML = PAGE;
  document.title = 'Timeline';
});

afterEach(() => {
  stop();
  document.documentElement.removeAttribute('data-hydrated');
  document.documentElement.removeAttribute(ENHANCED_ATTRIBUTE);
  document.documentElement.removeAttribute(STORIES_READY_ATTRIBUTE);
});

describe('startBeforeHydration', () => {
  it('marks the page as answering its marks, and loads nothing until the first interaction', async () => {
    await start();
    expect(document.documentElement).toHaveAttribute(ENHANCED_ATTRIBUTE);
    expect(importApp).not.toHaveBeenCalled();
    fireEvent.pointerDown(document.body);
    fireEvent.keyDown(document.body, { key: 'Shift' });
    // After the frame that answers the press is drawn.
    expect(importApp).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(importApp).toHaveBeenCalledTimes(1));
    expect(importApp).toHaveBeenCalledWith('/assets/index.js');
    // What the browser is told to fetch: no reader sees <head>, so no role finds it.
    // eslint-disable-next-line testing-library/no-node-access
    const preloaded = [...document.head.querySelectorAll('link')].map(
      (link) => `${link.getAttribute('rel')} ${link.getAttribute('href')}`,
    );
    expect(preloaded).toEqual(scripts.preload.map((href) => `modulepreload ${href}`));
  });

  it('a press on a mark loads the app only after its click has shown the story', async () => {
    await start();
    fireEvent.pointerDown(markOf('Event B'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(importApp).not.toHaveBeenCalled();
    click(markOf('Event B'));
    expect(screen.getByRole('heading', { name: 'Event B' })).toBeInTheDocument();
    expect(importApp).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(importApp).toHaveBeenCalledTimes(1));
  });

  it('loads the app at once when the address asks for a view or lanes the served page does not show', async () => {
    window.history.replaceState(null, '', '/timeline/?view=summer-2023');
    await start();
    expect(importApp).toHaveBeenCalledWith('/assets/index.js');
  });

  it('shows a clicked mark’s story in place: panel, current mark and list link, address, title and announcement', async () => {
    await start();
    click(markOf('Event B'));
    expect(screen.getByRole('heading', { name: 'Event B' })).toBeInTheDocument();
    // The address, the title and the announcement follow once the story's frame is drawn.
    expect(window.location.pathname).toBe('/timeline/');
    await vi.waitFor(() => expect(window.location.pathname).toBe('/timeline/b/'));
    expect(document.title).toBe('Event B | Site');
    expect(markOf('Event B')).toHaveAttribute('aria-current', 'page');
    expect(markOf('Event A')).not.toHaveAttribute('aria-current');
    const listB = markOf('B in the list');
    expect(listB).toHaveAttribute('aria-current', 'page');
    expect(listB).toHaveAttribute('data-status', 'active');
    expect(listB).toHaveClass('active');
    expect(markOf('A in the list')).not.toHaveAttribute('class');
    // Links that are not an event's keep their state: the skip link, the timeline's own, a chapter's.
    for (const name of ['Skip', 'Timeline', 'Who']) expect(markOf(name)).not.toHaveAttribute('aria-current');
    expect(screen.getByText(`${siteCopy.routeAnnounced} Event B | Site`)).toHaveAttribute('aria-live', 'polite');
  });

  it('keeps focus on Next across the new story, and takes a list reader to the story heading', async () => {
    await start();
    click(markOf('Event A'));
    const next = screen.getByRole('link', { name: 'Next event' });
    next.focus();
    click(next);
    await vi.waitFor(() => expect(window.location.pathname).toBe('/timeline/b/'));
    expect(screen.getByRole('link', { name: 'Next event' })).toHaveFocus();
    click(markOf('A in the list'));
    expect(screen.getByRole('heading', { name: 'Event A' })).toHaveFocus();
  });

  it('fetches the stories file once the page has painted, and leaves a mark to the browser until it is in', async () => {
    let deliver: (text: string) => void = () => {};
    const pending = start(new Promise<string>((resolve) => (deliver = resolve)));
    expect(fetchText).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(fetchText).toHaveBeenCalledExactlyOnceWith('/timeline/stories.html'));
    expect(click(markOf('Event B'))).toBe(true);
    expect(screen.getByText('Choose an event')).toBeInTheDocument();
    deliver(`${STORIES}</body></html>`);
    await pending;
    expect(click(markOf('Event B'))).toBe(false);
    expect(screen.getByRole('heading', { name: 'Event B' })).toBeInTheDocument();
  });

  it('without its stories file, warns and keeps every mark a plain link', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await start(Promise.reject(new Error('/timeline/stories.html: 404')));
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(document.documentElement).not.toHaveAttribute(STORIES_READY_ATTRIBUTE);
    expect(click(markOf('Event B'))).toBe(true);
    expect(screen.getByText('Choose an event')).toBeInTheDocument();
  });

  it('leaves modified clicks, other pages and in-page links to the browser', async () => {
    await start();
    const withCtrl = click(markOf('Event B'), { ctrlKey: true });
    expect(withCtrl).toBe(true);
    expect(click(markOf('Who'))).toBe(true);
    expect(click(markOf('Skip'))).toBe(true);
    expect(window.location.pathname).toBe('/timeline/');
  });

  it('restores the story of the address Back returns to', async () => {
    await start();
    click(markOf('Event A'));
    await vi.waitFor(() => expect(window.location.pathname).toBe('/timeline/a/'));
    window.history.replaceState(null, '', '/timeline/');
    fireEvent.popState(window);
    expect(screen.getByText('Choose an event')).toBeInTheDocument();
    expect(markOf('Event A')).not.toHaveAttribute('aria-current');
  });

  it('once the app starts, holds a followed link and presses it again when React has hydrated', async () => {
    await start();
    document.dispatchEvent(new Event(TAKEOVER_EVENT));
    const held = markOf('Event B');
    expect(click(held)).toBe(false);
    // Held, not shown: React draws it.
    expect(screen.queryByRole('heading', { name: 'Event B' })).not.toBeInTheDocument();
    const replayed = vi.fn();
    held.addEventListener('click', replayed);
    document.documentElement.setAttribute('data-hydrated', '');
    return vi.waitFor(() => expect(replayed).toHaveBeenCalledTimes(1));
  });

  it('presses a button pressed before React once it has hydrated, and gives the page back if the app gives up', async () => {
    await start();
    const button = screen.getByRole('button', { name: 'Victims' });
    const replayed = vi.fn();
    click(button);
    button.addEventListener('click', replayed);
    document.documentElement.setAttribute('data-hydrated', '');
    await vi.waitFor(() => expect(replayed).toHaveBeenCalledTimes(1));

    stop();
    document.documentElement.removeAttribute('data-hydrated');
    await start();
    document.dispatchEvent(new Event(TAKEOVER_EVENT));
    document.dispatchEvent(new Event(TAKEOVER_FAILED_EVENT));
    click(markOf('Event A'));
    expect(screen.getByRole('heading', { name: 'Event A' })).toBeInTheDocument();
  });
});

describe('storyPanelOf', () => {
  it('cuts the story panel out of a page’s markup, and refuses one it cannot cut whole', async () => {
    const page = `<main><p>before</p>${panel('a', 'Event A')}<section><h2>List</h2></section></main>`;
    expect(storyPanelOf(page)).toBe(panel('a', 'Event A'));
    expect(storyPanelOf('<main></main>')).toBeUndefined();
    expect(() => storyPanelOf('<section id="timeline-story"><section>inner</section></section>')).toThrow(
      /section of its own/,
    );
  });
});
