// npm run build: client bundle, SSR bundle, then prerender every path.
// Env: BASE_PATH (default /), OUT_DIR (default dist), SITE_URL.
import { spawnSync } from 'node:child_process';
import { build } from 'vite';

const started = performance.now();
const outDir = process.env.OUT_DIR ?? 'dist';
const serverOutDir = `${outDir}-server`;

await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: serverOutDir, emptyOutDir: true, manifest: false, copyPublicDir: false },
});
const prerender = spawnSync(process.execPath, ['scripts/prerender.mjs'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: outDir, SERVER_OUT_DIR: serverOutDir },
});
if (prerender.status !== 0) process.exit(prerender.status ?? 1);
console.log(`Built ${outDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
