// Built to /embed.js: the host script newsrooms paste next to an embed.
//
//   <iframe src="https://SITE/embed/timeline/" title="…" data-storm-embed></iframe>
//   <script src="https://SITE/embed.js" async></script>
//
// It sizes every iframe marked data-storm-embed to its content, from that
// iframe's own height messages only: the message must come from the
// iframe's window (event.source) and from the embed's origin. A placeholder
// link (<a href="https://SITE/embed/who/" data-storm-embed>…</a>) becomes the
// iframe, so the page still offers a link where scripts do not run. It
// defines one global, Storm0558Embed, with scan() for pages that add embeds
// later; it makes no request and touches nothing but the embed iframes.
// Message shapes come from embed/embed-messages.ts, shared with the embed.
import {
  EMBED_ATTRIBUTE,
  helloMessage,
  INITIAL_EMBED_HEIGHT,
  MAX_EMBED_HEIGHT,
  parseHeightMessage,
} from '@/embed/embed-messages';

type HostApi = {
  readonly version: number;
  readonly scan: () => void;
  /** Adds the embeds of another site root (a second copy of this script, served by another host). */
  readonly addRoot: (root: string) => void;
};

type Frame = { readonly iframe: HTMLIFrameElement; readonly id: string; readonly origin: string };

const NAMESPACE = 'Storm0558Embed';
const VERSION = 2;
/** An embed reports its height within a second or two of loading; silence this long means its script never ran. */
const SILENCE_MS = 10_000;

