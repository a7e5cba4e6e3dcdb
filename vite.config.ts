/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { normalizeBase } from './scripts/lib/base-path.mjs';
import { standaloneScripts } from './scripts/standalone.mjs';

/** The unit tests that need a page: components, the browser-side scripts and the theme hook. */
const DOM_TESTS = [
  'tests/**/*.test.tsx',
  'tests/site/**/*.test.ts',
  'tests/embed/**/*.test.ts',
  'tests/lib/theme.test.ts',
];
const FRAMEWORK_MODULES = /[\\/]node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|@tanstack)[\\/]/;

export default defineConfig({
  // Newsrooms host interactives under their own paths: BASE_PATH=/news/x/ npm run build.
  base: normalizeBase(process.env.BASE_PATH),
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true, quoteStyle: 'single', semicolons: true }),
    react(),
    standaloneScripts(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    manifest: true,
    // Social image and favicon are referenced by absolute URL, never inlined.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React and the router in one long-cached chunk of their own, whose
          // hash survives copy and data edits.
          groups: [
            { name: 'framework', test: FRAMEWORK_MODULES, priority: 3 },
            // The retry boundary that charts and the Embed dialog share: only
            // pages that load one of them need it, not every first load.
            {
              name: 'lazy-part',
              test: /\/src\/(components\/(lazy-boundary|part-failed)|lib\/import-retry)\.tsx?$/,
              priority: 2,
            },
            // Small pieces most pages share (source and event links, correction
            // notes, the shared text styles): one request
            // instead of several tiny ones on every first load.
            {
              name: 'shared-ui',
              test: /\/src\/((components\/source-links?|site\/event-link|lib\/fill-template|sections\/corrections\/correction-notes)\.tsx?|styles\/shared\.module\.css)$/,
              priority: 2,
            },
            // What every page runs before anything else (router, shells, the
            // routes' options) as one chunk, rather than the handful of tiny
            // chunks Rolldown makes of modules the lazy pages share with it.
            { name: 'app', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    restoreMocks: true,
    // Every core: Vitest's default leaves one idle, half of a two-core machine.
    maxWorkers: availableParallelism(),
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
    // The rest (data, copy, layout maths, the build scripts) run in plain
    // Node, which starts far faster than jsdom.
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // One page per worker rather than per file (setup-dom.ts resets it after each test): twice as fast.
          isolate: false,
          include: DOM_TESTS,
          setupFiles: ['tests/setup.ts', 'tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: [...DOM_TESTS, 'tests/e2e/**', 'tests/built-site/**'],
          setupFiles: ['tests/setup.ts'],
        },
      },
      // The built site (npm run build first): what its files hold, read from disk.
      { extends: true, test: { name: 'dist', environment: 'node', include: ['tests/built-site/**/*.test.ts'] } },
    ],
  },
});
