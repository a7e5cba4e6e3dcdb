// The TimelineJS3 page that `npm run perf -- --vs timelinejs` measures ours
// against: the site's own /data/timeline.json turned into TimelineJS3's JSON
// format, and a page that draws it with @knight-lab/timelinejs (a pinned dev
// dependency), every file copied from node_modules so the page is served
// from our server and fetches nothing from anywhere else.
//
// TimelineJS3 is set up the way its docs say to instantiate it in a page,
// with only what keeps it on our origin: `font: null` (its default font CSS
// loads PT Sans and PT Serif from fonts.gstatic.com; without it the text
// falls back to its stylesheet's Georgia / Helvetica Neue), no media, no
// Google Analytics id, `script_path` pointing at the copy here. The data is
// written into the page as a JSON data block (`<script type="application/json">`,
// which no browser runs, so the CSP's `script-src 'self'` does not apply to it)
// and the init script is a file: the server's CSP allows no inline script.
// That spares TimelineJS3 the fetch of a JSON file it would make in its usual
// embed, and its JavaScript counts nothing but code.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { escapeHtml } from './escape-html.mjs';
import { precompress } from './precompress.mjs';

/**
 * A calendar date string ('YYYY', 'YYYY-MM' or 'YYYY-MM-DD') as TimelineJS3's
 * date fields, as many as the precision gives: strings, no leading zeros,
 * never through a Date (which would read the day in some time zone).
 */
export function toTimelineJsDate(date, precision) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${JSON.stringify(date)}`);
  const [, year, month, day] = match;
  const depth = { year: 1, month: 2, day: 3 }[precision];
  if (!depth) throw new Error(`Unknown date precision ${JSON.stringify(precision)} for ${date}`);
  const parts = [year, month, day].slice(0, depth);
  if (parts.some((part) => part === undefined)) {
    throw new Error(`${date} is less precise than its datePrecision "${precision}"`);
  }
  const out = { year: String(Number(year)) };
  if (depth >= 2) out.month = String(Number(month));
  if (depth >= 3) out.day = String(Number(day));
  return out;
}

/** One source as a line of HTML: a link when it has an address. */
function sourceHtml(source) {
  const label = `${escapeHtml(source.publisher)}: ${escapeHtml(source.title)}`;
  return source.url ? `<a href="${escapeHtml(source.url)}">${label}</a>` : label;
}

/**
 * /data/timeline.json as TimelineJS3's JSON: a title slide, then one slide per
 * event with its summary, its certainty note and its sources (what our story
 * panel shows), grouped by lane label.
 */
export function toTimelineJs(data) {
  const laneLabel = new Map(data.lanes.map((lane) => [lane.id, lane.label]));
  return {
    title: {
      text: {
        headline: escapeHtml(data.title),
        text: `<p>${escapeHtml(`Updated ${data.updated}. ${data.events.length} events. ${data.license}.`)}</p>`,
      },
    },
    events: data.events.map((event) => ({
      unique_id: event.id,
      start_date: toTimelineJsDate(event.date, event.datePrecision),
      group: laneLabel.get(event.lane) ?? event.lane,
      text: {
        headline: escapeHtml(event.title),
        text: [
          `<p>${escapeHtml(event.summary)}</p>`,
          event.certaintyNote ? `<p>${escapeHtml(`${event.certainty}: ${event.certaintyNote}`)}</p>` : '',
          event.sources?.length
            ? `<ul>${event.sources.map((source) => `<li>${sourceHtml(source)}</li>`).join('')}</ul>`
            : '',
        ].join(''),
      },
    })),
  };
}

/** The TimelineJS3 options the page uses (see the note at the top). */
const TIMELINEJS_OPTIONS = {
  font: null,
  language: 'en',
  hash_bookmark: false,
  ga_measurement_id: null,
  ga_property_id: null,
  soundcite: false,
};

/** JSON that can sit inside a <script> element: no `</script>`, no `<!--`. */
function jsonForScript(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The page's HTML: no inline script to run, no inline style, as the site's CSP demands. */
export function pageHtml(title, timeline) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(title)}: the same timeline drawn with TimelineJS3, for npm run perf -- --vs timelinejs.">
<title>${escapeHtml(title)} (TimelineJS3)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="css/timeline.css">
<link rel="stylesheet" href="page.css">
</head>
<body>
<div id="timeline-embed"></div>
<script type="application/json" id="timeline-data">${jsonForScript(timeline)}</script>
<script src="js/timeline.js"></script>
<script src="init.js"></script>
</body>
</html>
`;
}

/** The init script: `new TL.Timeline` on the page's data block, with script_path at this folder's js/. */
function initScript() {
  return `// Written by scripts/lib/timelinejs-page.mjs for npm run perf -- --vs timelinejs.
var options = ${JSON.stringify(TIMELINEJS_OPTIONS)};
options.script_path = new URL('js/', document.baseURI).href;
var data = JSON.parse(document.getElementById('timeline-data').textContent);
window.timeline = new TL.Timeline('timeline-embed', data, options);
`;
}

// As TimelineJS3's own embed page: the timeline fills the window.
const PAGE_CSS = `html, body { width: 100%; height: 100%; margin: 0; padding: 0; }
#timeline-embed { width: 100%; height: 100%; }
`;

/** The files copied from the package, relative to its dist/ folder. */
export const TIMELINEJS_FILES = [
  'js/timeline.js',
  'css/timeline.css',
  'css/icons/tl-icons.woff2',
  'css/icons/tl-icons.woff',
  'css/icons/tl-icons.ttf',
  'css/icons/tl-icons.eot',
  'css/icons/tl-icons.svg',
  'js/locale/en.json',
];

/** Where @knight-lab/timelinejs keeps its built files, and its version. */
async function timelineJsPackage() {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@knight-lab/timelinejs/package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8'));
  return { distDir: join(dirname(manifest), 'dist'), version };
}

/**
 * Writes the TimelineJS3 page for `data` into outDir (index.html, init.js,
 * page.css, and the package's files), with a .br and a .gz of each
 * compressible file as the build writes for the site. Returns the version.
 */
export async function writeTimelineJsPage(outDir, data) {
  const { distDir, version } = await timelineJsPackage();
  for (const file of TIMELINEJS_FILES) {
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await copyFile(join(distDir, file), join(outDir, file));
  }
  await writeFile(join(outDir, 'index.html'), pageHtml(data.title, toTimelineJs(data)));
  await writeFile(join(outDir, 'init.js'), initScript());
  await writeFile(join(outDir, 'page.css'), PAGE_CSS);
  await precompress(outDir);
  return version;
}
