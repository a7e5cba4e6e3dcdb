// Writes one HTML file per path into dist/ from the SSR bundle, plus
// 404.html, the data files, robots.txt and sitemap.xml, and the list of
// pages (<OUT_DIR>-meta/paths.json, for the tests). Run after both `vite
// build` steps (see scripts/build.mjs).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeBase } from './lib/base-path.mjs';
import { escapeHtml } from './lib/escape-html.mjs';

const root = process.cwd();
const outDir = join(root, process.env.OUT_DIR ?? 'dist');
const serverDir = join(root, process.env.SERVER_OUT_DIR ?? 'dist-server');
const metaDir = join(root, process.env.META_DIR ?? `${process.env.OUT_DIR ?? 'dist'}-meta`);
const base = normalizeBase(process.env.BASE_PATH);
const siteUrl = (process.env.SITE_URL ?? 'https://storm-0558.example.org').replace(/\/+$/, '');

const server = await import(pathToFileURL(join(serverDir, 'entry-server.js')).href);

try {
  server.validateData();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

const template = entryPreloadLink(
  stylesheetsWithoutCors(lowerScriptPriority(await readFile(join(outDir, 'index.html'), 'utf8'))),
);
const manifest = JSON.parse(await readFile(join(metaDir, 'manifest.json'), 'utf8'));
const paths = server.sitePaths();
const indexable = [];

const rendered = [];
for (const path of paths) {
  const result = await server.render(base + path.slice(1));
  if (result.status !== 200) throw new Error(`Prerender of ${path} returned ${result.status}`);
  rendered.push({ path, result });
}
// The story panels of every page served without the framework, in one
// file those pages fetch as they start, so a click on the chart shows its
// story at once (see src/site/hydrate-on-interaction.ts). Kept out of the
// pages themselves, whose first screen they would slow.
const STORIES_FILE = 'timeline/stories.html';
const storyTemplates = rendered
  .filter(({ result }) => result.hydrateOnInteraction)
  .map(({ path, result }) => {
    if (!result.storyPanel)
      throw new Error(`Prerender: ${path} loads its scripts on interaction but has no story panel`);
    const attributes = [
      [server.STORY_PATH_ATTRIBUTE, base + path.slice(1)],
      [server.STORY_EVENT_ATTRIBUTE, result.eventId ?? ''],
      [server.STORY_TITLE_ATTRIBUTE, result.meta.title],
    ].map(([name, value]) => `${name}="${escapeHtml(value)}"`);
    return `<template ${attributes.join(' ')}>${result.storyPanel}</template>`;
  })
  .join('\n');
await mkdir(join(outDir, dirname(STORIES_FILE)), { recursive: true });
await writeFile(
  join(outDir, STORIES_FILE),
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="robots" content="noindex">\n<title>The timeline's stories</title>\n</head>\n<body>\n<h1>The story panel of each timeline page, which those pages fetch</h1>\n${storyTemplates}\n</body>\n</html>\n`,
);
for (const { path, result } of rendered) {
  await writePage(path, result);
  if (!result.meta.noindex) indexable.push(path);
}

// An event's address from before a correction shows the current event
// (its metadata points there and keeps the old page out of search).
const former = server.formerPaths();
for (const { from, to } of former) {
  const result = await server.render(base + to.slice(1));
  if (result.status !== 200) throw new Error(`Prerender of ${to} (for ${from}) returned ${result.status}`);
  // Hydrated at once: the app sends the reader on to the current address.
  await writePage(from, { ...result, meta: { ...result.meta, noindex: true }, hydrateOnInteraction: false });
}

const notFound = await server.render(`${base}this-page-does-not-exist/`);
if (notFound.status !== 404) throw new Error('The not-found page did not render as 404');
await writeFile(join(outDir, '404.html'), page(notFound));
await writeFile(join(metaDir, 'paths.json'), `${JSON.stringify({ base, paths, former }, null, 2)}\n`);

const data = server.dataFiles();
await mkdir(join(outDir, 'data'), { recursive: true });
await writeFile(join(outDir, 'data', 'timeline.json'), data.json);
await writeFile(join(outDir, 'data', 'timeline.csv'), data.csv);
await writeFile(join(outDir, 'data', 'cover.json'), data.cover);

// What can be embedded, and an oEmbed document for each (see src/embed/embed-catalog.ts).
const embeds = server.embedDocuments(absolute);
await writeFile(join(outDir, 'data', 'embeds.json'), embeds.catalog);
for (const { path, json } of embeds.oembed) {
  const file = join(outDir, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, json);
}

await writeFile(
  join(outDir, 'sitemap.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${indexable
    .map((path) => `  <url><loc>${escapeHtml(absolute(path))}</loc></url>`)
    .join('\n')}\n</urlset>\n`,
);
// Nothing is disallowed: embed pages carry noindex, and a crawler must be
// allowed to fetch a page to see its noindex (a disallowed URL that other
// sites link to, as they do to embeds, can still be listed without it).
await writeFile(join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap.xml')}\n`);
await rm(serverDir, { recursive: true, force: true });
console.log(`Prerendered ${paths.length} pages, 404.html and the data files into ${outDir}`);

async function writePage(path, result) {
  const file = join(outDir, path, 'index.html');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, page(result));
}

