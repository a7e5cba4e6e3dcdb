// A static file server that behaves like a plain host (nginx, a bucket):
// `/who` redirects to `/who/`, unknown paths get 404.html with status 404,
// text is gzip-compressed, hashed assets are cached for a year. There is no
// SPA fallback: every prerendered page must stand on its own.
//
// With --tls-cert and --tls-key it speaks HTTPS and HTTP/2, as the CDNs
// that host newsroom pages do (npm run perf measures it that way).
//
// Usage: node scripts/serve-static.mjs [--dir dist] [--port 4173] [--base /] [--host 127.0.0.1] [--no-csp]
//        [--tls-cert cert.pem --tls-key key.pem]
import { createReadStream, existsSync, readFileSync, realpathSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { extname, join, posix, relative as relativePath, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { normalizeBase } from './lib/base-path.mjs';

const args = parseArgs(process.argv.slice(2));
const dir = resolve(args.dir ?? 'dist');
const port = Number(args.port ?? process.env.PORT ?? 4173);
const host = args.host ?? '127.0.0.1';
const base = normalizeBase(args.base ?? process.env.BASE_PATH ?? '/');

if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`Bad port "${args.port ?? process.env.PORT}": give a number from 0 to 65535.`);
if (!existsSync(join(dir, 'index.html'))) fail(`Nothing to serve: ${dir} has no index.html. Run "npm run build" first (or "npm start", which builds).`);
// Symlinks are followed only if they stay inside the real root.
const root = realpathSync(dir);
const csp = args['no-csp']
  ? null
  : "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

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
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.csv', '.svg', '.txt', '.xml', '.map']);

if (Boolean(args['tls-cert']) !== Boolean(args['tls-key'])) {
  console.error('HTTPS needs both --tls-cert and --tls-key.');
  process.exit(1);
}
const tls = Boolean(args['tls-cert']);

async function handle(req, res) {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return sendStatus(res, 400, 'Bad request');
    }
    // A backslash, a control character, an empty or dot segment: no file of
    // ours is named so, and browsers read some of them as another host.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
    if (/[\\\u0000-\u001f\u007f]/.test(pathname) || pathname.includes('//') || posix.normalize(pathname) !== pathname) {
      return sendStatus(res, 400, 'Bad request');
    }
    if (`${pathname}/` === base) return redirect(res, base, url.search);
    if (!pathname.startsWith(base)) return sendNotFound(req, res);
    const relative = pathname.slice(base.length);
    // Dot-files and dot-folders (.vite/, .git) are never published.
    if (relative.split('/').some((segment) => segment.startsWith('.'))) return sendNotFound(req, res);
    const file = await realpath(resolve(root, relative)).catch(() => null);
    if (!file || (file !== root && !file.startsWith(root + sep))) return sendNotFound(req, res);
    // Cache policy and redirects come from the file found, never the raw path.
    const found = relativePath(root, file).split(sep).join('/');
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) return redirect(res, `${base}${found}/`, url.search);
      const index = join(file, 'index.html');
      const indexInfo = await stat(index).catch(() => null);
      if (indexInfo?.isFile()) return sendFile(req, res, index, 200, `${found}/index.html`);
      return sendNotFound(req, res);
    }
    if (info?.isFile()) return sendFile(req, res, file, 200, found);
    return sendNotFound(req, res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end('Internal error');
  }
}

const server = tls
  ? createSecureServer(
      { allowHTTP1: true, cert: readFileSync(args['tls-cert']), key: readFileSync(args['tls-key']) },
      handle,
    )
  : createServer(handle);

server.on('error', (error) => {
  fail(error.code === 'EADDRINUSE' ? `Port ${port} is in use: stop what is using it, or pass --port <another>.` : `Cannot serve on ${host}:${port}: ${error.message}`);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at ${tls ? 'https' : 'http'}://${host}:${port}${base}`);
});

async function sendNotFound(req, res) {
  const page = join(root, '404.html');
  const info = await stat(page).catch(() => null);
  if (info?.isFile()) return sendFile(req, res, page, 404, '404.html');
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
}

/** A redirect to one of our own paths, percent-encoded, so it can never name another host. */
function redirect(res, path, search) {
  const location = path.split('/').map(encodeURIComponent).join('/') + search;
  res.writeHead(301, { Location: location, 'Cache-Control': 'max-age=3600' }).end();
}

function sendStatus(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end(text);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

function sendFile(req, res, file, status, relative) {
  const ext = extname(file);
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(relative, ext),
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
  };
  // Module scripts and crossorigin stylesheets are fetched with CORS. An embed
  // in a sandboxed iframe has an opaque origin ("null"), so public files must
  // allow any origin, as static CDNs do.
  if (ext !== '.html') headers['Access-Control-Allow-Origin'] = '*';
  if (csp && ext === '.html') headers['Content-Security-Policy'] = csp;
  // An embed in a sandboxed iframe (no allow-same-origin) has an opaque
  // origin, so its module script and stylesheet are cross-origin requests.
  if (relative.startsWith('assets/')) headers['Access-Control-Allow-Origin'] = '*';
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip) headers['Content-Encoding'] = 'gzip';
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(file);
  const done = (error) => error && res.destroy(error);
  if (gzip) pipeline(stream, createGzip(), res, done);
  else pipeline(stream, res, done);
}

function cacheControl(relative, ext) {
  if (relative.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  if (ext === '.html') return 'no-cache';
  return 'public, max-age=3600';
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
