/*
 * Host script for embeds of the Storm-0558 explainer.
 *
 * Paste next to an embed iframe:
 *   <iframe src="https://SITE/embed/timeline/" title="…" data-storm-embed></iframe>
 *   <script src="https://SITE/embed.js" async></script>
 *
 * It sizes every iframe marked data-storm-embed to its content, from that
 * iframe's own height messages only: the message must come from the
 * iframe's window (event.source) and from the embed's origin (the origin
 * this script was loaded from). It defines one global, Storm0558Embed, with
 * scan() for pages that add embeds later; it makes no request of its own,
 * adds no stylesheet and touches nothing but the embed iframes.
 *
 * A placeholder such as <a href="https://SITE/embed/who/" data-storm-embed>…</a>
 * becomes the iframe (titled with data-title or the link text), so the page
 * still offers a link where scripts do not run.
 *
 * Message shapes are defined in src/embed/embed-messages.ts: keep in step.
 * Plain ES5 on purpose: it runs on pages we do not control.
 */
(function (window, document) {
  'use strict';

  var NAMESPACE = 'Storm0558Embed';
  var SENTINEL = 'storm-0558-embed';
  var ATTRIBUTE = 'data-storm-embed';
  var MAX_HEIGHT = 100000;
  var DEFAULT_HEIGHT = 800;

  if (!window.postMessage || !document.querySelectorAll || !window.addEventListener) return;

  // Included twice (two snippets on one page): the first copy does the work.
  var existing = window[NAMESPACE];
  if (existing && typeof existing.scan === 'function') {
    existing.scan();
    return;
  }

  var script = document.currentScript;
  // embed.js sits at the site root, so the embeds live under <root>embed/.
  var root = script && script.src ? script.src.replace(/[?#].*$/, '').replace(/[^/]*$/, '') : '';
  var frames = [];
  var counter = 0;

  function originOf(url) {
    var match = /^(https?:\/\/[^/?#]+)/i.exec(url || '');
    return match ? match[1].toLowerCase() : '';
  }

  function isEmbedUrl(url) {
    if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return false;
    if (root) return url.indexOf(root + 'embed/') === 0;
    return /^https?:\/\/[^/?#]+\/(?:[^?#]*\/)?embed\//i.test(url);
  }

  /** A sandbox without allow-same-origin gives the frame an opaque origin: its messages say "null". */
  function isOpaque(iframe) {
    var sandbox = iframe.getAttribute('sandbox');
    return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
  }

  function findEntry(iframe) {
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].iframe === iframe) return frames[i];
    }
    return null;
  }

  // "Tell me your height": sent at once (the embed may have loaded, and
  // spoken, before this async script ran) and on every load. It carries only
  // an id, so it goes to '*': a frame still on about:blank (the host's own
  // origin) would otherwise log a targetOrigin warning on the host page.
  function hello(entry) {
    var target = entry.iframe.contentWindow;
    if (!target) return;
    try {
      target.postMessage({ sentinel: SENTINEL, type: 'hello', id: entry.id }, '*');
    } catch (error) {
      // Nothing to tell a frame that is gone.
    }
  }

  function track(iframe) {
    if (findEntry(iframe) || !isEmbedUrl(iframe.src)) return;
    counter += 1;
    var entry = { iframe: iframe, id: 'storm-embed-' + counter, origin: originOf(iframe.src) };
    frames.push(entry);
    // The same as the snippet's style attribute, for hosts whose CSP blocks style attributes.
    iframe.style.border = '0';
    iframe.style.width = '100%';
    iframe.addEventListener('load', function () {
      hello(entry);
    });
    hello(entry);
  }

  function replacePlaceholder(node) {
    var src = node.getAttribute('href') || node.getAttribute('data-src') || '';
    var anchor = document.createElement('a');
    anchor.href = src;
    src = anchor.href;
    if (!isEmbedUrl(src) || !node.parentNode) return;
    var iframe = document.createElement('iframe');
    var height = parseInt(node.getAttribute('data-height'), 10);
    iframe.src = src;
    iframe.title = node.getAttribute('data-title') || (node.textContent || '').replace(/\s+/g, ' ').trim();
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('height', String(height > 0 && height <= MAX_HEIGHT ? height : DEFAULT_HEIGHT));
    iframe.setAttribute(ATTRIBUTE, '');
    node.parentNode.replaceChild(iframe, node);
    track(iframe);
  }

  function scan() {
    var nodes = document.querySelectorAll('[' + ATTRIBUTE + ']');
    for (var i = 0; i < nodes.length; i += 1) {
      if (nodes[i].tagName === 'IFRAME') track(nodes[i]);
      else replacePlaceholder(nodes[i]);
    }
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.sentinel !== SENTINEL || data.type !== 'height') return;
    var height = data.height;
    if (typeof height !== 'number' || !(height >= 0) || height > MAX_HEIGHT) return;
    if (typeof data.id !== 'string') return;
    for (var i = 0; i < frames.length; i += 1) {
      var entry = frames[i];
      var iframe = entry.iframe;
      if (!event.source || iframe.contentWindow !== event.source) continue;
      var originOk = event.origin === entry.origin || (event.origin === 'null' && isOpaque(iframe));
      if (!originOk || (data.id !== '' && data.id !== entry.id)) return;
      var pixels = Math.ceil(height);
      iframe.setAttribute('height', String(pixels));
      iframe.style.height = pixels + 'px';
      return;
    }
  }

  window.addEventListener('message', onMessage, false);
  window[NAMESPACE] = { version: 1, scan: scan };
  scan();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', scan, false);
  }
})(window, document);
