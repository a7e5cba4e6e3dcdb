// A static file server that behaves like a plain host (nginx, a bucket):
// `/who` redirects to `/who/`, unknown paths get 404.html with status 404,
// hashed assets are cached for a year. There is no SPA fallback: every
// prerendered page must stand on its own.
//
// sirv serves the files (ETag/304, Range, HEAD, the .br/.gz files the build
// writes). This wrapper stands in front of it: it refuses hostile paths,
// resolves each request to one real file inside the root (no dot-files, no
// symlinks out), chooses the encoding, and sets the site's headers.
//
// With --tls-cert and --tls-key it speaks HTTPS and HTTP/2, as the CDNs
// that host newsroom pages do (npm run perf measures it that way).
//
// Usage: node scripts/serve-static.mjs [--dir dist] [--port 4173] [--base /] [--host 127.0.0.1] [--no-csp]
//        [--tls-cert cert.pem --tls-key key.pem]
import { createReadStream, existsSync, readFileSync, realpathSync } from 'node:fs';
import { access, lstat, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, posix, relative as relativePath, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { acceptedEncodings } from './lib/accept-encoding.mjs';
import { normalizeBase } from './lib/base-path.mjs';
import { COMPRESSIBLE } from './lib/precompress.mjs';

const args = parseArgs(process.argv.slice(2));
const dir = resolve(args.dir ?? 'dist');
const port = Number(args.port ?? process.env.PORT ?? 4173);
const host = args.host ?? '127.0.0.1';
const base = normalizeBase(args.base ?? process.env.BASE_PATH ?? '/');

if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`Bad port "${args.port ?? process.env.PORT}": give a number from 0 to 65535.`);
if (!existsSync(join(dir, 'index.html')))
  fail(`Nothing to serve: ${dir} has no index.html. Run "npm run build" first (or "npm start", which builds).`);
if (Boolean(args['tls-cert']) !== Boolean(args['tls-key'])) fail('HTTPS needs both --tls-cert and --tls-key.');
const tls = Boolean(args['tls-cert']);
const root = realpathSync(dir);
const csp = args['no-csp']
  ? null
  : "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

// mrmime's types lack the charset on text, and differ for .js; ours are what
// the tests and browsers check.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};
const SUFFIX = { br: '.br', gzip: '.gz' };

// dev: sirv looks at the disk on each request instead of caching every file's
// stats at start, so a rebuild under a running server is served right (a
// cached size would be wrong) and a broken symlink cannot stop the start.
// extensions: []: sirv guesses no file names; the wrapper names the file.
const files = sirv(root, {
  dev: true,
  etag: true,
  gzip: true,
  brotli: true,
  extensions: [],
  dotfiles: false,
  onNoMatch: sendNotFound,
});

async function handle(req, res) {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const target = parseTarget(req.url ?? '/');
    if (!target) return sendStatus(res, 400, 'Bad request');
    const { pathname, search } = target;
    if (`${pathname}/` === base) return redirect(res, base, search);
    if (!pathname.startsWith(base)) return sendNotFound(req, res);
    const file = await resolveFile(pathname.slice(base.length));
    if (!file) return sendNotFound(req, res, pathname.slice(base.length));
    if (file.directory) {
      if (!pathname.endsWith('/')) return redirect(res, `${base}${file.found}/`, search);
      const index = await resolveFile(file.found ? `${file.found}/index.html` : 'index.html');
      if (!index || index.directory) return sendNotFound(req, res, pathname.slice(base.length));
      return serve(req, res, index.found);
    }
    return serve(req, res, file.found);
  } catch (error) {
    console.error(`${req.method} ${JSON.stringify(req.url)}: ${error.message}`);
    if (!res.headersSent) res.writeHead(500).end('Internal error');
    else res.destroy();
  }
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const REFUSED_CHARACTERS = /[\\\u0000-\u001f\u007f-\u009f]/;

/**
 * The decoded path and the query of a request target, or null when the path
 * is malformed or holds what no file of ours is named with: a backslash, a
 * control character, an empty or dot segment (browsers read some of these
 * as another host). The raw target is checked, before any URL parser
 * resolves its dot segments.
 */
function parseTarget(raw) {
  // Absolute-form (`GET http://host/path`), which servers must accept.
  const originForm = raw.replace(/^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i, '');
  if (!originForm.startsWith('/')) return null;
  const queryAt = originForm.indexOf('?');
  const rawPath = queryAt < 0 ? originForm : originForm.slice(0, queryAt);
  let pathname;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (REFUSED_CHARACTERS.test(pathname) || pathname.includes('//') || posix.normalize(pathname) !== pathname)
    return null;
  const search = queryAt < 0 ? '' : new URL(`http://localhost/${originForm.slice(queryAt)}`).search;
  return { pathname, search };
}

/**
 * The real file or folder a path below the base names, as a path from the
 * root, or null: not there, a dot-file or dot-folder (never published), or a
 * symlink that leads out of the root.
 */
