// Size budget, checked from the build output (deterministic, not timed):
// - the cover's first-load JavaScript, gzip, at most COVER_JS_KB;
// - no page without a chart loads Recharts code on first load;
// - all CSS together, gzip, at most TOTAL_CSS_KB;
// - a chapter's page preloads its own chapter's section and no other (each
//   chapter's copy, interactives and data are their own chunk).
// Prints each page's figures; exits 1 naming the page and the excess.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGETS = { coverJsKb: 105, totalCssKb: 20 };

/** Paths whose pages draw a chart and so may load Recharts (lazily). */
export const CHART_PATHS = [
  /^\/timeline\//,
  /^\/embed\/timeline\//,
  /^\/spy-game\//,
  /^\/embed\/spy-game\//,
  /^\/embed\/graphics\/(?:timeline|dwell-chart)\//,
];

/** A chapter's module, as the manifest names it (see src/pages/chapter-sections.ts). */
const SECTION_MODULE = /^src\/sections\/([a-z-]+)\/\1-chapter\.tsx$/;

const kb = (bytes) => bytes / 1024;

/** Where scripts/build.mjs keeps Vite's manifest: beside the output, not in it. */
export const manifestPath = (distDir) => `${distDir.replace(/[\\/]+$/, '')}-meta/manifest.json`;

export function measureBuild(distDir) {
  const manifest = JSON.parse(readFileSync(manifestPath(distDir), 'utf8'));
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk, key]));
  const gz = new Map();
  const gzipSize = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length);
    return gz.get(file);
  };
  const hasRecharts = (file) => /recharts-(?:wrapper|surface)/.test(readFileSync(join(distDir, file), 'utf8'));

  const pages = htmlFiles(distDir).map((htmlFile) => {
    const html = readFileSync(htmlFile, 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+type="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*\shref="([^"]+)"/g)].map((m) => m[1]);
    // A timeline page's boot script (src/standalone/timeline-boot.ts), all it runs before the reader does something,
    // started after the first paint (src/site/after-first-paint.ts).
    const deferred = [...html.matchAll(/<meta\s+name="after-first-paint"\s+content="([^"]+)"/g)].map((m) => m[1]);
    const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*\shref="([^"]+)"/g)].map((m) => m[1]);
    const js = new Set();
    const visit = (file) => {
      if (js.has(file)) return;
      js.add(file);
      const chunk = byFile.get(file);
      for (const key of chunk?.imports ?? []) if (manifest[key]) visit(manifest[key].file);
    };
    for (const url of [...scripts, ...preloads, ...deferred]) visit(assetPath(url));
    const css = styles.map(assetPath);
    const path = pagePath(distDir, htmlFile);
    return {
      path,
      jsKb: kb([...js].reduce((sum, file) => sum + gzipSize(file), 0)),
      cssKb: kb(css.reduce((sum, file) => sum + gzipSize(file), 0)),
      recharts: [...js].some(hasRecharts),
      chart: CHART_PATHS.some((pattern) => pattern.test(path)),
      sections: [...js].flatMap((file) => SECTION_MODULE.exec(keyOf.get(byFile.get(file)) ?? '')?.[1] ?? []),
    };
  });
  const allCss = readdirSync(join(distDir, 'assets')).filter((f) => f.endsWith('.css'));
  const totalCssKb = kb(allCss.reduce((sum, f) => sum + gzipSize(join('assets', f)), 0));
  const sectionIds = Object.keys(manifest).flatMap((key) => SECTION_MODULE.exec(key)?.[1] ?? []);
  return { pages, totalCssKb, sectionIds, graphicChapters: graphicChapters(distDir) };
}

export function checkBudget(measure, budgets = BUDGETS) {
  const failures = [];
  const cover = measure.pages.find((page) => page.path === '/');
  if (!cover) failures.push('No cover page (/) in the build');
  else if (cover.jsKb > budgets.coverJsKb) {
    failures.push(
      `/ loads ${cover.jsKb.toFixed(1)} KB of JavaScript (gzip), ${(cover.jsKb - budgets.coverJsKb).toFixed(1)} KB over the ${budgets.coverJsKb} KB budget`,
    );
  }
  for (const page of measure.pages) {
    if (page.recharts && !page.chart) failures.push(`${page.path} has no chart but loads Recharts code on first load`);
  }
  for (const page of measure.pages) {
    const own = /^\/(?:embed\/)?([a-z-]+)\/$/.exec(page.path)?.[1] ?? measure.graphicChapters?.[page.path];
    for (const id of page.sections ?? []) {
      if (id !== own) failures.push(`${page.path} loads the ${id} chapter's section, which it does not show`);
    }
    if (own && measure.sectionIds?.includes(own) && !page.sections?.includes(own)) {
      failures.push(`${page.path} does not preload its own chapter's section, so it hydrates a round trip late`);
    }
  }
  if (measure.totalCssKb > budgets.totalCssKb) {
    failures.push(
      `CSS totals ${measure.totalCssKb.toFixed(1)} KB (gzip), ${(measure.totalCssKb - budgets.totalCssKb).toFixed(1)} KB over the ${budgets.totalCssKb} KB budget`,
    );
  }
  return failures;
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'assets' || name.startsWith('.') ? [] : htmlFiles(full);
    return name.endsWith('.html') && !name.startsWith('embed-demo') ? [full] : [];
  });
}

/** Each chapter graphic's embed path, with the chapter whose section it shows (from /data/embeds.json). */
function graphicChapters(distDir) {
  const file = join(distDir, 'data', 'embeds.json');
  if (!existsSync(file)) return {};
  const { embeds } = JSON.parse(readFileSync(file, 'utf8'));
  return Object.fromEntries(
    embeds
      .filter((embed) => embed.kind === 'graphic')
      .map((embed) => {
        const path = new URL(embed.embedUrl).pathname;
        return [path.slice(path.indexOf('/embed/')), embed.page];
      }),
  );
}

function pagePath(distDir, htmlFile) {
  const rel = relative(distDir, htmlFile).split('\\').join('/');
  if (rel === '404.html') return '/404.html';
  return `/${rel.replace(/index\.html$/, '')}`;
}

/** "/base/assets/x.js" → "assets/x.js" */
function assetPath(url) {
  const index = url.indexOf('assets/');
  return index >= 0 ? url.slice(index) : url.replace(/^\//, '');
}

if (import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '.')).href) {
  const distDir = process.argv[2] ?? 'dist';
  const measure = measureBuild(distDir);
  const unique = new Map();
  for (const page of measure.pages) {
    const kind = page.path.replace(/^\/(embed\/)?timeline\/[^/]+\/$/, '/$1timeline/<event>/');
    if (!unique.has(kind)) unique.set(kind, page);
  }
  console.log('page'.padEnd(34), 'JS KB gz'.padStart(9), 'CSS KB gz'.padStart(10), ' Recharts');
  for (const [kind, page] of unique) {
    console.log(
      kind.padEnd(34),
      page.jsKb.toFixed(1).padStart(9),
      page.cssKb.toFixed(1).padStart(10),
      page.recharts ? ' yes' : ' no',
    );
  }
  console.log(
    `total CSS ${measure.totalCssKb.toFixed(1)} KB gzip (budget ${BUDGETS.totalCssKb}); cover JS budget ${BUDGETS.coverJsKb} KB`,
  );
  const failures = checkBudget(measure);
  if (failures.length > 0) {
    console.error(`Size budget exceeded:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('Size budget: OK');
}
