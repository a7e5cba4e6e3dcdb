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
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './ensure-chromium.mjs';
import { measureBuild } from './size-budget.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const PORT = Number(process.env.PERF_PORT ?? 4190);
const RUNS = Math.max(1, Number(option('runs') ?? 1));
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

const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');
const sizes = new Map(measureBuild('dist').pages.map((page) => [page.path, page]));
const rows = [];
const reasons = [];
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
  for (const path of PAGES) {
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
}
console.log(`Lighthouse 12, mobile, ${tls ? 'HTTPS + HTTP/2' : 'HTTP/1.1'}, ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs`} per page`);
console.table(rows);
if (reasons.length > 0) console.log(`Below 100:\n- ${reasons.join('\n- ')}`);

async function audit(url) {
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
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
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