async function resolveFile(relative) {
  if (hasDotSegment(relative)) return null;
  const real = await realpath(resolve(root, relative)).catch(() => null);
  if (!real || (real !== root && !real.startsWith(root + sep))) return null;
  const found = relativePath(root, real).split(sep).join('/');
  if (hasDotSegment(found)) return null;
  const info = await stat(real).catch(() => null);
  if (info?.isDirectory()) return { found, directory: true };
  return info?.isFile() ? { found, directory: false } : null;
}

const hasDotSegment = (path) => path.split('/').some((segment) => segment.startsWith('.'));

/** Hands one real file to sirv, with our headers and the encoding chosen here. */
async function serve(req, res, found) {
  const ext = extname(found);
  const encoding = COMPRESSIBLE.has(ext) ? await pickEncoding(req.headers['accept-encoding'], found) : null;
  // sirv reads only this header to choose a .br or .gz file: it gets the one choice.
  req.headers['accept-encoding'] = encoding ?? '';
  if (!validRange(req.headers.range)) delete req.headers.range;
  setSiteHeaders(res, found);
  res.setHeader('Accept-Ranges', 'bytes');
  req.url = `/${encodeURI(found).replace(/[?#]/g, encodeURIComponent)}`;
  return files(req, res);
}

/** The best accepted encoding whose precompressed file is there, as a plain file (not a symlink). */
async function pickEncoding(header, found) {
  for (const encoding of acceptedEncodings(header)) {
    const file = join(root, found + SUFFIX[encoding]);
    const info = await lstat(file).catch(() => null);
    if (
      info?.isFile() &&
      (await access(file).then(
        () => true,
        () => false,
      ))
    )
      return encoding;
  }
  return null;
}

/**
 * One `bytes=first-last` range, which sirv reads right; anything else
 * (suffix ranges, several ranges, other units, first > last) is ignored and
 * the whole file sent, as RFC 9110 allows.
 */
function validRange(range) {
  if (range === undefined) return true;
  const match = /^bytes=(\d+)-(\d*)$/.exec(range.trim());
  return Boolean(match) && (match[2] === '' || Number(match[1]) <= Number(match[2]));
}

function setSiteHeaders(res, found, requested = found) {
  const ext = extname(found);
  res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', cacheControl(found, ext));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  if (tls) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
  if (COMPRESSIBLE.has(ext)) res.setHeader('Vary', 'Accept-Encoding');
  if (ext === '.html') {
    // Embeds are framed by any newsroom; the full site by no one (clickjacking).
    const ancestors = requested.startsWith('embed/') ? '*' : "'none'";
    if (csp) res.setHeader('Content-Security-Policy', `${csp}; frame-ancestors ${ancestors}`);
  } else {
    // Module scripts and crossorigin stylesheets are fetched with CORS. An embed
    // in a sandboxed iframe has an opaque origin ("null"), so public files must
    // allow any origin, as static CDNs do.
    res.setHeader('Access-Control-Allow-Origin', '*');
  }
}

/** 404.html with status 404 (sirv's onNoMatch too); frameable when an embed/ path was asked for. */
async function sendNotFound(req, res, requested = '') {
  const found = '404.html';
  const info = await stat(join(root, found)).catch(() => null);
  if (!info?.isFile()) {
    res
      .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' })
      .end('Not found');
    return;
  }
  const encoding = await pickEncoding(req.headers['accept-encoding'], found);
  setSiteHeaders(res, found, requested);
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.writeHead(404);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(join(root, found + (encoding ? SUFFIX[encoding] : '')));
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

/** A redirect to one of our own paths, percent-encoded, so it can never name another host. */
function redirect(res, path, search) {
  const location = path.split('/').map(encodeURIComponent).join('/') + search;
  res.writeHead(301, { Location: location, 'Cache-Control': 'max-age=3600' }).end();
}

function sendStatus(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end(text);
}

function cacheControl(found, ext) {
  if (found.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  if (ext === '.html') return 'no-cache';
  return 'public, max-age=3600';
}

const server = tls
  ? createSecureServer(
      { allowHTTP1: true, cert: readFileSync(args['tls-cert']), key: readFileSync(args['tls-key']) },
      handle,
    )
  : createServer(handle);

// sirv streams a file without an error handler: a file removed or made
// unreadable between our check and its read (a rebuild under a running
// server) would end the process. That one request fails; the server stays.
const FILE_ERRORS = new Set(['ENOENT', 'EACCES', 'EISDIR', 'EMFILE', 'ENFILE', 'EPERM']);
process.on('uncaughtException', (error) => {
  if (!FILE_ERRORS.has(error?.code)) throw error;
  console.error(
    `A file could not be read (${error.code}${error.path ? ` ${error.path}` : ''}); that request failed, the server goes on.`,
  );
});

server.on('error', (error) => {
  fail(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use: stop what is using it, or pass --port <another>.`
      : `Cannot serve on ${host}:${port}: ${error.message}`,
  );
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at ${tls ? 'https' : 'http'}://${host}:${port}${base}`);
});

function fail(message) {
  console.error(message);
  process.exit(1);
}

function parseArgs(list) {
  const out = {};
  for (let i = 0; i < list.length; i += 1) {
    const key = list[i].replace(/^--/, '');
    if (key.startsWith('no-')) out[key] = true;
    else out[key] = list[++i];
  }
  return out;
}
