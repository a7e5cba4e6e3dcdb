// @vitest-environment node
// HTTPS and HTTP/2 (--tls-cert/--tls-key, as npm run perf serves), with a
// throwaway self-signed certificate from openssl.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:http2';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { precompress } from '../../scripts/lib/precompress.mjs';

const SCRIPT = join(__dirname, '../../scripts/serve-static.mjs');
const HOME = `<!doctype html><title>home</title>${'<p>home</p>'.repeat(100)}`;
let dir: string;
let server: ChildProcess;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-tls-'));
  writeFileSync(join(dir, 'index.html'), HOME);
  await precompress(dir);
  // Outside the served folder: the key is never published.
  const keys = mkdtempSync(join(tmpdir(), 'serve-tls-keys-'));
  const [key, cert] = [join(keys, 'key.pem'), join(keys, 'cert.pem')];
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost']);
  expect(made.status, 'openssl makes a certificate').toBe(0);
  const port = await new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => done(free));
    });
  });
  origin = `https://127.0.0.1:${port}`;
  server = spawn(process.execPath, [SCRIPT, '--dir', dir, '--port', String(port), '--tls-cert', cert, '--tls-key', key]);
  await new Promise<void>((ready) => server.stdout!.once('data', () => ready()));
  rmSync(keys, { recursive: true, force: true });
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, failed) => {
    const session = connect(origin, { rejectUnauthorized: false });
    session.on('error', failed);
    const stream = session.request({ ':path': path, ':method': method, ...headers });
    const chunks: Buffer[] = [];
    let head: Record<string, unknown> = {};
    stream.on('response', (h) => (head = h));
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      session.close();
      done({ headers: head, body: Buffer.concat(chunks) });
    });
    stream.end();
  });
}

it('serves over HTTP/2 with HSTS, brotli by negotiation, and HEAD without a body', async () => {
  const br = await get('/', { 'accept-encoding': 'br' });
  expect(br.headers[':status']).toBe(200);
  expect(br.headers['strict-transport-security']).toBe('max-age=31536000');
  expect(br.headers['content-encoding']).toBe('br');
  expect(brotliDecompressSync(br.body).toString()).toBe(HOME);
  const head = await get('/', {}, 'HEAD');
  expect(head.headers[':status']).toBe(200);
  expect(head.body.length).toBe(0);
  const hostile = await get('/%5Cevil.example/..%2F');
  expect(hostile.headers[':status']).toBe(400);
});