function page({ html, meta, routeFiles, sectionFiles, oembedPath, hydrateOnInteraction }) {
  const preloads = preloadTags([...routeFiles.flatMap(splitChunks), ...sectionFiles], meta.isArticle);
  // Replacer functions: a `$&` or `$'` in copy must stay text, not become a pattern.
  const full = template
    .replace('<!--head-meta-->', () => headTags(meta, oembedPath))
    .replace('</head>', () => `${preloads}</head>`)
    .replace('<!--app-html-->', () => html);
  return hydrateOnInteraction ? withoutFramework(full) : full;
}

/**
 * The page with its module scripts taken out: one small classic script,
 * timeline-boot.js, started after the first paint, answers the chart's
 * links in place from the stories file and loads the app (its entry and
 * every module it would have preloaded, named on the boot's meta tag with
 * the stories file) at the reader's first interaction.
 */
function withoutFramework(html) {
  const preload = [];
  let app;
  const stripped = html
    .replace(/[ \t]*<link rel="modulepreload" fetchpriority="low" crossorigin href="([^"]+)">\n?/g, (_, href) => {
      preload.push(href);
      return '';
    })
    .replace(/<script type="module" fetchpriority="low" crossorigin src="([^"]+)"><\/script>/, (_, src) => {
      app = src;
      return '<!--boot-->';
    });
  if (!app) throw new Error('Prerender: the page has no entry module script to defer');
  // Started by theme.js once the first screen is drawn (src/site/after-first-paint.ts).
  const boot = `<meta name="after-first-paint" content="${base}timeline-boot.js" data-app="${escapeHtml(app)}" data-preload="${escapeHtml(preload.join(' '))}" data-stories="${escapeHtml(base + STORIES_FILE)}">`;
  return stripped.replace('<!--boot-->', () => boot);
}

/**
 * The component the router plugin split off a route file, if it did: the
 * route's options stay in the entry chunk, and the plugin names the split
 * part `<file>?tsr-split=component` (error and not-found components load
 * only when needed).
 */
function splitChunks(routeFile) {
  const key = `${routeFile}?tsr-split=component`;
  return key in manifest ? [key] : [];
}

/**
 * The lazy route chunks a page needs before it can hydrate, and their CSS
 * (Vite links only the entry's CSS): without these links the page would
 * wait for a chain of requests, and read unstyled with JavaScript off.
 */
