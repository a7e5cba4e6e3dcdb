import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, SERVER_SCRIPT, startServer } from './server-harness';

/** Runs the server to its end (it should exit at once) and returns its exit code and stderr. */
function runToExit(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [SERVER_SCRIPT, ...args]);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => done({ code, stderr }));
  });
}

let dir: string;
let outside: string;
let server: ChildProcess;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-static-'));
  outside = mkdtempSync(join(tmpdir(), 'serve-outside-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>not found</title>');
  mkdirSync(join(dir, 'who'));
  writeFileSync(join(dir, 'who', 'index.html'), '<!doctype html><title>who</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'export {};');
  mkdirSync(join(dir, '.vite'));
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.txt'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = await startServer(['--dir', dir, '--port', String(port)]);
});

afterAll(() => {
  server.kill();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });

describe('serve-static', () => {
  it('serves pages and redirects a folder without its slash to itself', async () => {
    expect((await get('/who/')).status).toBe(200);
    const redirect = await get('/who?x=1');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/who/?x=1');
  });

  it.each([
    '/%5Cevil.example/..%2Fwho',
    '/%09/evil.example/..%2Fwho',
    '/who/..%2F..%2Fwho',
    '/%2F%2Fevil.example%2Fwho',
    '/who/%00',
  ])('never redirects a hostile path (%s) off the site: 400', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('answers 400, not 500, to a malformed escape', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
  });

  it('serves no dot-file and follows no symlink out of the root: 404 with the 404 page', async () => {
    for (const path of ['/.vite/manifest.json', '/leak.txt']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain('not found');
    }
  });

  it('decides the cache policy from the file found, not the path asked for', async () => {
    expect((await get('/assets/app-abc123.js')).headers.get('cache-control')).toContain('immutable');
    const sneaky = await get('/assets/..%2Fwho%2Findex.html');
    expect(sneaky.headers.get('cache-control') ?? '').not.toContain('immutable');
  });

  it('stops with one clear line when there is nothing to serve or the port is taken or bad', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'serve-empty-'));
    const missing = await runToExit(['--dir', empty, '--port', String(await freePort())]);
    rmSync(empty, { recursive: true, force: true });
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('npm run build');

    const busy = await runToExit(['--dir', dir, '--port', new URL(origin).port]);
    expect(busy.code).toBe(1);
    expect(busy.stderr.trim()).toMatch(/^Port \d+ is in use/);

    const bad = await runToExit(['--dir', dir, '--port', 'eighty']);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toMatch(/^Bad port/);
  });
});
