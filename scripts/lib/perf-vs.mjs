// npm run perf -- --vs timelinejs: our /timeline/ and the same data drawn
// by TimelineJS3 (scripts/lib/timelinejs-page.mjs), served by the same
// server, measured in turn (ours, TimelineJS3, ours, …) and summed up as
// medians and ratios against the targets of issue 13.
import { availableParallelism, loadavg } from 'node:os';

/** The TimelineJS3 page's folder inside the served one, and its path. */
export const VS_DIR = 'perf-timelinejs';
const VS_PATH = `/${VS_DIR}/`;

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** What one Lighthouse report says of a page; bytes are transfer sizes (compressed, with headers). */
function summarizeLighthouse(lhr, origin) {
  const audits = lhr.audits;
  const resource = (type) => audits['resource-summary']?.details?.items?.find((item) => item.resourceType === type);
  const requests = audits['network-requests']?.details?.items ?? [];
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    fcp: audits['first-contentful-paint'].numericValue,
    totalKb: (resource('total')?.transferSize ?? NaN) / 1024,
    jsKb: (resource('script')?.transferSize ?? NaN) / 1024,
    requests: requests.length,
    foreign: requests
      .map((request) => request.url)
      .filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin),
  };
}

const fixed = (digits) => (value) => (Number.isFinite(value) ? value.toFixed(digits) : '?');
const ms = (value) => (Number.isFinite(value) ? String(Math.round(value)) : '?');

/**
 * The comparison table: one row per metric with both medians, the ratio
 * ours / TimelineJS3, the target and whether the median meets it (CLS: every
 * run of ours). No target, no verdict.
 */
export function comparisonRows(ours, theirs) {
  const m = (runs, key) => median(runs.map((run) => run[key]));
  const row = (metric, key, format, target, met) => {
    const a = m(ours, key);
    const b = m(theirs, key);
    return {
      metric,
      ours: format(a),
      TimelineJS3: format(b),
      'ours/TL': Number.isFinite(a / b) ? (a / b).toFixed(2) : '?',
      target: target ?? '',
      met: met ? (met(a, b) ? 'yes' : 'no') : '',
    };
  };
  return [
    row('Lighthouse performance', 'score', String, 'ours 100', (a) => a === 100),
    row(
      'LCP s (Lighthouse)',
      'lcp',
      (v) => fixed(2)(v / 1000),
      '≤ 0.5 × TL',
      (a, b) => a <= b / 2,
    ),
    row('TBT ms (Lighthouse)', 'tbt', ms),
    row('CLS (Lighthouse)', 'cls', fixed(3), 'ours 0, every run', () => ours.every((run) => run.cls === 0)),
    row('FCP s (Lighthouse)', 'fcp', (v) => fixed(2)(v / 1000)),
    row('transferred KB (Lighthouse)', 'totalKb', fixed(1)),
    row('JS transferred KB (Lighthouse)', 'jsKb', fixed(1), '≤ TL', (a, b) => a <= b),
    row('mark hit-testable ms (4× CPU)', 'hittable', ms),
    row('first mark clickable ms (4× CPU)', 'clickable', ms, '≤ TL', (a, b) => a <= b),
    row('selection painted ms (4× CPU, from the click)', 'selection', ms, 'ours ≤ 100', (a) => a <= 100),
    row('  the same from the press', 'selectionFromPress', ms),
    row(
      'second selection ms (4× CPU, ours only, hydrated, from the click)',
      'secondSelection',
      ms,
      'ours ≤ 100',
      (a) => a <= 100,
    ),
    row('  the same from the press', 'secondSelectionFromPress', ms),
  ];
}

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/**
 * Runs the comparison: `runs` rounds of Lighthouse on ours then TimelineJS3,
 * then the Playwright timings on ours then TimelineJS3; prints each run and
 * the table. audit(url) returns a Lighthouse report.
 */
export async function compareWithTimelineJs({ origin, audit, runs, titles, throttleNetwork, describe }) {
  // Playwright only when a comparison runs, not when a test reads this module.
  const { measureInteraction } = await import('./perf-interaction.mjs');
  const pages = { ours: `${origin}/timeline/`, timelinejs: `${origin}${VS_PATH}` };
  const results = { ours: [], timelinejs: [] };
  const foreign = new Set();
  const selectionRequests = new Set();
  const clicked = { ours: new Set(), timelinejs: new Set() };
  const errors = [];
  const loadBefore = load();
  const started = performance.now();
  for (let run = 1; run <= runs; run += 1) {
    const round = { ours: {}, timelinejs: {} };
    for (const kind of ['ours', 'timelinejs']) {
      round[kind] = summarizeLighthouse(await audit(pages[kind]), origin);
    }
    for (const kind of ['ours', 'timelinejs']) {
      const timing = await measureInteraction({ url: pages[kind], kind, titles, throttleNetwork });
      Object.assign(round[kind], timing);
      clicked[kind].add(timing.selected);
      for (const url of [...round[kind].foreign, ...timing.foreign]) foreign.add(url);
      for (const url of timing.selectionRequests) selectionRequests.add(`${kind}: ${url}`);
      for (const error of timing.errors) errors.push(`${kind}: ${error}`);
    }
    for (const kind of ['ours', 'timelinejs']) {
      const r = round[kind];
      results[kind].push(r);
      console.log(
        `run ${run}/${runs} ${kind.padEnd(10)} score ${r.score} LCP ${(r.lcp / 1000).toFixed(2)} s TBT ${Math.round(r.tbt)} ms ` +
          `CLS ${r.cls.toFixed(3)} JS ${r.jsKb.toFixed(1)} KB | hit-testable ${Math.round(r.hittable)} ms, ` +
          `clickable ${Math.round(r.clickable)} ms, selection ${Math.round(r.selection)}${r.secondSelection === undefined ? '' : ` then ${Math.round(r.secondSelection)}`} ms  (load ${load()})`,
      );
    }
  }
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  console.log(`\n${describe}; ${runs} interleaved runs each, ${minutes} min; medians`);
  console.table(comparisonRows(results.ours, results.timelinejs));
  console.log(`Load average (1, 5, 15 min): before ${loadBefore}, after ${load()} (${availableParallelism()} cores)`);
  console.log(`Requests to other origins: ${foreign.size === 0 ? 'none' : [...foreign].join(', ')}`);
  console.log(`Marks clicked: ours ${[...clicked.ours].join(', ')}; TimelineJS3 ${[...clicked.timelinejs].join(', ')}`);
  if (selectionRequests.size > 0) console.log(`Requests during a selection: ${[...selectionRequests].join(', ')}`);
  if (errors.length > 0) console.log(`Page errors:\n- ${[...new Set(errors)].join('\n- ')}`);
}
