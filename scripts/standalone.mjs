// The two scripts that must keep fixed names and run outside the app:
// /theme.js (blocking, in every page's <head>) and /embed.js (on newsroom
// pages). Written in TypeScript under src/standalone/, sharing the app's
// modules, and bundled here into one self-contained IIFE each.
import { join } from 'node:path';
import { build } from 'rolldown';

// Paths are the repository's, as npm scripts and Vitest run from its root.
const src = join(process.cwd(), 'src');

/** Output file name → entry module. */
export const standaloneEntries = {
  'theme.js': 'src/standalone/theme.ts',
  'embed.js': 'src/standalone/embed.ts',
  'timeline-boot.js': 'src/standalone/timeline-boot.ts',
};

/** One entry as a minified IIFE for browsers from 2017 on (hosts' pages are not ours to choose). */
export async function bundleStandalone(entry, { minify = true } = {}) {
  const result = await build({
    input: entry,
    write: false,
    logLevel: 'warn',
    resolve: { alias: { '@': src } },
    transform: { target: 'es2017' },
    output: { format: 'iife', minify },
  });
  return result.output[0].code;
}

/** Vite plugin: serves the scripts in dev and writes them into the client build. */
export function standaloneScripts() {
  let base = '/';
  return {
    name: 'standalone-scripts',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const name = Object.keys(standaloneEntries).find(
          (file) => request.url?.split('?')[0] === `${server.config.base}${file}`,
        );
        if (!name) return next();
        try {
          const code = await bundleStandalone(standaloneEntries[name], { minify: false });
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.end(code);
        } catch (error) {
          next(error);
        }
      });
    },
    // index.html names /theme.js from the site root; under a base path it lives under the base.
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        return html.replace(/(<script src=")\/(theme\.js")/, (_, open, rest) => `${open}${base}${rest}`);
      },
    },
    async generateBundle() {
      if (this.environment?.name && this.environment.name !== 'client') return;
      for (const [fileName, entry] of Object.entries(standaloneEntries)) {
        this.emitFile({ type: 'asset', fileName, source: await bundleStandalone(entry) });
      }
    },
  };
}