const host = window as unknown as Record<typeof NAMESPACE, HostApi | undefined>;
const script = document.currentScript;
const scriptSrc = script && 'src' in script && typeof script.src === 'string' ? script.src : '';
// embed.js sits at the site root, so the embeds live under <root>embed/.
const root = scriptSrc.replace(/[?#].*$/, '').replace(/[^/]*$/, '');

const existing = host[NAMESPACE];
if (existing && typeof existing.scan === 'function') {
  // Included twice, or by two sites on one page: the first copy does the work for both.
  if (typeof existing.addRoot === 'function') existing.addRoot(root);
  existing.scan();
} else {
  host[NAMESPACE] = start(root);
}

function start(firstRoot: string): HostApi {
  const roots = new Set<string>([firstRoot]);
  let frames: Frame[] = [];
  let counter = 0;
  const heard = new WeakSet<HTMLIFrameElement>();
  const warned = new WeakSet<HTMLIFrameElement>();

  const isEmbedUrl = (url: string) => {
    if (!/^https?:\/\//i.test(url)) return false;
    const known = [...roots].filter(Boolean);
    if (known.length > 0) return known.some((prefix) => url.startsWith(`${prefix}embed/`));
    return /^https?:\/\/[^/?#]+\/(?:[^?#]*\/)?embed\//i.test(url);
  };

  const forgetRemoved = () => {
    frames = frames.filter((frame) => frame.iframe.isConnected);
  };

  // "Tell me your height": sent at once (the embed may have loaded, and
  // spoken, before this async script ran) and on every load. It carries only
  // an id, so it goes to '*': a frame still on about:blank (the host's own
  // origin) would otherwise log a targetOrigin warning on the host page.
  const hello = (frame: Frame) => {
    try {
      frame.iframe.contentWindow?.postMessage(helloMessage(frame.id), '*');
    } catch {
      // Nothing to tell a frame that is gone.
    }
  };

  // The embed cannot say that its own script was blocked: the host can notice the silence.
  const expectHeight = (iframe: HTMLIFrameElement) => {
    window.setTimeout(() => {
      if (!iframe.isConnected || heard.has(iframe) || warned.has(iframe)) return;
      warned.add(iframe);
      console.warn(
        `Storm-0558 embed ${iframe.src}: no height message ${SILENCE_MS / 1000} s after loading, so it keeps its first height. ` +
          'Its script most likely did not run: in an iframe sandboxed without allow-same-origin, the embed’s host must send ' +
          'Access-Control-Allow-Origin: * on assets/ (see the explainer’s README, "Hosting embeds").',
      );
    }, SILENCE_MS);
  };

  const track = (iframe: HTMLIFrameElement) => {
    if (frames.some((frame) => frame.iframe === iframe) || !isEmbedUrl(iframe.src)) return;
    counter += 1;
    const frame = { iframe, id: `storm-embed-${counter}`, origin: new URL(iframe.src).origin };
    frames.push(frame);
    // The same as the snippet's style attribute, for hosts whose CSP blocks style attributes.
    iframe.style.border = '0';
    iframe.style.width = '100%';
    iframe.addEventListener('load', () => {
      hello(frame);
      expectHeight(iframe);
    });
    warnAboutSandbox(iframe);
    hello(frame);
    // A lazy frame may not load for a long while; its load event starts the wait instead.
    if (iframe.getAttribute('loading') !== 'lazy') expectHeight(iframe);
  };

  const replacePlaceholder = (node: Element) => {
    const anchor = document.createElement('a');
    anchor.href = node.getAttribute('href') ?? node.getAttribute('data-src') ?? '';
    if (!isEmbedUrl(anchor.href) || !node.parentNode) return;
    const iframe = document.createElement('iframe');
    const height = Number.parseInt(node.getAttribute('data-height') ?? '', 10);
    iframe.src = anchor.href;
    iframe.title = node.getAttribute('data-title') ?? (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('height', String(height > 0 && height <= MAX_EMBED_HEIGHT ? height : INITIAL_EMBED_HEIGHT));
    iframe.setAttribute(EMBED_ATTRIBUTE, '');
    node.parentNode.replaceChild(iframe, node);
    track(iframe);
  };

  const scan = () => {
    forgetRemoved();
    for (const node of document.querySelectorAll(`[${EMBED_ATTRIBUTE}]`)) {
      if (node instanceof HTMLIFrameElement) track(node);
      else replacePlaceholder(node);
    }
  };

  window.addEventListener('message', (event) => {
    const message = parseHeightMessage(event.data);
    if (!message || !event.source) return;
    const frame = frames.find((candidate) => candidate.iframe.contentWindow === event.source);
    if (!frame) return;
    const originOk = event.origin === frame.origin || (event.origin === 'null' && isOpaque(frame.iframe));
    if (!originOk || (message.id !== '' && message.id !== frame.id)) return;
    heard.add(frame.iframe);
    frame.iframe.setAttribute('height', String(message.height));
    frame.iframe.style.height = `${message.height}px`;
  });

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  return {
    version: VERSION,
    scan,
    addRoot: (another) => {
      roots.add(another);
    },
  };
}

/** A sandbox without allow-same-origin gives the frame an opaque origin: its messages say "null". */
function isOpaque(iframe: HTMLIFrameElement): boolean {
  const sandbox = iframe.getAttribute('sandbox');
  return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
}

/**
 * The sandbox flags are the host's choice, but some break the embed in ways
 * its reader cannot see: say so once, in the host page's console.
 */
function warnAboutSandbox(iframe: HTMLIFrameElement): void {
  const sandbox = iframe.getAttribute('sandbox');
  if (sandbox === null) return;
  const has = (flag: string) => new RegExp(`(^|\\s)${flag}(\\s|$)`, 'i').test(sandbox);
  const missing = [
    has('allow-scripts') ? '' : 'allow-scripts (without it the embed cannot draw its charts or report its height)',
    has('allow-same-origin')
      ? ''
      : 'allow-same-origin (without it the embed has an opaque origin, and its styles and scripts load only if the embed’s host sends CORS headers)',
    has('allow-popups') || has('allow-top-navigation-by-user-activation') || has('allow-top-navigation')
      ? ''
      : 'allow-popups or allow-top-navigation-by-user-activation (without one, “Read the full explainer” and source links cannot open)',
  ].filter(Boolean);
  if (missing.length > 0) {
    console.warn(`Storm-0558 embed ${iframe.src}: its sandbox lacks ${missing.join('; ')}.`);
  }
}
