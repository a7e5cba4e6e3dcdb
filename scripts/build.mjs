// npm run build: SSR bundle (and the data check), client bundle, then
// prerender every path.
// Env: BASE_PATH (default /), OUT_DIR (default dist), SITE_URL, PRECOMPRESS=0
// (no .br/.gz copies, for a host that compresses as it serves).
// Vite's manifest (the build graph, with source paths) is moved out of the
// published folder to <OUT_DIR>-meta/manifest.json, where prerender.mjs and
// size-budget.mjs read it: the output holds nothing but the site.
// Last, every compressible file gets a .br and a .gz beside it (see
// scripts/lib/precompress.mjs).
import { spawnSync } from 'node:child_process';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { precompress } from './lib/precompress.mjs';

const started = performance.now();
const outDir = process.env.OUT_DIR ?? 'dist';
const serverOutDir = `${outDir}-server`;
const metaDir = `${outDir}-meta`;

// The server bundle first: it holds every record, so bad data stops the
// build here, naming each bad record, before the client bundle is made.
await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: serverOutDir,
    emptyOutDir: true,
    manifest: false,
    copyPublicDir: false,
    // The server bundle imports every module statically, so the client's
    // lazy imports cannot split it; that is expected, not worth a warning.
    rolldownOptions: { checks: { ineffectiveDynamicImport: false } },
  },
});
const server = await import(pathToFileURL(join(serverOutDir, 'entry-server.js')).href);
try {
  server.validateData();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await rm(metaDir, { recursive: true, force: true });
await mkdir(metaDir, { recursive: true });
await rename(join(outDir, '.vite', 'manifest.json'), join(metaDir, 'manifest.json'));
await rm(join(outDir, '.vite'), { recursive: true });
const prerender = spawnSync(process.execPath, ['scripts/prerender.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: outDir, SERVER_OUT_DIR: serverOutDir, META_DIR: metaDir },
});
if (prerender.status !== 0) process.exit(prerender.status ?? 1);
if (process.env.PRECOMPRESS !== '0') await precompress(outDir);
console.log(`Built ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
