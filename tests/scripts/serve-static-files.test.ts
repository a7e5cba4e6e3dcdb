// The static server against hostile paths, and what sirv serves for it:
// HEAD, Range, ETag, precompressed files, the site's headers, and load.
// Raw node:http requests, so that paths reach the server as written.
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/lib/precompress.mjs';
import { freePort, startServer } from './server-harness';

const SECRET = 'top-secret-outside-the-root';
const DOTFILE = 'dot-file-content';
const WHO = `<!doctype html><title>who</title>${'<p>Who did it.</p>'.repeat(200)}`;
const APP = `export const answer = 42;\n${'// padding so that compression pays\n'.repeat(100)}`;

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

let dir: string;
let outside: string;
let server: ChildProcess;
let port: number;

function raw(
  path: string,
  { method = 'GET', headers = {}, agent }: { method?: string; headers?: Record<string, string>; agent?: Agent } = {},
) {
  return new Promise<Reply>((done, failed) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', failed);
    req.end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-files-'));
  outside = mkdtempSync(join(tmpdir(), 'serve-files-outside-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('index.html', '<!doctype html><title>home</title>');
  write('404.html', '<!doctype html><title>not found</title>');
  write('who/index.html', WHO);
  write('embed/who/index.html', '<!doctype html><title>embed who</title>');
  write('assets/app-abc123.js', APP);
  write('data/timeline.csv', 'id,title\n1,one\n');
  write('oembed/who.json', '{"type":"rich"}');
  write('social-card.png', 'not really a PNG');
  write('robots.txt', 'User-agent: *\n');
  write('.env', DOTFILE);
  write('.git/HEAD', DOTFILE);
  await precompress(dir);
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.txt'));
  symlinkSync(outside, join(dir, 'outside-link'));
  rmSync(join(dir, 'robots.txt.br'));
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'robots.txt.br'));
  port = await freePort();
  server = await startServer(['--dir', dir, '--port', String(port)]);
});

