// npm run perf: builds the site, serves its precompressed files from the
// project's static server, runs Lighthouse 12 (mobile profile, system Chromium) on the
// cover, every chapter, the timeline, an event page and an embed, and prints
// one table with the four category scores, LCP, TBT and CLS, and first-load
// JS and CSS (KB gzip), then what cost each score under 100 its points.
// A benchmark, not a test: it reports, it does not fail on a score.
//
// The server speaks HTTPS and HTTP/2 (a throwaway self-signed certificate
// for 127.0.0.1, made with openssl), as the CDNs that host newsroom pages
// do: Lighthouse's simulation charges HTTP/1.1 a round trip per request on
// six connections, which no reader of a CDN-hosted page pays.
//
// Flags: --no-build, --http1 (plain HTTP/1.1 instead), --runs N (median of N
// runs per page, 1 by default), --pages /a/,/b/ (instead of the default set).
//
// --vs timelinejs: instead, /timeline/ against the same data drawn by
// TimelineJS3 (written into dist/perf-timelinejs/ for the run, served by the
// same server, removed after): Lighthouse (performance only) and two timings
// in Playwright's Chromium (scripts/lib/perf-interaction.mjs), interleaved,
// 7 runs each by default, then one table of medians, ratios and targets.
// With --no-net-throttle the Playwright timings get no Slow 4G, only the
// slowed CPU.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './ensure-chromium.mjs';
import { compareWithTimelineJs, VS_DIR } from './lib/perf-vs.mjs';
import { writeTimelineJsPage } from './lib/timelinejs-page.mjs';
import { measureBuild } from './size-budget.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const VS = option('vs');
if (VS !== undefined && VS !== 'timelinejs') {
  console.error(`--vs ${VS ?? ''}: the one comparison there is is --vs timelinejs.`);
  process.exit(1);
}
const PORT = Number(process.env.PERF_PORT ?? 4190);
const RUNS = Math.max(1, Number(option('runs') ?? (VS ? 7 : 1)));
const PAGES = option('pages')?.split(',') ?? [
  '/',
  '/who/',
  '/what/',
  '/response/',
  '/spy-game/',
  '/timeline/',
  '/timeline/2023-06-16-state-reports-to-microsoft/',
  '/embed/timeline/',
];

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const chrome = findChromium();
if (!chrome) {
  console.error('No Chromium found: run `node scripts/ensure-chromium.mjs` first.');
  process.exit(1);
}

// The TimelineJS3 page lives in dist/ for a --vs run only; one left by a run
// that was killed would count as a page of the site.
const vsDir = join('dist', VS_DIR);
rmSync(vsDir, { recursive: true, force: true });
if (VS) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      rmSync(vsDir, { recursive: true, force: true });
      process.exit(130);
    });
  }
}

const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const sizes = new Map(measureBuild('dist').pages.map((page) => [page.path, page]));
const rows = [];
const reasons = [];
let timelineJsVersion;
let titles;
if (VS) {
  const data = JSON.parse(readFileSync(join('dist', 'data', 'timeline.json'), 'utf8'));
  titles = new Map(data.events.map((event) => [event.id, event.title]));
  timelineJsVersion = await writeTimelineJsPage(vsDir, data);
}
// The throwaway key lives only as long as this run.
const certDir = args.includes('--http1') ? null : mkdtempSync(join(tmpdir(), 'perf-tls-'));
let server;
let tls = null;
try {
  tls = certDir && makeCertificate(certDir);
  if (certDir && !tls) console.warn('openssl not found: measuring over plain HTTP/1.1 instead.');
  server = spawn(
    process.execPath,
    [
      'scripts/serve-static.mjs',
      ...['--dir', 'dist', '--port', String(PORT)],
      ...(tls ? ['--tls-cert', tls.cert, '--tls-key', tls.key] : []),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await Promise.race([
    once(server.stdout, 'data'),
    once(server, 'exit').then(([code]) => {
      throw new Error(`The static server stopped (exit ${code}) before it served anything`);
    }),
  ]);
  const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${PORT}`;
  if (VS) {
    await compareWithTimelineJs({
      origin,
      runs: RUNS,
      titles,
      throttleNetwork: !args.includes('--no-net-throttle'),
      audit: (url) => audit(url, ['performance']),
      describe:
        `/timeline/ vs TimelineJS3 ${timelineJsVersion} (${VS_DIR}/), one server, ${tls ? 'HTTPS + HTTP/2' : 'HTTP/1.1'}; ` +
        'Lighthouse 12 mobile (simulated Slow 4G, 4× CPU); Playwright timings: 412×823, mouse, 4× CPU' +
        (args.includes('--no-net-throttle') ? ', no network throttling' : ', Slow 4G (DevTools)'),
    });
  }
  for (const path of VS ? [] : PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await audit(`${origin}${path}`));
    // The run with the median performance score stands for the page.
    const result = runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score)[
      Math.floor(runs.length / 2)
    ];
    const { categories, audits } = result;
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
    for (const [id, category] of Object.entries(categories)) {
      if (category.score === 1) continue;
      const lost = category.auditRefs
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} ${audits[ref.id].displayValue ?? ''}`.trim());
      reasons.push(`${path} ${id} ${score(id)}: ${lost.join('; ') || 'rounding'}`);
    }
  }
} finally {
  server?.kill();
  if (certDir) rmSync(certDir, { recursive: true, force: true });
  if (VS) rmSync(vsDir, { recursive: true, force: true });
}
if (VS) process.exit(0);
console.log(
  `Lighthouse 12, mobile, ${tls ? 'HTTPS + HTTP/2' : 'HTTP/1.1'}, ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs`} per page`,
);
console.table(rows);
if (reasons.length > 0) console.log(`Below 100:\n- ${reasons.join('\n- ')}`);

async function audit(url, onlyCategories = ['performance', 'accessibility', 'best-practices', 'seo']) {
  const browser = await chromeLauncher.launch({
    chromePath: chrome,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The certificate is the throwaway one made above.
      ...(tls ? ['--ignore-certificate-errors'] : []),
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: browser.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories,
    });
    return result.lhr;
  } finally {
    await browser.kill();
  }
}

function makeCertificate(dir) {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const made = spawnSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
      ...['-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'],
      ...['-addext', 'subjectAltName=IP:127.0.0.1'],
    ],
    { stdio: 'ignore' },
  );
  return made.status === 0 ? { cert, key } : null;
}
