// Two timings Lighthouse does not give, taken in Playwright's Chromium (the
// system one: no browser is downloaded) under a 4× slowed CPU (CDP
// Emulation.setCPUThrottlingRate) and, unless told otherwise, the network
// Lighthouse's mobile profile stands for (Slow 4G as DevTools applies it:
// 562.5 ms round trip, 1.47 Mbit/s down, 0.68 Mbit/s up, through CDP
// Network.emulateNetworkConditions), on a 412×823 viewport at 1.75 device
// pixels. The pointer is a mouse, not a touch screen: TimelineJS3 on a touch
// screen lays a "Swipe to Navigate" message over the whole timeline until
// the reader dismisses it, and no mark of its could be clicked before that.
//
// - First mark clickable: ms from navigation start to the end of the first
//   frame in which a mark lying inside the first screenful is drawn, not
//   hidden and would itself get a click at its centre (elementFromPoint
//   there is the mark or inside it), and, on our page, a click on it shows
//   its story in place: the page's script has the stories it fetches as it
//   starts (html[data-stories-ready], set by timeline-boot.js before React
//   loads; see src/site/hydrate-on-interaction.ts). Before that, a click on one of our
//   marks still works, as a link that loads the event's page; that moment
//   is reported too ("hit-testable"). Polled in every animation frame from
//   a script the browser runs before the page's own (CDP, outside the
//   page's CSP); "end of the frame" is a task posted from the frame's
//   requestAnimationFrame callback, which runs after that frame is drawn.
// - Selection painted: the page loaded and quiet, a mouse click at the
//   centre of the first mark in view that is not the selected one (the
//   pointer moved there 300 ms before, so hover effects are not counted);
//   ms from the click (the click event's timestamp: the button's release,
//   where a link acts and where Event Timing and INP start an event's
//   latency) to the end of the first frame that shows the clicked event's
//   headline, whole, inside the
//   viewport: on ours the story heading (#timeline-event-title) with that
//   event's title, on TimelineJS3 the headline of that event's slide (its
//   slide slides in, over TimelineJS3's 1000 ms animation). On ours that
//   first click is answered by timeline-boot.js, and starts loading React.
//   The same from the press (pointerdown) is reported too: it adds the
//   time the button is held, which Playwright's separate down and up
//   commands make 10–90 ms here, and what the page does on the press.
// - Second selection (ours only): the same, once more, after the page has
//   hydrated and is quiet again: React's answer, not the boot script's.
import { chromium } from '@playwright/test';

// watchMarks and the functions given to page.evaluate run in the page.
/* global window, document, innerWidth, innerHeight, getComputedStyle, requestAnimationFrame, addEventListener */

const VIEWPORT = { width: 412, height: 823 };
const SLOW_4G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1474.56 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;