afterAll(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const HOSTILE = [
  '/../etc/passwd',
  '/../../../../etc/passwd',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/..%2f..%2fetc%2fpasswd',
  '/assets/..%5c..%5cetc',
  '/assets/..%2f..%2f..%2fetc/passwd',
  '/%252e%252e/etc/passwd',
  '/%5Cevil.example/..%2Fwho',
  '/%5cevil.example',
  '/%09/evil.example/..%2Fwho',
  '/%0A/evil.example/..%2F..%2Fwho',
  '/%0d%0aSet-Cookie:x=1/..%2Fwho',
  '/%C4%80/..%2Fwho',
  '//evil.example/',
  '//evil.example/who',
  '/%2F%2Fevil.example',
  '/%2F%2Fevil.example%2Fwho',
  '/who/%00',
  '/index.html%00.png',
  '/%E2%80%AE',
  '/%C0%AE%C0%AE/',
  '/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd',
  '/%E0%A4%A',
  '/%',
  '/%zz',
  '/embed//evil.example/..%2Fwho',
  '/leak.txt',
  '/outside-link/secret.txt',
  '/outside-link',
  '/.env',
  '/.git/HEAD',
  '/%2egit/HEAD',
  '/who/.%2e/.env',
];

describe('hostile paths', () => {
  it.each(HOSTILE)(
    '%s: 400 or 404, no redirect off the site, nothing from outside the root or a dot-file',
    async (path) => {
      const reply = await raw(path);
      expect([400, 404]).toContain(reply.status);
      const location = reply.headers.location;
      if (location !== undefined) expect(String(location)).toMatch(/^\/(?![/\\])/);
      const body = reply.body.toString('latin1');
      expect(body).not.toContain(SECRET);
      expect(body).not.toContain(DOTFILE);
      expect(body).not.toContain('root:');
    },
  );

  it('redirects a folder without its slash to a path on this site only, percent-encoded', async () => {
    const reply = await raw('/who?x=%22a%20b');
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('/who/?x=%22a%20b');
  });

  it('serves no precompressed file that is a symlink out of the root', async () => {
    const reply = await raw('/robots.txt', { headers: { 'Accept-Encoding': 'br' } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.toString()).toBe('User-agent: *\n');
  });
});

describe('what sirv serves', () => {
  it('answers HEAD with the headers and no body', async () => {
    const reply = await raw('/who/', { method: 'HEAD' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-length']).toBe(String(Buffer.byteLength(WHO)));
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body.length).toBe(0);
  });

  it('answers a range with 206 and those bytes, an unsatisfiable one with 416', async () => {
    const part = await raw('/who/', { headers: { Range: 'bytes=0-9' } });
    expect(part.status).toBe(206);
    expect(part.body.toString()).toBe(WHO.slice(0, 10));
    expect(part.headers['content-range']).toBe(`bytes 0-9/${Buffer.byteLength(WHO)}`);
    const beyond = await raw('/who/', { headers: { Range: 'bytes=999999-' } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${Buffer.byteLength(WHO)}`);
  });

  it('answers If-None-Match with the ETag with 304 and no body', async () => {
    const first = await raw('/assets/app-abc123.js');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await raw('/assets/app-abc123.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['cache-control']).toContain('immutable');
  });

  it('gives unknown paths 404.html with status 404, also under embed/', async () => {
    for (const path of ['/nope/', '/embed/nope/', '/who/index']) {
      const reply = await raw(path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).toContain('not found');
    }
  });
});

describe('precompressed files, by Accept-Encoding with q-values', () => {
  const cases: [string, string | undefined][] = [
    ['br', 'br'],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0', undefined],
    ['gzip;q=0, identity', undefined],
    ['identity', undefined],
    ['*;q=0', undefined],
    ['*', 'br'],
    ['GZIP', 'gzip'],
    ['', undefined],
  ];
  it.each(cases)('Accept-Encoding "%s" gets %s, and the decoded body is the file', async (header, encoding) => {
    const reply = await raw('/assets/app-abc123.js', { headers: { 'Accept-Encoding': header } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-encoding']).toBe(encoding);
    expect(reply.headers.vary).toContain('Accept-Encoding');
    const decode = { br: brotliDecompressSync, gzip: gunzipSync }[encoding ?? ''] ?? ((b: Buffer) => b);
    expect(decode(reply.body).toString()).toBe(APP);
    if (encoding) expect(reply.body.length).toBeLessThan(Buffer.byteLength(APP));
  });

  it('sends the .br file itself, byte for byte', async () => {
    const reply = await raw('/who/', { headers: { 'Accept-Encoding': 'br' } });
    expect(reply.body.equals(readFileSync(join(dir, 'who/index.html.br')))).toBe(true);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
  });
});

describe('headers', () => {
  it('lets no one frame the site, any newsroom frame embed/ pages', async () => {
    const site = await raw('/who/');
    expect(site.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(site.headers['content-security-policy']).toContain("script-src 'self'");
    const embed = await raw('/embed/who/');
    expect(embed.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(embed.headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
    expect(site.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('sends CORS on non-HTML files, nosniff and a referrer policy on all, HSTS only over TLS', async () => {
    for (const path of ['/assets/app-abc123.js', '/data/timeline.csv', '/who/']) {
      const reply = await raw(path);
      expect(reply.headers['x-content-type-options'], path).toBe('nosniff');
      expect(reply.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(reply.headers['strict-transport-security'], path).toBeUndefined();
    }
    expect((await raw('/assets/app-abc123.js')).headers['access-control-allow-origin']).toBe('*');
    expect((await raw('/data/timeline.csv')).headers['access-control-allow-origin']).toBe('*');
  });

  it('sends our content types with their charset', async () => {
    expect((await raw('/data/timeline.csv')).headers['content-type']).toBe('text/csv; charset=utf-8');
    expect((await raw('/assets/app-abc123.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await raw('/')).headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await raw('/oembed/who.json')).headers['content-type']).toBe('application/json; charset=utf-8');
    expect((await raw('/social-card.png')).headers['content-type']).toBe('image/png');
  });

  it('takes the cache policy from the file found: assets immutable, HTML no-cache, others an hour', async () => {
    expect((await raw('/assets/app-abc123.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw('/who/')).headers['cache-control']).toBe('no-cache');
    expect((await raw('/robots.txt')).headers['cache-control']).toBe('public, max-age=3600');
    const sneaky = await raw('/assets/..%2Fwho%2Findex.html');
    expect(sneaky.headers['cache-control'] ?? '').not.toContain('immutable');
  });
});

it('answers 1,000 requests at concurrency 50, each 200 with the right body', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 50 });
  const paths: [string, string][] = [
    ['/who/', WHO],
    ['/assets/app-abc123.js', APP],
    ['/data/timeline.csv', 'id,title\n1,one\n'],
  ];
  let next = 0;
  const failures: string[] = [];
  const worker = async () => {
    while (next < 1000) {
      const [path, body] = paths[next++ % paths.length]!;
      const reply = await raw(path, { agent, headers: { 'Accept-Encoding': 'gzip' } });
      if (reply.status !== 200 || gunzipSync(reply.body).toString() !== body) failures.push(`${path} ${reply.status}`);
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
  agent.destroy();
  expect(failures).toEqual([]);
  expect(next).toBe(1000);
}, 60_000);
