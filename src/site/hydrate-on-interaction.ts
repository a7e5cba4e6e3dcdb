import { siteCopy } from '@/content/site';
import { afterNextPaint } from '@/lib/after-paint';

/**
 * The site's timeline pages load no framework until the reader first does
 * something (a press, a key, a touch, a focus). Until then a small script
 * (src/standalone/timeline-boot.ts) answers a click on a mark, on an event
 * in the list, or on Previous and Next in place: it puts that event's story
 * in the panel from a <template> the prerender wrote for each page of the
 * timeline (in one file, fetched as the page starts; until it is in, a
 * mark is a plain link), marks the event current on the chart and in the list, and
 * pushes the event's address, leaving the page exactly as that address's
 * prerendered HTML reads, so React hydrates it without a mismatch.
 */

/** The story panel's id: the element a template replaces. */
export const STORY_PANEL_ID = 'timeline-story';
/** The story's heading, where a reader who picks an event in the list is taken. */
export const STORY_HEADING_ID = 'timeline-event-title';
/** On each <template>: the page path whose story panel it holds. */
export const STORY_PATH_ATTRIBUTE = 'data-story-for';
/** The event the page shows, or "" for the timeline without one. */
export const STORY_EVENT_ATTRIBUTE = 'data-story-event';
/** That page's document title. */
export const STORY_TITLE_ATTRIBUTE = 'data-story-title';
/** Set on <html> while a script takes the page's presses (before React; removed if the app cannot load). */
export const ENHANCED_ATTRIBUTE = 'data-enhanced';
/** Set on <html> while the stories are in and React is not: a click on the chart shows its story in place. */
export const STORIES_READY_ATTRIBUTE = 'data-stories-ready';
/** Dispatched on document by the app as it starts: from then on React owns the page. */
export const TAKEOVER_EVENT = 'storm:takeover';
/** Dispatched on document by the app when it gives up hydrating (a script did not load). */
export const TAKEOVER_FAILED_EVENT = 'storm:takeover-failed';

/** What the reader's first interaction starts loading: the app's entry and the modules it needs. */
export type AppScripts = {
  readonly app: string;
  readonly preload: readonly string[];
  /** The file of the timeline's story templates, fetched at once. */
  readonly stories: string;
};

const FIRST_INTERACTION = ['pointerdown', 'keydown', 'touchstart', 'focusin'] as const;

/**
 * Starts answering the timeline's links in place, and loads the app at the
 * first interaction (or at once, when the address asks for a view or a
 * filter the prerendered page does not show). importApp is the browser's
 * import() and fetchText reads a file; both are replaceable in tests.
 * Returns a function that stops everything.
 */
