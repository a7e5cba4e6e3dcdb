// HTTPS and HTTP/2 (--tls-cert/--tls-key, as npm run perf serves), with a
// self-signed certificate kept for tests only (CI may have no openssl).
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { precompress } from '../../scripts/lib/precompress.mjs';
import { freePort, startServer } from './server-harness';

const TLS_CERT = join(__dirname, '../fixtures/tls/test-only-cert.pem');
const TLS_KEY = join(__dirname, '../fixtures/tls/test-only-key.pem');
const HOME = `<!doctype html><title>home</title>${'<p>home</p>'.repeat(100)}`;
let dir: string;
let server: ChildProcess;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-tls-'));
  writeFileSync(join(dir, 'index.html'), HOME);
  await precompress(dir);
  const port = await freePort();
  origin = `https://127.0.0.1:${port}`;
  server = await startServer(['--dir', dir, '--port', String(port), '--tls-cert', TLS_CERT, '--tls-key', TLS_KEY]);
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
