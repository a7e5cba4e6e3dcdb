import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { precompress } from '../../scripts/lib/precompress.mjs';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
const outside = mkdtempSync(join(tmpdir(), 'precompress-outside-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

it('writes a .br and a .gz of every compressible file beside it, and nothing for the rest', async () => {
  const compressible = [
    'index.html',
    'who/index.html',
    'assets/app.js',
    'assets/app.css',
    'data/t.csv',
    'data/t.json',
    'favicon.svg',
    'robots.txt',
    'sitemap.xml',
    'assets/app.js.map',
    'assets/m.mjs',
  ];
  for (const file of compressible) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), `${file} `.repeat(100));
  }
  writeFileSync(join(dir, 'social-card.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));

  expect(await precompress(dir)).toBe(compressible.length);
  for (const file of compressible) {
    const original = readFileSync(join(dir, file));
    expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original), file).toBe(true);
    expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original), file).toBe(true);
  }
  for (const skipped of ['social-card.png', 'link.txt', 'index.html.br', 'index.html.gz']) {
    expect(existsSync(join(dir, `${skipped}.br`)), skipped).toBe(false);
    expect(existsSync(join(dir, `${skipped}.gz`)), skipped).toBe(false);
  }
});
