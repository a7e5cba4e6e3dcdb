// npm run perf: builds the site, serves it with gzip from the project's
// static server, runs Lighthouse 12 (mobile profile, system Chromium) on the
// cover, a chapter, the timeline and an embed, and prints one table with the
// four category scores, LCP, TBT and CLS, and first-load JS and CSS (KB gzip).
// A benchmark, not a test: it reports, it does not fail on a score.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { findChromium } from './ensure-chromium.mjs';
import { measureBuild } from './size-budget.mjs';

const PORT = Number(process.env.PERF_PORT ?? 4190);
const PAGES = ['/', '/what/', '/timeline/', '/embed/timeline/'];

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const chrome = findChromium();
if (!chrome) {
  console.error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve-static.mjs', '--dir', 'dist', '--port', String(PORT)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await once(server.stdout, 'data');

const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const sizes = new Map(measureBuild('dist').pages.map((page) => [page.path, page]));
const rows = [];
try {
  for (const path of PAGES) {
    const browser = await chromeLauncher.launch({
      chromePath: chrome,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, {
        port: browser.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const { categories, audits } = result.lhr;
      const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
      const size = sizes.get(path);
      rows.push({
        page: path,
        perf: score('performance'),
        a11y: score('accessibility'),
        bp: score('best-practices'),
        seo: score('seo'),
        'LCP s': (audits['largest-contentful-paint'].numericValue / 1000).toFixed(2),
        'TBT ms': Math.round(audits['total-blocking-time'].numericValue),
        CLS: audits['cumulative-layout-shift'].numericValue.toFixed(3),
        'JS KB gz': size?.jsKb.toFixed(1) ?? '?',
        'CSS KB gz': size?.cssKb.toFixed(1) ?? '?',
      });
    } finally {
      await browser.kill();
    }
  }
} finally {
  server.kill();
}
console.table(rows);