function preloadTags(lazyModules, isCover) {
  const scripts = new Set();
  const styles = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const child of chunk.imports ?? []) visit(child);
  };
  // What the entry loads already has its tags in the template.
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  visit(entryKey);
  const inEntry = new Set([...scripts, ...styles]);
  scripts.clear();
  styles.clear();
  for (const key of lazyModules) {
    if (!manifest[key])
      throw new Error(`Prerender: ${key} is not in the build manifest, so its page cannot preload it`);
    visit(key);
  }
  const tags = [
    ...[...styles].filter((f) => !inEntry.has(f)).map((f) => `<link rel="stylesheet" href="${base}${f}">`),
    ...[...scripts]
      .filter((f) => !inEntry.has(f))
      .map((f) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${base}${f}">`),
  ];
  if (isCover) tags.push(`<link rel="preload" href="${base}data/cover.json" as="fetch" crossorigin>`);
  return tags.length ? `  ${tags.join('\n    ')}\n  ` : '';
}

/**
 * Every page is readable before its JavaScript runs (the content is in the
 * HTML), so the scripts that hydrate it are fetched after the stylesheets:
 * on a slow connection they no longer compete with what the first paint needs.
 */
function lowerScriptPriority(html) {
  return html
    .replaceAll('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin')
    .replaceAll('<link rel="modulepreload" crossorigin', '<link rel="modulepreload" fetchpriority="low" crossorigin');
}

/**
 * A stylesheet needs no CORS: without crossorigin it still loads in an embed
 * sandboxed to an opaque origin on a host that sends no CORS headers, so the
 * text is styled even where the module script is blocked.
 */
function stylesheetsWithoutCors(html) {
  return html.replaceAll('<link rel="stylesheet" crossorigin', '<link rel="stylesheet"');
}

/**
 * Vite's loader for on-demand chunks (the Embed dialog, charts) adds a
 * modulepreload link for each of their imports that no <link> on the page
 * names yet, the entry script included, which the <script> tag already
 * loaded; Firefox then fires an error event on that link (error monitoring
 * sees it). A link for the entry, next to its script, tells the loader it is there.
 */
function entryPreloadLink(html) {
  const entry = /<script type="module" fetchpriority="low" crossorigin src="([^"]+)"><\/script>/.exec(html);
  if (!entry) throw new Error('Prerender: the template has no entry module script');
  return html.replace(
    entry[0],
    `<link rel="modulepreload" fetchpriority="low" crossorigin href="${entry[1]}">\n    ${entry[0]}`,
  );
}

function headTags(meta, oembedPath) {
  const story = { ...server.storyMeta, ...server.publishingMeta };
  const canonical = absolute(meta.canonicalPath);
  const image = absolute('/social-card.png');
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(canonical)}" />`,
    // oEmbed discovery: a CMS given this page's address finds its embed here.
    oembedPath
      ? `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(absolute(oembedPath))}" title="${escapeHtml(meta.title)}" />`
      : '',
    meta.noindex ? '<meta name="robots" content="noindex" />' : '',
    `<meta property="og:type" content="${meta.isArticle ? 'article' : 'website'}" />`,
    `<meta property="og:site_name" content="${escapeHtml(story.siteName)}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(canonical)}" />`,
    `<meta property="og:image" content="${escapeHtml(image)}" />`,
    '<meta property="og:image:width" content="1200" />',
    '<meta property="og:image:height" content="630" />',
    `<meta property="og:image:alt" content="${escapeHtml(story.socialImageAlt)}" />`,
    '<meta name="twitter:card" content="summary_large_image" />',
    `<meta name="twitter:image:alt" content="${escapeHtml(story.socialImageAlt)}" />`,
  ];
  if (meta.isArticle) {
    // A data block, not a script: browsers never execute application/ld+json, and CSP does not apply.
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.headline,
      description: server.pageDescriptions.cover,
      image: [image],
      datePublished: story.published,
      dateModified: story.updated,
      author: story.authors.map((name) => ({ '@type': 'Organization', name })),
      publisher: { '@type': 'Organization', name: story.organization },
      mainEntityOfPage: canonical,
    };
    tags.push(`<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>`);
  }
  return tags.filter(Boolean).join('\n    ');
}

function absolute(path) {
  return `${siteUrl}${base}${path.replace(/^\//, '')}`;
}
