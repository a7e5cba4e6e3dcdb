/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Newsrooms host interactives under their own paths: BASE_PATH=/news/x/ npm run build.
const basePath = normalizeBase(process.env.BASE_PATH ?? '/');

const FRAMEWORK_MODULES = /[\\/]node_modules[\\/](react|react-dom|scheduler|use-sync-external-store|@tanstack)[\\/]/;

function normalizeBase(raw: string): string {
  const trimmed = raw.trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}

export default defineConfig({
  base: basePath,
  plugins: [react()],
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
          // React and the router in one chunk of their own: every page needs
          // them, their hash survives copy and data edits (readers keep them
          // cached across updates), and Rolldown's own heuristics otherwise
          // scatter them over small shared chunks as the route graph changes.
          groups: [{ name: 'framework', test: FRAMEWORK_MODULES }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