export function startBeforeHydration(
  doc: Document,
  scripts: AppScripts,
  importApp: (url: string) => Promise<unknown>,
  fetchText?: (url: string) => Promise<string>,
): () => void {
  const win = doc.defaultView;
  const root = doc.getElementById('root');
  if (!win || !root) return () => {};
  // The stories are fetched once the page has loaded and painted, so they
  // never compete with its first screen; until they are in, a click on a
  // mark is the plain link it is.
  const stories = new Map<string, HTMLTemplateElement>();
  let stopped = false;
  const read =
    fetchText ??
    (async (url: string) => {
      const response = await win.fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.text();
    });
  const fetchStories = () => {
    if (stopped) return;
    read(scripts.stories)
      .then((text) => {
        if (stopped) return;
        const file = new win.DOMParser().parseFromString(text, 'text/html');
        for (const template of file.querySelectorAll<HTMLTemplateElement>(`template[${STORY_PATH_ATTRIBUTE}]`)) {
          stories.set(template.getAttribute(STORY_PATH_ATTRIBUTE) ?? '', template);
        }
        if (stories.size > 0) doc.documentElement.setAttribute(STORIES_READY_ATTRIBUTE, '');
      })
      .catch((error: unknown) =>
        console.warn('The timeline could not load its stories; each mark opens its event’s page.', error),
      );
  };
  if (doc.readyState === 'complete') afterNextPaint(fetchStories, win);
  else win.addEventListener('load', () => afterNextPaint(fetchStories, win), { once: true });
  let mode: 'enhance' | 'hold' = 'enhance';
  // The page whose story is shown: its address is pushed a frame later.
  let shownPath = win.location.pathname;
  // A button pressed, or (once the app is starting) a link followed, before
  // React could answer: pressed again for the reader once it can.
  let held: Element | undefined;
  let loading = false;
  const announcer = doc.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('aria-live', 'polite');
  announcer.setAttribute('aria-atomic', 'true');
  doc.body.append(announcer);

  const load = () => {
    if (loading) return;
    loading = true;
    for (const href of scripts.preload) {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      doc.head.append(link);
    }
    importApp(scripts.app).catch((error: unknown) => {
      // The page goes on answering its links in place, as served; the view
      // and lane buttons, which need the app, are hidden again.
      doc.documentElement.removeAttribute(ENHANCED_ATTRIBUTE);
      held = undefined;
      console.warn('The timeline could not load its scripts; its links still work.', error);
    });
  };

  // Loading costs the main thread a moment (a link per module, the import):
  // it waits until the frame that answers the reader is drawn. A press on
  // one of the timeline's links waits for its click, which shows the story
  // first (or half a second, if no click comes).
  let awaitingClick: number | undefined;
  const loadAfterPaint = () => afterNextPaint(load, win);
  const onFirstInteraction = (event: Event) => {
    for (const type of FIRST_INTERACTION) doc.removeEventListener(type, onFirstInteraction, true);
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if ((event.type === 'pointerdown' || event.type === 'touchstart') && link && stories.has(pathOf(link, win))) {
      awaitingClick = win.setTimeout(loadAfterPaint, 500);
    } else loadAfterPaint();
  };

  /**
   * Shows the story of the page at pathname; false if this page has none
   * for it. The title and the announcement wait for the frame that shows
   * the story.
   */
  const show = (pathname: string): boolean => {
    const template = stories.get(pathname);
    const panel = doc.getElementById(STORY_PANEL_ID);
    const story = template?.content.firstElementChild;
    if (!template || !panel || !story) return false;
    shownPath = pathname;
    const focusedClass = panel.contains(doc.activeElement) ? doc.activeElement?.getAttribute('class') : undefined;
    const next = doc.importNode(story, true) as HTMLElement;
    panel.replaceWith(next);
    const eventId = template.getAttribute(STORY_EVENT_ATTRIBUTE) ?? '';
    for (const link of root.querySelectorAll<HTMLAnchorElement | SVGAElement>('a[data-event-id]')) {
      const current = link.getAttribute('data-event-id') === eventId;
      if (current !== link.hasAttribute('aria-current'))
        setAttribute(link, 'aria-current', current ? 'page' : undefined);
    }
    // The list's links are the router's: the current one carries its active
    // state (the story's own links come with theirs).
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]:not([data-event-id])')) {
      if (next.contains(link)) continue;
      const target = stories.get(pathOf(link, win));
      if (!target?.getAttribute(STORY_EVENT_ATTRIBUTE)) continue;
      const current = target === template;
      link.classList.toggle('active', current);
      if (!link.classList.length) link.removeAttribute('class');
      setAttribute(link, 'aria-current', current ? 'page' : undefined);
      setAttribute(link, 'data-status', current ? 'active' : undefined);
    }
    // Previous or Next keeps focus across the new story, as it does once React runs.
    if (focusedClass !== undefined) {
      const same = [...next.querySelectorAll<HTMLElement>('a[href]')].find(
        (link) => link.getAttribute('class') === focusedClass,
      );
      (same ?? doc.getElementById(STORY_HEADING_ID))?.focus({ preventScroll: true });
    }
    const title = template.getAttribute(STORY_TITLE_ATTRIBUTE);
    if (title) {
      afterNextPaint(() => {
        doc.title = title;
        announcer.textContent = `${siteCopy.routeAnnounced} ${title}`;
      }, win);
    }
    return true;
  };

  const onClick = (event: MouseEvent) => {
    follow(event);
    // After the story's frame, and after its address is pushed.
    if (awaitingClick !== undefined) {
      win.clearTimeout(awaitingClick);
      awaitingClick = undefined;
      loadAfterPaint();
    }
  };
  const follow = (event: MouseEvent) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const target = event.target instanceof Element ? event.target.closest('a[href], button') : null;
    if (!target || !root.contains(target)) return;
    if (target.localName === 'button') {
      held = target;
      return;
    }
    const link = target;
    const path = pathOf(link, win);
    if (mode === 'hold') {
      if (sameOrigin(link, win) && !link.hasAttribute('target') && !link.hasAttribute('download')) {
        event.preventDefault();
        held = link;
      }
      return;
    }
    if (!stories.has(path)) return;
    event.preventDefault();
    if (path === shownPath) return;
    // An event chosen in the list is read below the chart: the reader is taken to it.
    const fromList = link.closest('svg') === null && !doc.getElementById(STORY_PANEL_ID)?.contains(link);
    if (!show(path)) return;
    if (fromList) doc.getElementById(STORY_HEADING_ID)?.focus();
    const href = hrefOf(link, win);
    afterNextPaint(() => win.history.pushState(null, '', href), win);
  };
  const onPopState = () => {
    if (mode === 'enhance') show(win.location.pathname);
  };
  const onTakeover = () => {
    mode = 'hold';
  };
  const onTakeoverFailed = () => {
    mode = 'enhance';
    held = undefined;
  };
  const hydrated = new win.MutationObserver(() => {
    if (!doc.documentElement.hasAttribute('data-hydrated')) return;
    stop();
    // A dispatched click, as an SVG link has no click().
    if (held?.isConnected) held.dispatchEvent(new win.MouseEvent('click', { bubbles: true, cancelable: true }));
  });

  doc.addEventListener('click', onClick);
  win.addEventListener('popstate', onPopState);
  doc.addEventListener(TAKEOVER_EVENT, onTakeover);
  doc.addEventListener(TAKEOVER_FAILED_EVENT, onTakeoverFailed);
  hydrated.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-hydrated'] });
  doc.documentElement.setAttribute(ENHANCED_ATTRIBUTE, '');
  // A ?view= or ?lanes= the served page cannot show: the app draws it now.
  if (win.location.search) load();
  else
    for (const type of FIRST_INTERACTION)
      doc.addEventListener(type, onFirstInteraction, { capture: true, passive: true });

  function stop() {
    stopped = true;
    doc.documentElement.removeAttribute(STORIES_READY_ATTRIBUTE);
    hydrated.disconnect();
    doc.removeEventListener('click', onClick);
    win?.removeEventListener('popstate', onPopState);
    doc.removeEventListener(TAKEOVER_EVENT, onTakeover);
    doc.removeEventListener(TAKEOVER_FAILED_EVENT, onTakeoverFailed);
    for (const type of FIRST_INTERACTION) doc.removeEventListener(type, onFirstInteraction, true);
    win?.clearTimeout(awaitingClick);
    announcer.remove();
  }
  return stop;
}

function setAttribute(element: Element, name: string, value: string | undefined) {
  if (value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

// Marks are SVG links, whose href is no string: read the attribute.
function hrefOf(link: Element, win: Window): string {
  return new URL(link.getAttribute('href') ?? '', win.location.href).href;
}

/** The page a link opens, or "" for one elsewhere or within this page (a skip link's #main). */
function pathOf(link: Element, win: Window): string {
  // The prerendered links are plain root-relative paths: read as they are, without parsing a URL.
  const href = link.getAttribute('href') ?? '';
  if (/^\/(?!\/)[^?#.\\]*$/.test(href)) return href;
  const url = new URL(hrefOf(link, win));
  return url.origin === win.location.origin && !url.hash ? url.pathname : '';
}

function sameOrigin(link: Element, win: Window): boolean {
  return new URL(hrefOf(link, win)).origin === win.location.origin;
}