/** Runs in the page before its own scripts: watches every frame for the first clickable mark. */
function watchMarks(kind) {
  if (window.top !== window) return;
  const perf = (window.__perfVs = { kind });
  const afterFrame = (fn) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = fn;
    channel.port2.postMessage(0);
  };
  const inView = (box) =>
    box.width > 0 &&
    box.height > 0 &&
    box.left >= 0 &&
    box.top >= 0 &&
    box.right <= innerWidth &&
    box.bottom <= innerHeight;
  const hits = (target, box) => {
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return Boolean(hit) && (hit === target || target.contains(hit));
  };
  perf.marks = () => {
    if (kind === 'ours') {
      return [...document.querySelectorAll('svg[role="group"] a[data-event-id]')].map((el) => ({
        el,
        id: el.getAttribute('data-event-id'),
        box: el.getBoundingClientRect(),
        selected: el.getAttribute('aria-current') === 'page',
      }));
    }
    return [...document.querySelectorAll('.tl-timemarker')].flatMap((el) => {
      const face = el.querySelector('.tl-timemarker-content-container');
      return face
        ? [
            {
              el,
              id: el.id.replace(/-marker$/, ''),
              box: face.getBoundingClientRect(),
              selected: el.classList.contains('tl-timemarker-active'),
            },
          ]
        : [];
    });
  };
  perf.firstInView = (unselected = false) =>
    perf
      .marks()
      .find(
        (mark) =>
          (!unselected || !mark.selected) &&
          inView(mark.box) &&
          hits(mark.el, mark.box) &&
          getComputedStyle(mark.el).visibility !== 'hidden',
      );
  const taken = () => kind !== 'ours' || document.documentElement.hasAttribute('data-stories-ready');
  perf.headlineShown = (id, title) => {
    const heading =
      kind === 'ours'
        ? document.getElementById('timeline-event-title')
        : document.getElementById(id)?.querySelector('.tl-headline');
    if (!heading || (kind === 'ours' && heading.textContent.trim() !== title)) return false;
    return inView(heading.getBoundingClientRect()) && getComputedStyle(heading).visibility !== 'hidden';
  };
  let seenHit = false;
  let seenClickable = false;
  const tick = () => {
    const mark = perf.firstInView();
    if (mark && !seenHit) {
      seenHit = true;
      afterFrame(() => Object.assign(perf, { hittable: performance.now(), hittableId: mark.id }));
    }
    if (mark && !seenClickable && taken()) {
      seenClickable = true;
      afterFrame(() => Object.assign(perf, { clickable: performance.now(), clickableId: mark.id }));
    }
    if (!seenClickable && performance.now() < 60_000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * One cold load of url in a fresh context: the two timings, the requests it
 * made, and any that went to another origin. titles maps event ids to titles.
 */
export async function measureInteraction({ url, kind, titles, throttleNetwork = true }) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1.75, ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    if (throttleNetwork) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    }
    await page.addInitScript(watchMarks, kind);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__perfVs?.clickable !== undefined, null, { timeout: 60_000, polling: 100 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const loaded = await page.evaluate(() => {
      const { hittable, clickable, hittableId, clickableId } = window.__perfVs;
      return { hittable, clickable, hittableId, clickableId };
    });

    const before = requests.length;
    const first = await selectOnce(page, titles, url);
    const duringSelection = requests.slice(before);
    // A second selection, ours only, once React has hydrated (the first
    // click loaded it): React's answer, not the boot script's. On a phone
    // our story is held over the chart's lower part, where the first
    // screenful's marks are: the reader scrolls the chart up to it first.
    let second;
    if (kind === 'ours') {
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'), null, {
        timeout: 60_000,
      });
      await page.waitForLoadState('networkidle');
      await page.evaluate(() =>
        [...document.querySelectorAll('svg[role="group"]')]
          .find((svg) => svg.getBoundingClientRect().height > 0)
          ?.scrollIntoView({ block: 'start' }),
      );
      await page.waitForTimeout(1500);
      second = await selectOnce(page, titles, url);
    }
    await context.close();
    return {
      hittable: loaded.hittable,
      clickable: loaded.clickable,
      clickableId: loaded.clickableId,
      selected: first.id,
      selection: first.ms,
      selectionFromPress: first.fromPress,
      secondSelection: second?.ms,
      secondSelectionFromPress: second?.fromPress,
      selectionRequests: duringSelection,
      requests,
      foreign: requests.filter((request) => !request.startsWith('data:') && new URL(request).origin !== origin),
      errors,
    };
  } finally {
    await browser.close();
  }
}

/** Clicks the first mark in view that is not selected yet; ms from its click (and from its press) to its headline painted in view. */
async function selectOnce(page, titles, url) {
  const target = await page.evaluate(() => {
    const mark = window.__perfVs.firstInView(true);
    if (!mark) return null;
    return { id: mark.id, x: mark.box.left + mark.box.width / 2, y: mark.box.top + mark.box.height / 2 };
  });
  if (!target) throw new Error(`${url}: no unselected mark in view to click`);
  const title = titles.get(target.id);
  await page.evaluate(
    ({ id, title }) => {
      const perf = window.__perfVs;
      perf.down = undefined;
      perf.clicked = undefined;
      perf.painted = undefined;
      const afterFrame = (fn) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = fn;
        channel.port2.postMessage(0);
      };
      addEventListener('pointerdown', (event) => (perf.down ??= event.timeStamp), { capture: true, once: true });
      addEventListener('click', (event) => (perf.clicked ??= event.timeStamp), { capture: true, once: true });
      const tick = () => {
        if (perf.clicked !== undefined && perf.headlineShown(id, title))
          afterFrame(() => (perf.painted = performance.now()));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    { id: target.id, title },
  );
  // The pointer comes to rest on the mark first, as a mouse does before
  // a click: what hovering draws is not counted in the selection.
  await page.mouse.move(target.x, target.y);
  await page.waitForTimeout(300);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(() => window.__perfVs.painted !== undefined, null, { timeout: 20_000, polling: 50 });
  const { down, clicked, painted } = await page.evaluate(() => {
    const { down, clicked, painted } = window.__perfVs;
    return { down, clicked, painted };
  });
  return { id: target.id, ms: painted - clicked, fromPress: painted - down };
}
